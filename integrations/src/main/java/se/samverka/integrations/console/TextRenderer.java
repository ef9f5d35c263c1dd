package se.samverka.integrations.console;

import java.util.ArrayList;
import java.util.List;
import se.samverka.core.chat.Block;
import se.samverka.core.chat.Button;
import se.samverka.core.chat.Reply;

/** Renders a reply as plain text for a terminal or a pipe. */
public final class TextRenderer {
    private TextRenderer() {}

    public static String render(Reply reply) {
        List<String> parts = new ArrayList<>();
        for (Block block : reply.blocks()) {
            if (block instanceof Block.Heading h) {
                parts.add(h.text() + "\n" + "=".repeat(Math.min(72, h.text().length())));
            } else if (block instanceof Block.Paragraph p) {
                parts.add(p.text());
            } else if (block instanceof Block.Items items) {
                StringBuilder out = new StringBuilder();
                for (int i = 0; i < items.items().size(); i++) {
                    if (i > 0) out.append('\n');
                    out.append(items.numbered() ? (i + 1) + ". " : "- ").append(items.items().get(i));
                }
                parts.add(out.toString());
            } else if (block instanceof Block.Entry e) {
                StringBuilder line = new StringBuilder("- ").append(e.text());
                e.buttons().stream().filter(b -> b.kind() == Button.Kind.RUN)
                        .forEach(b -> line.append("   [").append(b.label()).append(": ").append(b.command()).append(']'));
                parts.add(line.toString());
            } else if (block instanceof Block.Context c) {
                parts.add("  (" + c.text() + ")");
            } else if (block instanceof Block.Document d) {
                parts.add("--- " + d.title() + " ---\n" + d.content().stripTrailing() + "\n--- end ---");
            }
        }
        return String.join("\n", parts);
    }
}
