package se.samverka.integrations.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.samverka.core.chat.Block;
import se.samverka.core.chat.Button;
import se.samverka.core.chat.Reply;

/**
 * Renders a reply as Block Kit: headings as header blocks, text as mrkdwn sections, each action item or meeting as
 * a section with its buttons, small print as context. Keeps inside Slack's limits (3000 characters a section,
 * 150 a header, 50 blocks a message, 100 a view) by splitting long text and paging long lists.
 */
public final class SlackBlocks {
    public static final int MESSAGE_BLOCKS = 50;
    public static final int VIEW_BLOCKS = 100;
    static final int SECTION_CHARS = 3000;
    static final int HEADER_CHARS = 150;
    static final int CONTEXT_CHARS = 2000;
    static final int BUTTON_VALUE_CHARS = 2000;

    static final String RUN = "samverka.run";
    static final String CONFIRM = "samverka.confirm";
    static final String EDIT = "samverka.edit";

    private static final Gson GSON = new Gson();

    private SlackBlocks() {}

    /** The reply in pages of at most {@code maxBlocks} blocks each; a line is never parted from its buttons. */
    public static List<List<LayoutBlock>> pages(Reply reply, int maxBlocks) {
        List<List<LayoutBlock>> units = new ArrayList<>();
        for (Block block : reply.blocks()) units.addAll(render(block));
        List<List<LayoutBlock>> pages = new ArrayList<>();
        List<LayoutBlock> page = new ArrayList<>();
        for (List<LayoutBlock> unit : units) {
            if (page.size() + unit.size() > maxBlocks) {
                List<LayoutBlock> carried = new ArrayList<>();
                while (!page.isEmpty() && page.get(page.size() - 1) instanceof HeaderBlock) {
                    carried.add(0, page.remove(page.size() - 1)); // a heading goes with what it heads
                }
                if (!page.isEmpty()) pages.add(page);
                page = carried;
            }
            page.addAll(unit);
        }
        if (!page.isEmpty()) pages.add(page);
        return pages;
    }

    /** All the blocks of a view (a home tab): at most {@code VIEW_BLOCKS}; what does not fit is left off. */
    public static List<LayoutBlock> view(Reply reply) {
        List<LayoutBlock> out = new ArrayList<>();
        for (Block block : reply.blocks()) {
            for (List<LayoutBlock> unit : render(block)) {
                if (out.size() + unit.size() > VIEW_BLOCKS) return out;
                out.addAll(unit);
            }
        }
        return out;
    }

    /**
     * Plain text for notifications and clients that show no blocks: the first line of substance, escaped as the
     * blocks are — Slack reads a message's text as mrkdwn, so user text must not become a mention or a link there.
     */
    public static String fallback(Reply reply) {
        return escape(reply.summary(300));
    }

