package se.samverka.integrations.teams;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
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
 * opens the command in a text field under the card (Action.ShowCard) to be changed and sent. A card is kept under
 * {@value #CARD_CHARS} characters of JSON (Teams takes about 28 KB a message); a longer reply becomes several cards,
 * never parting a row from its buttons.
 */
public final class AdaptiveCards {
    public static final int CARD_CHARS = 24_000;
    static final String VERSION = "1.5";
    static final String KEY = "samverka";
    static final String EDIT_INPUT = "samverka.command";
    public static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";
    private static final Gson GSON = new Gson();

    private AdaptiveCards() {}

    /** The reply as one or more cards. */
    public static List<JsonObject> cards(Reply reply) {
        List<JsonObject> cards = new ArrayList<>();
        JsonArray body = new JsonArray();
        int size = 0;
        JsonElement pendingHeading = null;
        for (Block block : reply.blocks()) {
            for (JsonObject element : render(block)) {
                int length = GSON.toJson(element).length();
                if (size + length > CARD_CHARS && !body.isEmpty()) {
                    if (pendingHeading != null && body.size() > 1 && body.get(body.size() - 1) == pendingHeading) {
                        body.remove(body.size() - 1); // a heading goes with what it heads
                        cards.add(card(body));
                        body = new JsonArray();
                        body.add(pendingHeading);
                        size = GSON.toJson(pendingHeading).length();
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
