package se.samverka.minutes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The text of a minutes document: plain text or Markdown as it is (UTF-8, else Windows-1252), a Word file (.docx,
 * through Apache POI) as its paragraphs and table rows, with headings as "#" lines and numbered paragraphs
 * numbered, the way the extractor reads text.
 */
public final class Documents {
    private Documents() {}

    /** Thrown for a file that is not a readable document; the message says why, for the user. */
    public static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        public Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static String text(Path file) throws Unreadable {
        if (!Files.isRegularFile(file)) throw new Unreadable(file + ": no such file", null);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".docx")) {
                try (InputStream in = Files.newInputStream(file)) {
                    return docx(in);
                }
            }
            if (name.endsWith(".doc") || name.endsWith(".pdf")) {
                throw new Unreadable(file + ": save it as .docx or as text first (" + name.substring(name.lastIndexOf('.'))
                        + " is not read)", null);
            }
            byte[] bytes = Files.readAllBytes(file);
            try {
                return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString().replace("\uFEFF", "");
            } catch (CharacterCodingException e) {
                return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
            }
        } catch (IOException | RuntimeException e) {
            throw new Unreadable(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    static String docx(InputStream in) throws IOException {
        StringBuilder out = new StringBuilder();
        Map<String, Integer> counters = new HashMap<>();
        try (XWPFDocument doc = new XWPFDocument(in)) {
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    paragraph(p, counters, out);
                } else if (element instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        StringBuilder line = new StringBuilder();
                        for (XWPFTableCell cell : row.getTableCells()) {
                            if (line.length() > 0) line.append(": ");
                            line.append(cell.getText().strip().replace('\n', ' '));
                        }
                        out.append(line.toString().replaceAll("(: )+$", "")).append('\n');
                    }
                }
            }
        }
        return out.toString();
    }

    private static void paragraph(XWPFParagraph p, Map<String, Integer> counters, StringBuilder out) {
        String text = p.getText().strip();
        if (text.isEmpty()) {
            out.append('\n');
            return;
        }
        String style = p.getStyle() == null ? "" : p.getStyle().toLowerCase(Locale.ROOT);
        if (p.getNumID() != null) {
            String level = p.getNumIlvl() == null ? "0" : p.getNumIlvl().toString();
            String format = p.getNumFmt() == null ? "" : p.getNumFmt();
            if (format.equals("decimal")) {
                String key = p.getNumID() + "/" + level;
                int n = counters.merge(key, 1, Integer::sum);
                out.append(n).append(". ").append(text).append('\n');
            } else {
                out.append("- ").append(text).append('\n');
            }
            return;
        }
        if (style.startsWith("heading") || style.startsWith("rubrik")) {
            int level = Math.max(1, Math.min(4, style.replaceAll("\\D", "").isEmpty() ? 1
                    : Integer.parseInt(style.replaceAll("\\D", ""))));
            out.append("#".repeat(level)).append(' ').append(text).append('\n');
            return;
        }
        out.append(text).append('\n');
    }
}
