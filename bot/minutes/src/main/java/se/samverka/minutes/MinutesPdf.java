package se.samverka.minutes;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import se.samverka.core.minutes.MinutesDocument;

/**
 * The minutes as PDF/A-2b (Apache PDFBox), from the {@link MinutesDocument} the chat, the web and the Word writer
 * render too: an archive copy a registrar can file. Both fonts (DejaVu Sans and its bold, shipped in this module's
 * resources with their licence) are embedded as subsets, the colours are tied to an sRGB output intent (the free
 * sRGB profile of Debian's icc-profiles-free, also shipped here), the XMP metadata names the minutes, the group, the
 * meeting's date and — when given — the version, the justerare and the day of the justering, and every heading is a
 * bookmark. The footer says the group's name and the page number, as the Word document does.
 *
 * <p>The same minutes and metadata give the same bytes (no clock, a document id from the content), so a SHA-256 of
 * the file identifies one version.
 */
public final class MinutesPdf {
    private static final String RESOURCES = "/se/samverka/minutes/pdf/";
    private static final byte[] REGULAR = resource("DejaVuSans.ttf");
    private static final byte[] BOLD = resource("DejaVuSans-Bold.ttf");
    private static final byte[] SRGB = resource("sRGB.icc");

    private MinutesPdf() {}

    /**
     * What the archive copy says about itself beyond its text (in the XMP metadata): the group, the meeting's day
     * and, once the justering flow gives them, the version, the justerare and the day they approved the minutes.
     * What is absent is left out of the file.
     */
    public record Archive(String group, Optional<LocalDate> meetingDate, Optional<String> version,
                          List<String> adjusters, Optional<LocalDate> adjustedOn) {
        public Archive {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(meetingDate, "meetingDate");
            Objects.requireNonNull(version, "version");
            adjusters = List.copyOf(adjusters);
            Objects.requireNonNull(adjustedOn, "adjustedOn");
        }

        /** A draft: the group and the meeting's day, nothing of a justering. */
        public static Archive draft(String group, Optional<LocalDate> meetingDate) {
            return new Archive(group, meetingDate, Optional.empty(), List.of(), Optional.empty());
        }
    }

    /** The minutes with the group read from their footer and no meeting date. */
    public static byte[] write(MinutesDocument minutes) {
        return write(minutes, Archive.draft(minutes.footer().text(), Optional.empty()));
    }

    public static byte[] write(MinutesDocument minutes, Archive archive) {
        try (PDDocument doc = document(minutes, archive); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document before it is saved (the tests take parts away from it to see the validation fail). */
    static PDDocument document(MinutesDocument minutes, Archive archive) throws IOException {
        PDDocument doc = new PDDocument();
        try {
            PdfLayout.Fonts fonts = new PdfLayout.Fonts(PDType0Font.load(doc, new ByteArrayInputStream(REGULAR), true),
                    PDType0Font.load(doc, new ByteArrayInputStream(BOLD), true));
            new PdfLayout(doc, fonts, minutes.footer()).render(minutes.parts());
            identify(doc, minutes, archive);
            return doc;
        } catch (IOException | RuntimeException e) {
            doc.close();
            throw e;
        }
    }

    /** The metadata (Info and XMP, saying the same), the output intent, the language and a document id. */
    private static void identify(PDDocument doc, MinutesDocument minutes, Archive archive) throws IOException {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(minutes.title());
        info.setCreator(PdfXmp.CREATOR);
        info.setProducer(PdfXmp.PRODUCER);
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(PdfXmp.packet(minutes.title(), archive).getBytes(StandardCharsets.UTF_8));
        doc.getDocumentCatalog().setMetadata(metadata);
        PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(SRGB));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        doc.getDocumentCatalog().addOutputIntent(intent);
        doc.getDocumentCatalog().setLanguage("sv");
        doc.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
        PDViewerPreferences prefs = new PDViewerPreferences(new COSDictionary());
        prefs.setDisplayDocTitle(true);
        doc.getDocumentCatalog().setViewerPreferences(prefs);
        byte[] id = Arrays.copyOf(sha256(minutes.markdown() + "\n" + minutes.footer() + "\n" + archive), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has SHA-256", e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = MinutesPdf.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCES + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
