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
        return render(reply, java.util.Optional.empty());
    }

    /**
     * @param files where attachments (calendar invitations) are saved; the text then names the file. Without a
     *              folder, an attachment is shown as text like any document.
     */
    public static String render(Reply reply, java.util.Optional<java.nio.file.Path> files) {
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
                e.buttons().stream().filter(b -> shown(b, e))
                        .forEach(b -> line.append("   [").append(b.label()).append(": ").append(b.command()).append(']'));
                parts.add(line.toString());
            } else if (block instanceof Block.Context c) {
                parts.add("  (" + c.text() + ")");
            } else if (block instanceof Block.Document d && d.attachment() && files.isPresent()) {
                parts.add("  📎 " + save(files.get(), d));
            } else if (block instanceof Block.Document d) {
                parts.add("--- " + d.title() + " ---\n" + d.content().stripTrailing() + "\n--- end ---");
            }
        }
        return String.join("\n", parts);
    }

    /**
     * The buttons a terminal shows, as the command to type: every one that runs a command ("Klar", "Pågår"), but not
     * one to edit, nor a confirmation whose command is the line itself (a proposed action item, typed as it stands).
     */
    private static boolean shown(Button b, Block.Entry e) {
        return b.kind() == Button.Kind.RUN || (b.kind() == Button.Kind.CONFIRM && !b.command().equals(e.text()));
    }

    /** Saves the attachment in the folder; returns its path, or what went wrong. */
    private static String save(java.nio.file.Path folder, Block.Document d) {
        try {
            java.nio.file.Files.createDirectories(folder);
            java.nio.file.Path file = folder.resolve(d.title().replaceAll("[^\\p{L}\\p{N}._-]", "_"));
            java.nio.file.Files.writeString(file, d.content(), java.nio.charset.StandardCharsets.UTF_8);
            return file.toString();
        } catch (java.io.IOException e) {
            return d.title() + " (not saved: " + e.getMessage() + ")";
        }
    }
}
