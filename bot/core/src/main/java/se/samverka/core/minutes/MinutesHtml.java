package se.samverka.core.minutes;

import java.util.List;

/** The minutes as a whole HTML page (UTF-8, print-friendly), every text escaped, the footer at the end. */
public final class MinutesHtml {
    private MinutesHtml() {}

    public static String render(MinutesDocument doc, String lang) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(escape(lang)).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<title>").append(escape(doc.title())).append("</title>\n")
                .append("<style>body{font-family:Calibri,Arial,sans-serif;max-width:46em;margin:2em auto;line-height:1.4}"
                        + "h1{font-size:1.6em}h2{font-size:1.2em;margin-top:1.4em}"
                        + "footer{margin-top:3em;color:#555;font-size:.9em}</style>\n</head>\n<body>\n");
        for (MinutesDocument.Part part : doc.parts()) {
            if (part instanceof MinutesDocument.Part.Heading h) {
                out.append("<h").append(h.level()).append('>').append(escape(h.text())).append("</h").append(h.level()).append(">\n");
            } else if (part instanceof MinutesDocument.Part.Paragraph p) {
                out.append("<p>").append(inline(p.spans())).append("</p>\n");
            } else if (part instanceof MinutesDocument.Part.Bullets b) {
                out.append("<ul>\n");
                for (List<String> item : b.items()) out.append("<li>").append(inline(item)).append("</li>\n");
                out.append("</ul>\n");
            }
        }
        if (!doc.footer().text().isEmpty()) out.append("<footer>").append(escape(doc.footer().text())).append("</footer>\n");
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
