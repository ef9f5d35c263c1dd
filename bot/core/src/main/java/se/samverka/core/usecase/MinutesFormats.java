package se.samverka.core.usecase;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The minutes in other formats, from the Markdown {@link MinutesWriter} writes: that Markdown is the minutes'
 * one layout (headings "#"/"##", paragraphs, "- " lists, "**bold**"), and each format renders those four things. A
 * line that starts with a backslash is a paragraph of the rest (how a note's own "#" stays text).
 */
public final class MinutesFormats {
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");

    private MinutesFormats() {}

    /** One piece of the minutes. */
    public sealed interface Part {
        record Heading(int level, String text) implements Part {}

        /** A paragraph; {@code spans} alternate plain and bold, starting with plain. */
        record Paragraph(List<String> spans) implements Part {}

        record Bullets(List<List<String>> items) implements Part {}
    }

    /** The Markdown as parts. */
    public static List<Part> parts(String markdown) {
        List<Part> parts = new ArrayList<>();
        List<List<String>> bullets = new ArrayList<>();
        for (String line : markdown.split("\n")) {
            if (line.startsWith("- ")) {
                bullets.add(spans(line.substring(2)));
                continue;
            }
            if (!bullets.isEmpty()) {
                parts.add(new Part.Bullets(List.copyOf(bullets)));
                bullets.clear();
            }
            if (line.isBlank()) continue;
            if (line.startsWith("\\")) { // an escaped line (a note's "#…") is a paragraph, whatever it starts with
                parts.add(new Part.Paragraph(spans(line.substring(1))));
                continue;
            }
            Matcher h = Pattern.compile("^(#{1,6})\\s+(.*)$").matcher(line);
            if (h.matches()) parts.add(new Part.Heading(h.group(1).length(), h.group(2).strip()));
            else parts.add(new Part.Paragraph(spans(line)));
        }
        if (!bullets.isEmpty()) parts.add(new Part.Bullets(List.copyOf(bullets)));
        return parts;
    }

    /** "a **b** c" → ["a ", "b", " c"]: plain, bold, plain, … */
    static List<String> spans(String text) {
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

    /** A whole HTML page (UTF-8, print-friendly), every text escaped. */
    public static String html(String markdown, String title, String lang) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(escape(lang)).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<title>").append(escape(title)).append("</title>\n")
                .append("<style>body{font-family:Calibri,Arial,sans-serif;max-width:46em;margin:2em auto;line-height:1.4}"
                        + "h1{font-size:1.6em}h2{font-size:1.2em;margin-top:1.4em}</style>\n</head>\n<body>\n");
        for (Part part : parts(markdown)) {
            if (part instanceof Part.Heading h) {
                out.append("<h").append(h.level()).append('>').append(escape(h.text())).append("</h").append(h.level()).append(">\n");
            } else if (part instanceof Part.Paragraph p) {
                out.append("<p>").append(inline(p.spans())).append("</p>\n");
            } else if (part instanceof Part.Bullets b) {
                out.append("<ul>\n");
                for (List<String> item : b.items()) out.append("<li>").append(inline(item)).append("</li>\n");
                out.append("</ul>\n");
            }
        }
        return out.append("</body>\n</html>\n").toString();
    }

    private static String inline(List<String> spans) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < spans.size(); i++) {
            out.append(i % 2 == 1 ? "<strong>" + escape(spans.get(i)) + "</strong>" : escape(spans.get(i)));
        }
        return out.toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
