package se.samverka.minutes;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import se.samverka.core.minutes.MinutesDocument;
import se.samverka.core.minutes.MinutesDocument.Part;

/**
 * Lays the parts of the minutes out on A4 pages: words wrapped within the margins, bold spans in the bold font, a
 * heading kept with the lines after it, a bullet before each list item, every heading a bookmark (nested by level),
 * and the footer — "group · Sida n" — on every page.
 */
final class PdfLayout {
    record Fonts(PDFont regular, PDFont bold) {}

    private static final PDRectangle SIZE = PDRectangle.A4;
    private static final float MARGIN = 64;
    private static final float TOP = SIZE.getHeight() - 64;
    private static final float BOTTOM = 72;
    private static final float FOOTER_Y = 36;
    private static final float WIDTH = SIZE.getWidth() - 2 * MARGIN;
    private static final float BODY = 11;
    private static final float FOOTER_SIZE = 9;
    private static final float LEADING = 1.35f;
    private static final float SPACE_AFTER = 8;
    private static final float SPACE_AFTER_ITEM = 3;
    private static final float BULLET_INDENT = 16;

    private record Piece(String text, PDFont font) {}

    private record Entry(int level, PDOutlineItem item) {}

    private final PDDocument doc;
    private final Fonts fonts;
    private final MinutesDocument.Footer footer;
    private final Map<PDFont, Map<Integer, Boolean>> printable = new HashMap<>();
    private final PDDocumentOutline outline = new PDDocumentOutline();
    private final Deque<Entry> open = new ArrayDeque<>();
    private PDPage page;
    private PDPageContentStream stream;
    private float y;
    private int pages;

    PdfLayout(PDDocument doc, Fonts fonts, MinutesDocument.Footer footer) {
        this.doc = doc;
        this.fonts = fonts;
        this.footer = footer;
    }

    void render(List<Part> parts) throws IOException {
        doc.getDocumentCatalog().setDocumentOutline(outline);
        newPage();
        boolean first = true;
        for (Part part : parts) {
            if (part instanceof Part.Heading h) heading(h, first);
            else if (part instanceof Part.Paragraph p) paragraph(p.spans(), 0, SPACE_AFTER);
            else if (part instanceof Part.Bullets b) {
                for (int i = 0; i < b.items().size(); i++) {
                    paragraph(b.items().get(i), BULLET_INDENT, i == b.items().size() - 1 ? SPACE_AFTER : SPACE_AFTER_ITEM);
                }
            }
            first = false;
        }
        finishPage();
        outline.openNode();
    }

    private void heading(Part.Heading h, boolean first) throws IOException {
        float size = switch (h.level()) {
            case 1 -> 16; // the sizes of the Word document's headings
            case 2 -> 13;
            case 3 -> 12;
            default -> BODY;
        };
        float before = first ? 0 : h.level() == 1 ? 16 : 10;
        List<List<Piece>> lines = wrap(List.of(new Piece(clean(h.text(), fonts.bold()), fonts.bold())), size, WIDTH);
        float height = before + lines.size() * size * LEADING;
        if (y - height - 2 * BODY * LEADING < BOTTOM) newPage(); // a heading is kept with two lines after it
        else y -= before;
        bookmark(h, y);
        for (List<Piece> line : lines) line(line, MARGIN, size);
        y -= 4;
    }

