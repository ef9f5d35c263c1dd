package se.samverka.minutes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTString;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import se.samverka.core.minutes.MinutesDocument;

/**
 * The minutes as a Word document (.docx, Apache POI), from the {@link MinutesDocument} the chat and the web render
 * too: the title and the points as real headings ("heading 1", "heading 2", so they show in Word's navigation and a
 * table of contents), lists as real bullet lists, "Beslut:" in bold, space after every paragraph, and a footer with
 * the group's name and the page number (a PAGE field, so Word counts the pages).
 */
public final class MinutesDocx {
    /** Space after a paragraph, in twentieths of a point (8 pt); list items keep closer together (3 pt). */
    static final int SPACE_AFTER = 160;
    static final int SPACE_AFTER_ITEM = 60;

    private MinutesDocx() {}

    /** Markdown that carries no footer (an annual report, a test's text). */
    public static byte[] write(String markdown, String title) {
        MinutesDocument doc = MinutesDocument.parse(markdown, MinutesDocument.Footer.none());
        return write(new MinutesDocument(title, doc.footer(), doc.parts()));
    }

    public static byte[] write(MinutesDocument minutes) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle(minutes.title());
            doc.getProperties().getCoreProperties().setCreator("Samverka");
            XWPFStyles styles = doc.createStyles();
            heading(styles, 1, 32);
            heading(styles, 2, 26);
            heading(styles, 3, 24);
            BigInteger bullets = bulletList(doc.createNumbering());
            for (MinutesDocument.Part part : minutes.parts()) {
                if (part instanceof MinutesDocument.Part.Heading h) {
                    XWPFParagraph p = doc.createParagraph();
                    p.setStyle("Heading" + Math.min(3, h.level()));
                    p.createRun().setText(h.text());
                } else if (part instanceof MinutesDocument.Part.Paragraph para) {
                    XWPFParagraph p = doc.createParagraph();
                    p.setSpacingAfter(SPACE_AFTER);
                    runs(p, para.spans());
                } else if (part instanceof MinutesDocument.Part.Bullets b) {
                    bullets(doc, bullets, b);
                }
            }
            if (!minutes.footer().text().isEmpty()) footer(doc, minutes.footer());
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void bullets(XWPFDocument doc, BigInteger numbering, MinutesDocument.Part.Bullets b) {
        for (int i = 0; i < b.items().size(); i++) {
            XWPFParagraph p = doc.createParagraph();
            p.setNumID(numbering);
            p.setNumILvl(BigInteger.ZERO);
            p.setSpacingAfter(i == b.items().size() - 1 ? SPACE_AFTER : SPACE_AFTER_ITEM);
            runs(p, b.items().get(i));
        }
    }

    /** "Strategisk grupp integration · Sida 3" on every page, the number a PAGE field Word fills in. */
    private static void footer(XWPFDocument doc, MinutesDocument.Footer footer) {
        XWPFFooter f = doc.createHeaderFooterPolicy().createFooter(STHdrFtr.DEFAULT);
        XWPFParagraph p = f.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.createRun().setText(footer.text() + " · " + footer.pageLabel() + " ");
        CTSimpleField page = p.getCTP().addNewFldSimple();
        page.setInstr("PAGE \\* MERGEFORMAT");
        page.addNewR().addNewT().setStringValue("1");
    }

    private static void runs(XWPFParagraph p, List<String> spans) {
        for (int i = 0; i < spans.size(); i++) {
            if (spans.get(i).isEmpty()) continue;
            XWPFRun run = p.createRun();
            run.setText(spans.get(i));
            run.setBold(i % 2 == 1);
        }
    }

    /** A built-in heading style ("heading 1" …): Word treats it as its own. */
    private static void heading(XWPFStyles styles, int level, int halfPoints) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId("Heading" + level);
        ct.setType(STStyleType.PARAGRAPH);
        CTString name = CTString.Factory.newInstance();
        name.setVal("heading " + level);
        ct.setName(name);
        ct.addNewQFormat();
        CTPPrGeneral ppr = ct.addNewPPr();
        ppr.addNewKeepNext();
        ppr.addNewSpacing().setBefore(BigInteger.valueOf(level == 1 ? 240 : 200));
        ppr.getSpacing().setAfter(BigInteger.valueOf(level == 1 ? 160 : 120));
        ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
        CTRPr rpr = ct.addNewRPr();
        rpr.addNewB();
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        XWPFStyle style = new XWPFStyle(ct);
        style.setType(STStyleType.PARAGRAPH);
        styles.addStyle(style);
    }

    private static BigInteger bulletList(XWPFNumbering numbering) {
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(BigInteger.ONE);
        CTLvl lvl = abs.addNewLvl();
        lvl.setIlvl(BigInteger.ZERO);
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(STNumberFormat.BULLET);
        lvl.addNewLvlText().setVal("•");
        lvl.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(720));
        lvl.getPPr().getInd().setHanging(BigInteger.valueOf(360));
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abs));
        return numbering.addNum(abstractId);
    }
}