    /** Each block as units: lists of Slack blocks that must stay on one page. */
    static List<List<LayoutBlock>> render(Block block) {
        List<List<LayoutBlock>> units = new ArrayList<>();
        if (block instanceof Block.Heading h) {
            units.add(List.of(header(b -> b.text(plainText(cut(h.text(), HEADER_CHARS), true)))));
        } else if (block instanceof Block.Paragraph p) {
            sections(escape(p.text())).forEach(s -> units.add(List.of(s)));
        } else if (block instanceof Block.Items items) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < items.items().size(); i++) {
                lines.add((items.numbered() ? (i + 1) + ". " : "• ") + escape(items.items().get(i)));
            }
            sections(String.join("\n", lines)).forEach(s -> units.add(List.of(s)));
        } else if (block instanceof Block.Entry e) {
            units.add(entry(e));
        } else if (block instanceof Block.Context c) {
            units.add(List.of(context(List.of(markdownText(cut(escape(c.text()), CONTEXT_CHARS))))));
        } else if (block instanceof Block.Document d && d.attachment()) {
            units.add(List.of(context(List.of(markdownText("📎 " + escape(d.title())))))); // the file itself is uploaded
        } else if (block instanceof Block.Document d) {
            units.add(List.of(header(b -> b.text(plainText(cut(d.title(), HEADER_CHARS), true)))));
            sections(markdownToMrkdwn(d.content())).forEach(s -> units.add(List.of(s)));
        }
        return units;
    }

    private static List<LayoutBlock> entry(Block.Entry e) {
        String text = cut("• " + escape(e.text()), SECTION_CHARS);
        List<BlockElement> buttons = new ArrayList<>();
        for (Button b : e.buttons()) button(b, buttons.size()).ifPresent(buttons::add);
        if (buttons.size() == 1) {
            return List.of(com.slack.api.model.block.Blocks.section(s -> s.text(markdownText(text)).accessory(buttons.get(0))));
        }
        List<LayoutBlock> out = new ArrayList<>();
        out.add(section(text));
        if (!buttons.isEmpty()) out.add(actions(buttons));
        return out;
    }

    /** A button; action ids are unique in their block (Slack's rule), so the second and later get ".<index>". */
    private static Optional<BlockElement> button(Button b, int index) {
        if (b.kind() == Button.Kind.LINK) return Optional.empty(); // the address is in the line's text; a Slack url button
        // would still send an action to acknowledge
        JsonObject value = new JsonObject();
        value.addProperty("c", b.command());
        b.channelId().ifPresent(ch -> value.addProperty("ch", ch));
        String json = GSON.toJson(value);
        if (json.length() > BUTTON_VALUE_CHARS) return Optional.empty(); // too long to carry; the line still shows
        String actionId = (b.kind() == Button.Kind.EDIT ? EDIT : b.kind() == Button.Kind.CONFIRM ? CONFIRM : RUN)
                + (index == 0 ? "" : "." + index);
        return Optional.of(ButtonElement.builder().text(plainText(cut(b.label(), 75), true)).actionId(actionId)
                .value(json).style(b.kind() == Button.Kind.CONFIRM ? "primary" : null).build());
    }

    /** What a button carries: the command and, for buttons outside a channel, the channel to run it in. */
    record Carried(String command, Optional<String> channel) {
        static Optional<Carried> read(String value) {
            try {
                JsonObject json = GSON.fromJson(value, JsonObject.class);
                if (json == null || !json.has("c")) return Optional.empty();
                return Optional.of(new Carried(json.get("c").getAsString(),
                        Optional.ofNullable(json.get("ch")).map(v -> v.getAsString())));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
    }

    /** Text in sections of at most 3000 characters, split between lines where it can be. */
    static List<LayoutBlock> sections(String mrkdwn) {
        List<LayoutBlock> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : mrkdwn.split("\n", -1)) {
            while (line.length() > SECTION_CHARS) {
                flush(out, current);
                out.add(section(line.substring(0, SECTION_CHARS)));
                line = line.substring(SECTION_CHARS);
            }
            if (current.length() + line.length() + 1 > SECTION_CHARS) flush(out, current);
            if (current.length() > 0) current.append('\n');
            current.append(line);
        }
        flush(out, current);
        return out;
    }

    private static void flush(List<LayoutBlock> out, StringBuilder current) {
        if (!current.toString().isBlank()) out.add(section(current.toString().strip()));
        current.setLength(0);
    }

    private static LayoutBlock section(String mrkdwn) {
        return com.slack.api.model.block.Blocks.section(s -> s.text(markdownText(mrkdwn)));
    }

    /** Slack's three escapes: text from users must not become links, mentions or broadcasts. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The minutes' Markdown in Slack's mrkdwn: headings and bold as *bold*, the rest as it is. */
    static String markdownToMrkdwn(String markdown) {
        StringBuilder out = new StringBuilder();
        for (String line : escape(markdown).split("\n", -1)) {
            String converted = line.matches("#{1,6} .*") ? "*" + line.replaceFirst("#{1,6} ", "").strip() + "*" : line;
            out.append(converted.replaceAll("\\*\\*([^*]+)\\*\\*", "*$1*")).append('\n');
        }
        return out.toString().strip();
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
