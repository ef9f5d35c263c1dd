package se.samverka.minutes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import se.samverka.core.minutes.MinutesDocument;

/** The minutes as PDF/A-2b: checked by veraPDF, read back as text, bookmarks and XMP, and shown to fail when broken. */
class MinutesPdfTest {
    static final Path SEED_004 = Path.of(System.getProperty("samverka.root", "../.."),
            "bot/app/src/test/resources/minutes/seed-004-by-chat.md");
    static final String GROUP = "Strategisk grupp integration";
    static final MinutesPdf.Archive JUSTERAD = new MinutesPdf.Archive(GROUP, Optional.of(LocalDate.of(2017, 9, 5)),
            Optional.of("2"), List.of("Tor Jacobsen", "Karin Martinsson"), Optional.of(LocalDate.of(2017, 9, 12)));

    @BeforeAll
    static void verapdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    static MinutesDocument seed004() throws IOException {
        return MinutesDocument.parse(Files.readString(SEED_004), new MinutesDocument.Footer(GROUP, "Sida"));
    }

    @Test
    void theMinutesOfSeed004ArePdfA2bWithNoFailedRule() throws Exception {
        byte[] pdf = MinutesPdf.write(seed004(), JUSTERAD);
        ValidationResult result = validate(pdf);
        assertEquals(List.of(), failures(result));
        assertTrue(result.isCompliant());
        assertEquals(PDFAFlavour.PDFA_2_B, result.getPDFAFlavour());
        assertTrue(result.getTotalAssertions() > 1000, "veraPDF checked the file: " + result.getTotalAssertions());
    }

    @Test
    void aDraftWithoutJusteringIsPdfA2bToo() throws Exception {
        MinutesDocument small = MinutesDocument.parse("# Minnesanteckningar Styrgruppen\n\nKort möte.\n",
                new MinutesDocument.Footer("Styrgruppen", "Sida"));
        assertEquals(List.of(), failures(validate(MinutesPdf.write(small))));
    }

