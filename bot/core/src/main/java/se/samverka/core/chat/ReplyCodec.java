package se.samverka.core.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A reply as text and back, for the outbox: what was queued is exactly what is sent, whenever that is. One line per
 * block, fields separated by tabs, tabs, newlines and backslashes escaped.
 */
public final class ReplyCodec {
    private static final char FIELD = '\t';

    private ReplyCodec() {}

    public static String encode(Reply reply) {
        StringBuilder out = new StringBuilder("R\t").append(reply.outcome().name()).append('\t').append(reply.shared());
        for (Block block : reply.blocks()) {
            out.append('\n');
            if (block instanceof Block.Heading h) line(out, "H", h.text());
            else if (block instanceof Block.Paragraph p) line(out, "P", p.text());
            else if (block instanceof Block.Context c) line(out, "C", c.text());
            else if (block instanceof Block.Document d) line(out, "D", d.title(), d.mediaType(), d.content());
            else if (block instanceof Block.Items i) {
                List<String> fields = new ArrayList<>();
                fields.add(i.numbered() ? "1" : "0");
                fields.addAll(i.items());
                line(out, "I", fields.toArray(String[]::new));
            } else if (block instanceof Block.Entry e) {
                List<String> fields = new ArrayList<>();
                fields.add(e.text());
                for (Button b : e.buttons()) {
                    fields.add(b.label());
                    fields.add(b.command());
                    fields.add(b.kind().name());
                    fields.add(b.channelId().orElse(""));
                }
                line(out, "E", fields.toArray(String[]::new));
            }
        }
        return out.toString();
    }

    public static Reply decode(String text) {
        String[] lines = text.split("\n", -1);
        List<String> head = fields(lines[0]);
        if (!head.get(0).equals("R")) throw new IllegalArgumentException("not an encoded reply");
        List<Block> blocks = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            List<String> f = fields(lines[i]);
            switch (f.get(0)) {
                case "H" -> blocks.add(new Block.Heading(f.get(1)));
                case "P" -> blocks.add(new Block.Paragraph(f.get(1)));
                case "C" -> blocks.add(new Block.Context(f.get(1)));
                case "D" -> blocks.add(new Block.Document(f.get(1), f.get(2), f.get(3)));
                case "I" -> blocks.add(new Block.Items(f.subList(2, f.size()), f.get(1).equals("1")));
                case "E" -> {
                    List<Button> buttons = new ArrayList<>();
                    for (int k = 2; k + 3 < f.size(); k += 4) {
                        buttons.add(new Button(f.get(k), f.get(k + 1), Button.Kind.valueOf(f.get(k + 2)),
                                Optional.of(f.get(k + 3)).filter(s -> !s.isEmpty())));
                    }
                    blocks.add(new Block.Entry(f.get(1), buttons));
                }
                default -> throw new IllegalArgumentException("unknown block: " + f.get(0));
            }
        }
        return new Reply(blocks, Reply.Outcome.valueOf(head.get(1)), Boolean.parseBoolean(head.get(2)));
    }

    private static void line(StringBuilder out, String type, String... fields) {
        out.append(type);
        for (String f : fields) out.append(FIELD).append(escape(f));
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                char n = line.charAt(++i);
                f.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else if (c == FIELD) {
                out.add(f.toString());
                f.setLength(0);
            } else {
                f.append(c);
            }
        }
        out.add(f.toString());
        return out;
    }
}
