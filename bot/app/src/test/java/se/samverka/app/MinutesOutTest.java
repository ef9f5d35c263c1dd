package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** samverka minutes --format md|html|docx|pdf on the demo group (the seed minutes of 5 September 2017). */
class MinutesOutTest {
    @TempDir
    Path folder;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    int run(String... args) throws Exception {
        out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        return Main.run(args, Map.of(), InputStream.nullInputStream(), print, print, false, clock);
    }

    String db() {
        return folder.resolve("samverka.db").toString();
    }

    @BeforeEach
    void demo() throws Exception {
        assertEquals(0, run("demo", "--db", db()));
    }

    String[] minutes(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("minutes", "--group", "Strategisk grupp integration",
                "--meeting", "2017-09-05", "--db", db()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void theMarkdownIsTheSeedLayoutAsSaved() throws Exception {
        assertEquals(0, run(minutes()));
        String md = out.toString(StandardCharsets.UTF_8);
        Path saved = Path.of(System.getProperty("samverka.root", "../.."), "bot/app/src/test/resources/minutes/seed-2017-09-05.md");
        if (Boolean.getBoolean("golden.update")) Files.writeString(saved, md);
        assertEquals(Files.readString(saved), md, "differs from " + saved + " (-Dgolden.update=true rewrites it)");
        assertEquals(md, se.samverka.core.minutes.MinutesDocument.parse(md, se.samverka.core.minutes.MinutesDocument.Footer.none())
                .markdown(), "the Markdown reads back to the document it was written from");
        for (String part : List.of("# Minnesanteckningar Strategisk grupp integration", "Tid: 09.00-12.00", "Plats: ",
                "Deltagare:", "- Falkenberg: Tor Jacobsen", "Anmält förhinder: Halmstad, Annika Vannerberg",
                "## 1. ", "**Beslut:**", "Åtgärd:", "## Laget runt", "## Nästa möte", "Planerade möten", "## Vid tangenterna")) {
            assertTrue(md.contains(part), part);
        }
    }

    @Test
    void theHtmlHasTheSameContentEscaped() throws Exception {
        assertEquals(0, run(minutes("--format", "html")));
        String html = out.toString(StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"sv\">"), html);
        assertTrue(html.contains("<h1>Minnesanteckningar Strategisk grupp integration</h1>"));
        assertTrue(html.contains("<li>Falkenberg: Tor Jacobsen</li>"));
        assertTrue(html.contains("<p><strong>Beslut:</strong> "));
        assertTrue(html.contains("<h2>Laget runt</h2>"));
        assertTrue(!html.contains("**") && !html.contains("\n## "), "no Markdown left");
        assertTrue(html.contains("<footer>Strategisk grupp integration</footer>"), html);
        assertTrue(html.contains("<li>Åtgärd: Boel Abelson-Crossley och Amina Boulaabi kollar upp möjligheterna"), html);
    }

    @Test
    void noFormatShowsTheChatsInternalNumbers() throws Exception {
        assertEquals(0, run(minutes()));
        String md = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, run(minutes("--format", "html")));
        String html = out.toString(StandardCharsets.UTF_8);
        Path file = folder.resolve("m.docx");
        assertEquals(0, run(minutes("--format", "docx", "--out", file.toString())));
        String word;
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(file))) {
            word = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(java.util.stream.Collectors.joining("\n"));
        }
        for (String text : List.of(md, html, word)) {
            assertTrue(!text.matches("(?s).*\\[#\\d+\\].*") && !text.matches("(?s).*\\bD\\d+\\b.*"), text);
            assertTrue(text.contains("Amina Boulaabi och Annika Vannerberg förbereder ett förslag"), "owners as the subject");
        }
    }

    @Test
    void thePdfIsWrittenToAFileNamedAsTheWordFileWithTheGroupAndTheMeetingInItsMetadata() throws Exception {
        Path file = folder.resolve("protokoll.pdf");
        assertEquals(0, run(minutes("--format", "pdf", "--out", file.toString())));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Wrote " + file + " (pdf, "), out.toString(StandardCharsets.UTF_8));
        try (var doc = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(file))) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains("1. Inledning") && text.contains("Beslut:") && text.contains("Anna-Maria Mårtensson"), text);
            assertTrue(text.contains("Strategisk grupp integration · Sida 2"), "the footer on the second page too: " + text);
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<samverka:meetingDate>2017-09-05</samverka:meetingDate>") && !xmp.contains("<samverka:version>"), xmp);
        }
        assertEquals("--format is md, html, docx or pdf.", Cli.parse(minutes("--format", "odt")));
    }

    @Test
    void theWordFileHasSpaceBetweenParagraphsAndTheGroupAndPageNumberInItsFooter() throws Exception {
        Path file = folder.resolve("protokoll.docx");
        assertEquals(0, run(minutes("--format", "docx", "--out", file.toString())));
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(file))) {
            XWPFParagraph date = doc.getParagraphs().get(1);
            assertEquals("2017-09-05", date.getText(), "the date as the seed writes it");
            assertTrue(date.getSpacingAfter() > 0, "space after a paragraph");
            List<XWPFParagraph> items = doc.getParagraphs().stream().filter(p -> p.getNumID() != null).toList();
            assertTrue(items.stream().allMatch(p -> p.getSpacingAfter() > 0), "and after list items");
            assertTrue(doc.getStyles().getStyle("Heading2").getCTStyle().getPPr().getSpacing().getAfter() != null);
            assertEquals(1, doc.getFooterList().size());
            org.apache.poi.xwpf.usermodel.XWPFFooter footer = doc.getFooterList().get(0);
            assertTrue(footer.getText().startsWith("Strategisk grupp integration · Sida "), footer.getText());
            String xml = footer.getParagraphs().get(0).getCTP().xmlText();
            assertTrue(xml.contains("fldSimple") && xml.contains("PAGE"), "a PAGE field counts the pages: " + xml);
            assertEquals(footer, doc.getHeaderFooterPolicy().getDefaultFooter(), "on every page");
        }
    }

    @Test
    void theWordFileHasRealHeadingsListsAndBoldDecisions() throws Exception {
        Path file = folder.resolve("protokoll.docx");
        assertEquals(0, run(minutes("--format", "docx", "--out", file.toString())));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Wrote " + file + " (docx, "));
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(file))) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            XWPFParagraph title = ps.get(0);
            assertEquals("Heading1", title.getStyle());
            assertEquals("Minnesanteckningar Strategisk grupp integration", title.getText());
            assertEquals("heading 1", doc.getStyles().getStyle("Heading1").getName(), "Word's own heading style");
            List<String> points = ps.stream().filter(p -> "Heading2".equals(p.getStyle())).map(XWPFParagraph::getText).toList();
            assertTrue(points.get(0).startsWith("1. "), points.toString());
            assertTrue(points.contains("Laget runt") && points.contains("Nästa möte") && points.contains("Vid tangenterna"), points.toString());
            List<XWPFParagraph> bullets = ps.stream().filter(p -> p.getNumID() != null).toList();
            assertTrue(bullets.stream().anyMatch(p -> p.getText().equals("Falkenberg: Tor Jacobsen")));
            assertEquals("bullet", bullets.get(0).getNumFmt());
            XWPFParagraph decision = ps.stream().filter(p -> p.getText().startsWith("Beslut:")).findFirst().orElseThrow();
            assertTrue(decision.getRuns().get(0).isBold(), "Beslut: in bold");
            assertTrue(!decision.getRuns().get(1).isBold());
            assertEquals("Minnesanteckningar Strategisk grupp integration", doc.getProperties().getCoreProperties().getTitle());
        }
    }

    @Test
    void aMeetingOrGroupThatIsNotThereIsSaid() throws Exception {
        assertEquals(1, run("minutes", "--group", "Strategisk grupp integration", "--meeting", "1 januari 2016", "--db", db()));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Det finns inget möte"), out.toString(StandardCharsets.UTF_8));
        assertEquals(2, run("minutes", "--group", "Finns inte", "--db", db()));
        assertEquals(2, run("minutes", "--group", "Strategisk grupp integration", "--format", "odt", "--db", db()));
    }
}