    /** A paragraph, or a list item when it is indented: its bullet hangs in the indent. */
    private void paragraph(List<String> spans, float indent, float after) throws IOException {
        List<Piece> pieces = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            PDFont font = i % 2 == 1 ? fonts.bold() : fonts.regular();
            if (!spans.get(i).isEmpty()) pieces.add(new Piece(clean(spans.get(i), font), font));
        }
        List<List<Piece>> lines = wrap(pieces, BODY, WIDTH - indent);
        for (int i = 0; i < lines.size(); i++) {
            if (i == 0 && indent > 0) {
                if (y - BODY * LEADING < BOTTOM) newPage();
                text(MARGIN + 4, y - BODY, BODY, List.of(new Piece("•", fonts.regular())));
            }
            line(lines.get(i), MARGIN + indent, BODY);
        }
        y -= after;
    }

    private void line(List<Piece> line, float x, float size) throws IOException {
        if (y - size * LEADING < BOTTOM) newPage();
        text(x, y - size, size, line);
        y -= size * LEADING;
    }

    private void text(float x, float baseline, float size, List<Piece> pieces) throws IOException {
        stream.beginText();
        stream.newLineAtOffset(x, baseline);
        for (Piece p : pieces) {
            stream.setFont(p.font(), size);
            stream.showText(p.text());
        }
        stream.endText();
    }

    /** The pieces as lines no wider than {@code width}: broken between words, a word longer than a line within it. */
    private static List<List<Piece>> wrap(List<Piece> pieces, float size, float width) throws IOException {
        List<List<Piece>> lines = new ArrayList<>();
        List<Piece> line = new ArrayList<>();
        float used = 0;
        for (Piece piece : pieces) {
            for (String word : piece.text().split("(?<= )")) {
                float w = width(word, piece.font(), size);
                float visible = width(word.stripTrailing(), piece.font(), size);
                if (used + visible > width && used > 0) {
                    lines.add(trimmed(line));
                    line = new ArrayList<>();
                    used = 0;
                    if (word.isBlank()) continue;
                }
                while (visible > width) { // a word wider than the line (a long link): as much as fits, then the rest
                    int cut = fitting(word, piece.font(), size, width);
                    lines.add(List.of(new Piece(word.substring(0, cut), piece.font())));
                    word = word.substring(cut);
                    w = width(word, piece.font(), size);
                    visible = width(word.stripTrailing(), piece.font(), size);
                }
                line.add(new Piece(word, piece.font()));
                used += w;
            }
        }
        if (!line.isEmpty()) lines.add(trimmed(line));
        return lines;
    }

    private static int fitting(String word, PDFont font, float size, float width) throws IOException {
        int cut = 1;
        while (cut < word.length() && width(word.substring(0, word.offsetByCodePoints(cut, 1)), font, size) <= width) {
            cut = word.offsetByCodePoints(cut, 1);
        }
        return cut;
    }

    private static List<Piece> trimmed(List<Piece> line) {
        if (line.isEmpty()) return line;
        Piece last = line.get(line.size() - 1);
        List<Piece> out = new ArrayList<>(line.subList(0, line.size() - 1));
        out.add(new Piece(last.text().stripTrailing(), last.font()));
        return out;
    }

    private static float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** The text with what the font cannot show (a control character, a glyph it lacks) as a space or "?". */
    private String clean(String text, PDFont font) {
        Map<Integer, Boolean> known = printable.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                out.append(' ');
                return;
            }
            boolean ok = known.computeIfAbsent(c, code -> {
                try {
                    font.encode(new String(Character.toChars(code)));
                    return true;
                } catch (IllegalArgumentException | IOException e) {
                    return false;
                }
            });
            if (ok) out.appendCodePoint(c);
            else out.append('?');
        });
        return out.toString();
    }

    private void bookmark(Part.Heading h, float top) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(h.text());
        PDPageXYZDestination dest = new PDPageXYZDestination();
        dest.setPage(page);
        dest.setLeft(0);
        dest.setTop(Math.round(top));
        item.setDestination(dest);
        while (!open.isEmpty() && open.peek().level() >= h.level()) open.pop();
        PDOutlineNode parent = open.isEmpty() ? outline : open.peek().item();
        parent.addLast(item);
        if (h.level() == 1) item.openNode();
        open.push(new Entry(h.level(), item));
    }

    private void newPage() throws IOException {
        if (stream != null) finishPage();
        page = new PDPage(SIZE);
        doc.addPage(page);
        stream = new PDPageContentStream(doc, page);
        pages++;
        y = TOP;
    }

    /** "Strategisk grupp integration · Sida 3", centred under the text, as the Word document's footer. */
    private void finishPage() throws IOException {
        if (!footer.text().isEmpty()) {
            String text = clean(footer.text() + " · " + footer.pageLabel() + " " + pages, fonts.regular());
            float x = MARGIN + (WIDTH - width(text, fonts.regular(), FOOTER_SIZE)) / 2;
            stream.setNonStrokingColor(0.35f);
            text(x, FOOTER_Y, FOOTER_SIZE, List.of(new Piece(text, fonts.regular())));
        }
        stream.close();
        stream = null;
    }
}
