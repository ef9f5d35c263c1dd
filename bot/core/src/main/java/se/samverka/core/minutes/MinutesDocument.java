package se.samverka.core.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The minutes as one structure that every format renders: headings, paragraphs (plain and bold spans) and bullet
 * lists, with the title and the footer (the group's name, and the word before the page number) for formats that
 * have pages. {@link #markdown()} writes it as Markdown and {@link #parse} reads that Markdown back to the same
 * document, so the Markdown a chat or the web hands on loses nothing; {@link MinutesHtml} and the Word writer in
 * bot/minutes render the parts.
 */
public record MinutesDocument(String title, Footer footer, List<Part> parts) {
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");

    public MinutesDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(footer, "footer");
        parts = List.copyOf(parts);
    }

    /** What a page's footer says: "Strategisk grupp integration · Sida 2". */
    public record Footer(String text, String pageLabel) {
        public Footer {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(pageLabel, "pageLabel");
        }

        public static Footer none() {
            return new Footer("", "");
        }
    }

    /** One piece of the minutes. */
    public sealed interface Part {
        record Heading(int level, String text) implements Part {
            public Heading {
                if (level < 1 || level > 6) throw new IllegalArgumentException("heading level 1–6: " + level);
                Objects.requireNonNull(text, "text");
            }
        }

        /** A paragraph; {@code spans} alternate plain and bold, starting with plain. */
        record Paragraph(List<String> spans) implements Part {
            public Paragraph {
                spans = List.copyOf(spans);
            }
        }

        record Bullets(List<List<String>> items) implements Part {
            public Bullets {
                items = items.stream().map(List::copyOf).toList();
                if (items.isEmpty()) throw new IllegalArgumentException("a list has items");
            }
        }
    }

    /** The document the Markdown says; the first heading is its title. */
    public static MinutesDocument parse(String markdown, Footer footer) {
        List<Part> parts = new ArrayList<>();
        List<List<String>> bullets = new ArrayList<>();
        for (String line : markdown.split("\n")) {
            if (line.startsWith("- ")) {
                bullets.add(spans(line.substring(2)));
                continue;
            }
            if (!bullets.isEmpty()) {
                parts.add(new Part.Bullets(bullets));
                bullets.clear();
            }
            if (line.isBlank()) continue;
            if (line.startsWith("\\")) { // an escaped line (a note's "#…") is a paragraph, whatever it starts with
                parts.add(new Part.Paragraph(spans(line.substring(1))));
                continue;
            }
            Matcher h = HEADING.matcher(line);
            if (h.matches()) parts.add(new Part.Heading(h.group(1).length(), h.group(2).strip()));
            else parts.add(new Part.Paragraph(spans(line)));
        }
        if (!bullets.isEmpty()) parts.add(new Part.Bullets(bullets));
        String title = parts.stream().filter(p -> p instanceof Part.Heading).map(p -> ((Part.Heading) p).text())
                .findFirst().orElse("");
        return new MinutesDocument(title, footer, parts);
    }

    /** The Markdown of the document: a blank line after every part, list items on lines of their own. */
    public String markdown() {
        StringBuilder md = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Part.Heading h) {
                md.append("#".repeat(h.level())).append(' ').append(h.text()).append('\n');
            } else if (part instanceof Part.Paragraph p) {
                String text = inline(p.spans());
                md.append(text.startsWith("#") || text.startsWith("\\") || text.startsWith("- ") ? "\\" : "").append(text).append('\n');
            } else if (part instanceof Part.Bullets b) {
                b.items().forEach(item -> md.append("- ").append(inline(item)).append('\n'));
            }
            md.append('\n');
        }
        return md.toString().replaceAll("\n\n$", "\n");
    }

    /** "a **b** c" → ["a ", "b", " c"]: plain, bold, plain, … */
    public static List<String> spans(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = BOLD.matcher(text);
        int at = 0;
        while (m.find()) {
            out.add(text.substring(at, m.start()));
            out.add(m.group(1));
            at = m.end();
        }
        out.add(text.substring(at));
        return out;
    }

    private static String inline(List<String> spans) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < spans.size(); i++) out.append(i % 2 == 1 ? "**" + spans.get(i) + "**" : spans.get(i));
        return out.toString();
    }
}
