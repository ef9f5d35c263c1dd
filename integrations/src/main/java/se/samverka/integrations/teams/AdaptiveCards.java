package se.samverka.integrations.teams;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.samverka.core.chat.Block;
import se.samverka.core.chat.Button;
import se.samverka.core.chat.Reply;
import se.samverka.core.command.Grammar;
import se.samverka.core.domain.Lang;
import se.samverka.core.text.Texts;

/**
 * Renders a reply as Adaptive Cards (version 1.5, what Teams shows): headings as bold TextBlocks, lists as
 * Markdown lists, each action item or meeting as a row with its buttons, small print as subtle text, documents
 * line by line. A button is an Action.Submit carrying {@code {"samverka": {"c": command, "ch": channel}}}; "Ändra"
 * opens the command in a text field under the card (Action.ShowCard) to be changed and sent.
 *
 * <p>Teams refuses a message over about 28 KB, counted in bytes of the whole activity as posted (UTF-8 JSON: an
 * Arabic letter is two bytes, an emoji four), not in characters of the card. A reply becomes as many activities as
 * it needs, each kept under {@value #ACTIVITY_BYTES} bytes — room left under {@value #MESSAGE_BYTES} for what the Bot
 * Connector adds (ids, from, recipient, conversation) — never parting a row from its buttons or a heading from what
 * it heads; a text too long for one message goes on in the next, split between list items or else between
 * characters.
 */
public final class AdaptiveCards {
    /** Teams' limit of one message (the activity with its cards), in bytes. */
    public static final int MESSAGE_BYTES = 28_000;
    /** What the bot keeps an activity under, as serialised JSON in UTF-8. */
    public static final int ACTIVITY_BYTES = 25_000;
    static final String VERSION = "1.5";
    static final String KEY = "samverka";
    static final String EDIT_INPUT = "samverka.command";
    public static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";
    private static final Gson GSON = new Gson();

    private AdaptiveCards() {}

    /** The reply as one or more message activities, each with one card, each under {@value #ACTIVITY_BYTES} bytes. */
    public static List<JsonObject> activities(Reply reply) {
        String summary = summary(reply);
        int room = ACTIVITY_BYTES - bytes(activity(card(new JsonArray()), summary));
        return cards(reply, room).stream().map(card -> activity(card, summary)).toList();
    }

    /** The reply as one or more cards, each under {@value #ACTIVITY_BYTES} bytes with the card around them. */
    public static List<JsonObject> cards(Reply reply) {
        return cards(reply, ACTIVITY_BYTES - bytes(card(new JsonArray())));
    }

    /** The cards, with at most {@code room} bytes of elements in each card's body. */
    private static List<JsonObject> cards(Reply reply, int room) {
        List<JsonObject> cards = new ArrayList<>();
        JsonArray body = new JsonArray();
        int size = 0;
        JsonElement pendingHeading = null;
        for (Block block : reply.blocks()) {
            for (JsonObject element : fit(render(block), room)) {
                int length = bytes(element) + 1; // and the comma
                if (size + length > room && !body.isEmpty()) {
                    if (pendingHeading != null && body.size() > 1 && body.get(body.size() - 1) == pendingHeading) {
                        body.remove(body.size() - 1); // a heading goes with what it heads
                        cards.add(card(body));
                        body = new JsonArray();
                        body.add(pendingHeading);
                        size = bytes(pendingHeading) + 1;
                    } else {
                        cards.add(card(body));
                        body = new JsonArray();
                        size = 0;
                    }
                }
                body.add(element);
                size += length;
                pendingHeading = isHeading(element) ? element : null;
            }
        }
        if (!body.isEmpty()) cards.add(card(body));
        return cards;
    }

    /** A message activity carrying one card. */
    static JsonObject activity(JsonObject card, String summary) {
        JsonObject attachment = new JsonObject();
        attachment.addProperty("contentType", CONTENT_TYPE);
        attachment.add("content", card);
        JsonArray attachments = new JsonArray();
        attachments.add(attachment);
        JsonObject activity = new JsonObject();
        activity.addProperty("type", "message");
        activity.addProperty("summary", summary);
        activity.add("attachments", attachments);
        return activity;
    }