    @Test
    void theTextReadsBackWithHeadingsDecisionsSwedishLettersAndTheFooterOnEveryPage() throws Exception {
        try (PDDocument doc = Loader.loadPDF(MinutesPdf.write(seed004(), JUSTERAD))) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages >= 2, "seed 004 fills more than a page: " + pages);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s*\n\\s*", " ");
            assertTrue(text.contains("Minnesanteckningar Strategisk grupp integration 2017-09-05"), text);
            assertTrue(text.contains("1. Inledning"), text);
            assertTrue(text.contains("Beslut: Ingen konferens på temat är aktuellt i nuläget."), text);
            assertTrue(text.contains("Laholm: Anna-Maria Mårtensson"), text);
            assertTrue(text.contains("Info om Laholms arbete med integration. Anna – Maria skickar ut ppt."), text);
            assertTrue(text.contains("Anmält förhinder: Halmstad, Annika Vannerberg"), text);
            assertEquals(Set.of("DejaVuSans-Bold"), fontsOf("Beslut:", doc), "a decision's word is bold");
            assertEquals(Set.of("DejaVuSans"), fontsOf("Tid: 09.00-12.00", doc));
            for (int p = 1; p <= pages; p++) {
                PDFTextStripper one = new PDFTextStripper();
                one.setStartPage(p);
                one.setEndPage(p);
                assertTrue(one.getText(doc).strip().endsWith(GROUP + " · Sida " + p), "page " + p);
            }
        }
    }

    @Test
    void everyCharacterOfSwedishMinutesIsShownAndNothingIsLostInWrapping() throws Exception {
        String line = "Åsa och Örjan – ”en lång mening” om äldreomsorg, öppenhet och ålderdom; ";
        MinutesDocument doc = new MinutesDocument("Protokoll", new MinutesDocument.Footer("Grupp ÅÄÖ", "Sida"), List.of(
                new MinutesDocument.Part.Heading(1, "Protokoll åäö ÅÄÖ"),
                new MinutesDocument.Part.Paragraph(List.of(line.repeat(12), "Beslut:", " fetstil mitt i")),
                new MinutesDocument.Part.Bullets(List.of(List.of("en punkt med ", "fet", " text"), List.of("https://example.org/"
                        + "x".repeat(150))))));
        byte[] pdf = MinutesPdf.write(doc);
        assertEquals(List.of(), failures(validate(pdf)));
        try (PDDocument read = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(read);
            String flat = text.replaceAll("\\s+", " ");
            assertTrue(flat.contains("Protokoll åäö ÅÄÖ"), text);
            assertTrue(flat.contains(line.repeat(12) + "Beslut: fetstil mitt i"), text);
            assertTrue(flat.contains("• en punkt med fet text"), text);
            assertTrue(text.replaceAll("\\s+", "").contains("https://example.org/" + "x".repeat(150)), text);
            assertTrue(flat.contains("Grupp ÅÄÖ · Sida 1"), text);
        }
    }

    @Test
    void theHeadingsAreBookmarksNestedUnderTheTitle() throws Exception {
        try (PDDocument doc = Loader.loadPDF(MinutesPdf.write(seed004(), JUSTERAD))) {
            PDOutlineNode outline = doc.getDocumentCatalog().getDocumentOutline();
            List<String> top = titles(outline);
            assertEquals(List.of("Minnesanteckningar Strategisk grupp integration"), top);
            List<String> points = titles(outline.getFirstChild());
            assertEquals("1. Inledning", points.get(0));
            assertTrue(points.size() >= 5, points.toString());
            assertTrue(outline.getFirstChild().getFirstChild().getDestination() != null);
        }
    }

    @Test
    void theXmpNamesTheMinutesTheGroupTheMeetingAndTheJustering() throws Exception {
        XMPMetadata xmp = xmp(MinutesPdf.write(seed004(), JUSTERAD));
        PDFAIdentificationSchema id = xmp.getPDFAIdentificationSchema();
        assertEquals(2, id.getPart());
        assertEquals("B", id.getConformance());
        DublinCoreSchema dc = xmp.getDublinCoreSchema();
        assertEquals("Minnesanteckningar Strategisk grupp integration", dc.getTitle());
        assertEquals(1, dc.getDates().size());
        String own = ownFields(MinutesPdf.write(seed004(), JUSTERAD));
        assertTrue(own.contains("<samverka:group>Strategisk grupp integration</samverka:group>"), own);
        assertTrue(own.contains("<samverka:meetingDate>2017-09-05</samverka:meetingDate>"), own);
        assertTrue(own.contains("<samverka:version>2</samverka:version>"), own);
        assertTrue(own.contains("<rdf:li>Tor Jacobsen</rdf:li><rdf:li>Karin Martinsson</rdf:li>"), own);
        assertTrue(own.contains("<samverka:adjustedOn>2017-09-12</samverka:adjustedOn>"), own);
        try (PDDocument doc = Loader.loadPDF(MinutesPdf.write(seed004(), JUSTERAD))) {
            assertEquals(dc.getTitle(), doc.getDocumentInformation().getTitle());
            assertEquals("sv", doc.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void fieldsNotGivenAreLeftOut() throws Exception {
        MinutesPdf.Archive draft = MinutesPdf.Archive.draft("Grupp & <Co>", Optional.empty());
        String own = ownFields(MinutesPdf.write(seed004(), draft));
        assertTrue(own.contains("<samverka:group>Grupp &amp; &lt;Co&gt;</samverka:group>"), own);
        for (String absent : List.of("<samverka:meetingDate>", "<samverka:version>", "<samverka:adjusters>",
                "<samverka:adjustedOn>", "<dc:date>")) {
            assertFalse(own.contains(absent), absent);
        }
        assertEquals(List.of(), failures(validate(MinutesPdf.write(seed004(), draft))));
    }

    @Test
    void theSameMinutesGiveTheSameBytes() throws Exception {
        assertArrayEquals(MinutesPdf.write(seed004(), JUSTERAD), MinutesPdf.write(seed004(), JUSTERAD));
    }

    @Test
    void withoutTheOutputIntentTheFileIsNotPdfA() throws Exception {
        try (PDDocument doc = MinutesPdf.document(seed004(), JUSTERAD)) {
            doc.getDocumentCatalog().setOutputIntents(List.of());
            ValidationResult result = validate(save(doc));
            assertFalse(result.isCompliant());
            assertTrue(failedClauses(result).stream().anyMatch(c -> c.startsWith("6.2.4")), failures(result).toString());
        }
    }

    @Test
    void aFontThatIsNotEmbeddedIsReported() throws Exception {
        try (PDDocument doc = MinutesPdf.document(seed004(), JUSTERAD)) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDFont helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.beginText();
                s.setFont(helvetica, 11);
                s.newLineAtOffset(72, 720);
                s.showText("Bilaga");
                s.endText();
            }
            ValidationResult result = validate(save(doc));
            assertFalse(result.isCompliant());
            assertTrue(failedClauses(result).contains("6.2.11.4.1"), failures(result).toString());
        }
    }

    static ValidationResult validate(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            return validator.validate(parser);
        }
    }

    static List<String> failures(ValidationResult result) {
        return result.getTestAssertions().stream().filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                .distinct().toList();
    }

    static Set<String> failedClauses(ValidationResult result) {
        return result.getTestAssertions().stream().filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                .map(a -> a.getRuleId().getClause()).collect(Collectors.toSet());
    }

    /** The fonts (without their subset tag) that a run of text starting with {@code start} is set in. */
    private static Set<String> fontsOf(String start, PDDocument doc) throws IOException {
        Set<String> fonts = new java.util.TreeSet<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                if (text.startsWith(start)) {
                    positions.subList(0, start.length()).forEach(t -> fonts.add(t.getFont().getName().replaceAll("^[A-Z]{6}\\+", "")));
                }
                super.writeString(text, positions);
            }
        };
        stripper.getText(doc);
        return fonts;
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    private static XMPMetadata xmp(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new DomXmpParser().parse(doc.getDocumentCatalog().getMetadata().toByteArray());
        }
    }

    /** The XMP packet's text (Samverka's own fields are plain elements in it). */
    private static String ownFields(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new String(doc.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static List<String> titles(PDOutlineNode node) {
        List<String> out = new ArrayList<>();
        node.children().forEach(i -> out.add(i.getTitle()));
        return out;
    }
}
