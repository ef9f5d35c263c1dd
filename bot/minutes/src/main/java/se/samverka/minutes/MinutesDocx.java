package se.samverka.minutes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTString;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import se.samverka.core.usecase.MinutesFormats;

/**
 * The minutes as a Word document (.docx, Apache POI): the title and the points as real headings ("heading 1",
 * "heading 2", so they show in Word's navigation and a table of contents), lists as real bullet lists, "Beslut:"
 * in bold — from the same Markdown the chat shows.
 */
public final class MinutesDocx {
    private MinutesDocx() {}

    public static byte[] write(String markdown, String title) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle(title);
            doc.getProperties().getCoreProperties().setCreator("Samverka");
            XWPFStyles styles = doc.createStyles();
            heading(styles, 1, 32);
            heading(styles, 2, 26);
            heading(styles, 3, 24);
            BigInteger bullets = bulletList(doc.createNumbering());
            for (MinutesFormats.Part part : MinutesFormats.parts(markdown)) {
                if (part instanceof MinutesFormats.Part.Heading h) {
                    XWPFParagraph p = doc.createParagraph();
                    p.setStyle("Heading" + Math.min(3, h.level()));
                    p.createRun().setText(h.text());
                } else if (part instanceof MinutesFormats.Part.Paragraph para) {
                    runs(doc.createParagraph(), para.spans());
                } else if (part instanceof MinutesFormats.Part.Bullets b) {
                    for (List<String> item : b.items()) {
                        XWPFParagraph p = doc.createParagraph();
                        p.setNumID(bullets);
                        p.setNumILvl(BigInteger.ZERO);
                        runs(p, item);
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