    /** The size of the JSON as the Bot Connector client sends it (Gson, UTF-8). */
    static int bytes(JsonElement json) {
        return GSON.toJson(json).getBytes(StandardCharsets.UTF_8).length;
    }

    /** The elements, a text block too long for one card cut into several (a row with buttons is never cut). */
    private static List<JsonObject> fit(List<JsonObject> elements, int room) {
        List<JsonObject> out = new ArrayList<>();
        for (JsonObject element : elements) {
            if (bytes(element) + 1 <= room || !"TextBlock".equals(element.get("type").getAsString())) {
                out.add(element);
                continue;
            }
            JsonObject empty = element.deepCopy();
            empty.addProperty("text", "");
            for (String piece : TextPieces.split(element.get("text").getAsString(), room - bytes(empty) - 1)) {
                JsonObject part = element.deepCopy();
                part.addProperty("text", piece);
                out.add(part);
            }
        }
        return out;
    }

    /** One card around these elements. */
    static JsonObject card(JsonArray body) {
        JsonObject card = new JsonObject();
        card.addProperty("type", "AdaptiveCard");
        card.addProperty("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        card.addProperty("version", VERSION);
        card.add("body", body);
        JsonObject msteams = new JsonObject();
        msteams.addProperty("width", "Full");
        card.add("msteams", msteams);
        return card;
    }

    /** The first line of substance, for notifications and clients that show no cards. */
    public static String summary(Reply reply) {
        return reply.summary(300);
    }

    private static List<JsonObject> render(Block block) {
        List<JsonObject> out = new ArrayList<>();
        if (block instanceof Block.Heading h) {
            out.add(heading(h.text(), "Large"));
        } else if (block instanceof Block.Paragraph p) {
            p.text().lines().forEach(line -> out.add(text(line)));
        } else if (block instanceof Block.Items items) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < items.items().size(); i++) {
                lines.add((items.numbered() ? (i + 1) + ". " : "- ") + items.items().get(i).replace('\n', ' '));
            }
            // Adaptive Card Markdown separates list items with \r; long lists go in pieces
            for (int from = 0; from < lines.size(); from += 40) {
                out.add(text(String.join("\r", lines.subList(from, Math.min(lines.size(), from + 40)))));
            }
        } else if (block instanceof Block.Entry e) {
            out.add(entry(e));
        } else if (block instanceof Block.Context c) {
            JsonObject t = text(c.text());
            t.addProperty("isSubtle", true);
            t.addProperty("size", "Small");
            out.add(t);
        } else if (block instanceof Block.Document d && d.attachment()) {
            JsonObject t = text("📎 " + d.title()); // the calendar file: the group's calendar feed carries it to Outlook
            t.addProperty("isSubtle", true);
            out.add(t);
        } else if (block instanceof Block.Document d) {
            out.add(heading(d.title(), "Large"));
            for (String line : d.content().split("\n")) {
                if (line.isBlank()) continue;
                if (line.matches("#{1,6} .*")) {
                    out.add(heading(line.replaceFirst("#{1,6} ", ""), "Medium"));
                } else {
                    out.add(text(line));
                }
            }
        }
        return out;
    }

    private static JsonObject entry(Block.Entry e) {
        JsonObject row = new JsonObject();
        row.addProperty("type", "ColumnSet");
        JsonArray columns = new JsonArray();
        JsonObject textColumn = column("stretch");
        JsonArray textItems = new JsonArray();
        textItems.add(text("• " + e.text()));
        textColumn.add("items", textItems);
        columns.add(textColumn);
        List<JsonObject> actions = new ArrayList<>();
        for (Button b : e.buttons()) actions.add(action(b));
        if (!actions.isEmpty()) {
            JsonObject buttonColumn = column("auto");
            JsonObject set = new JsonObject();
            set.addProperty("type", "ActionSet");
            JsonArray list = new JsonArray();
            actions.forEach(list::add);
            set.add("actions", list);
            JsonArray items = new JsonArray();
            items.add(set);
            buttonColumn.add("items", items);
            columns.add(buttonColumn);
        }
        row.add("columns", columns);
        return row;
    }

    private static JsonObject action(Button b) {
        JsonObject data = new JsonObject();
        JsonObject carried = new JsonObject();
        b.channelId().ifPresent(ch -> carried.addProperty("ch", ch));
        JsonObject action = new JsonObject();
        if (b.kind() == Button.Kind.LINK) { // opens the page in the browser; nothing comes back to the bot
            action.addProperty("type", "Action.OpenUrl");
            action.addProperty("title", b.label());
            action.addProperty("url", b.command());
            return action;
        }
        if (b.kind() == Button.Kind.EDIT) {
            carried.addProperty("edit", true);
            data.add(KEY, carried);
            Lang lang = Grammar.parse(b.command()).map(Grammar.Parsed::lang).orElse(Lang.SV);
            JsonObject input = new JsonObject();
            input.addProperty("type", "Input.Text");
            input.addProperty("id", EDIT_INPUT);
            input.addProperty("value", b.command());
            input.addProperty("isMultiline", true);
            JsonObject submit = new JsonObject();
            submit.addProperty("type", "Action.Submit");
            submit.addProperty("title", Texts.of(lang).get("button.run"));
            submit.add("data", data);
            JsonArray inner = new JsonArray();
            inner.add(input);
            JsonArray innerActions = new JsonArray();
            innerActions.add(submit);
            JsonObject card = new JsonObject();
            card.addProperty("type", "AdaptiveCard");
            card.add("body", inner);
            card.add("actions", innerActions);
            action.addProperty("type", "Action.ShowCard");
            action.addProperty("title", b.label());
            action.add("card", card);
            return action;
        }
        carried.addProperty("c", b.command());
        data.add(KEY, carried);
        action.addProperty("type", "Action.Submit");
        action.addProperty("title", b.label());
        if (b.kind() == Button.Kind.CONFIRM) action.addProperty("style", "positive");
        action.add("data", data);
        return action;
    }

    /** What a pressed button carried: the command (or the edited command) and the channel to run it in. */
    record Carried(String command, Optional<String> channel) {
        static Optional<Carried> read(JsonElement value) {
            if (value == null || !value.isJsonObject()) return Optional.empty();
            JsonObject v = value.getAsJsonObject();
            if (!v.has(KEY) || !v.get(KEY).isJsonObject()) return Optional.empty();
            JsonObject carried = v.getAsJsonObject(KEY);
            Optional<String> channel = Optional.ofNullable(carried.get("ch")).map(JsonElement::getAsString);
            if (carried.has("edit") && v.has(EDIT_INPUT)) {
                return Optional.of(new Carried(v.get(EDIT_INPUT).getAsString(), channel));
            }
            if (!carried.has("c")) return Optional.empty();
            return Optional.of(new Carried(carried.get("c").getAsString(), channel));
        }
    }

    private static JsonObject column(String width) {
        JsonObject c = new JsonObject();
        c.addProperty("type", "Column");
        c.addProperty("width", width);
        c.addProperty("verticalContentAlignment", "Center");
        return c;
    }

    private static JsonObject heading(String text, String size) {
        JsonObject t = text(text);
        t.addProperty("weight", "Bolder");
        t.addProperty("size", size);
        t.addProperty("style", "heading");
        return t;
    }

    private static boolean isHeading(JsonObject element) {
        return element.has("style") && "heading".equals(element.get("style").getAsString());
    }

    private static JsonObject text(String text) {
        JsonObject t = new JsonObject();
        t.addProperty("type", "TextBlock");
        t.addProperty("text", text);
        t.addProperty("wrap", true);
        return t;
    }
}
