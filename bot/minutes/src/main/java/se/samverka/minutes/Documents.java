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
        String name = file.getFileName().toString();
        try {
            return text(name, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new Unreadable(file + ": cannot be read (" + e.getMessage() + ")", e);
        } catch (Unreadable e) { // the message names the file as the user gave it
            throw new Unreadable(file + e.getMessage().substring(name.length()), e);
        }
    }

    /** The kinds of file shared in chat that are read: Word, text and Markdown (and a name with no extension). */
    private static final java.util.Set<String> READ = java.util.Set.of("docx", "txt", "text", "md", "markdown");

    /** Whether a file shared in chat is of a kind read, by its name alone (before it is fetched). */
    public static boolean reads(String fileName) {
        String name = fileName.strip().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot <= 0 || READ.contains(name.substring(dot + 1));
    }

    /** The text of a document with this file name and content. */
    public static String text(String fileName, byte[] bytes) throws Unreadable {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (bytes.length == 0) throw new Unreadable(fileName + ": the file is empty (or could not be fetched)", null);
        try {
            if (name.endsWith(".docx")) {
                try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
                    return docx(in);
                }
            }
            if (name.endsWith(".doc") || name.endsWith(".pdf")) {
                throw new Unreadable(fileName + ": save it as .docx or as text first (" + name.substring(name.lastIndexOf('.'))
                        + " is not read)", null);
            }
            if (bytes.length > 0 && !looksLikeText(bytes)) throw new Unreadable(fileName + ": not a text or Word document", null);
            try {
                return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString().replace("\uFEFF", "");
            } catch (CharacterCodingException e) {
                return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
            }
        } catch (IOException | RuntimeException e) {
            throw new Unreadable(fileName + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** No NUL bytes in the first 4 KB: text, not some binary file. */
    private static boolean looksLikeText(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 4096); i++) if (bytes[i] == 0) return false;
        return true;
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
