package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The archive copy end to end through the real program (Main.run, a real SQLite file): a meeting justerad by chat in
 * the console gets one PDF/A-2b copy in {@code minutes_archive} that veraPDF passes, whose SHA-256 matches and whose
 * XMP names the group and the version; {@code samverka archive} writes it and an RFC 4180 index.csv that says what
 * the file is; an unknown group or a year without justerade minutes is refused and writes nothing.
 */
class ArchiveExportTest {
    /** A comma in the group's name: the index must quote it. */
    static final String GROUP = "Samverkan Halland, strategisk grupp";
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @TempDir
    Path folder;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Clock clock = at("2026-11-02T10:00");

    static Clock at(String local) {
        return Clock.fixed(LocalDateTime.parse(local).atZone(STOCKHOLM).toInstant(), STOCKHOLM);
    }

    @BeforeAll
    static void verapdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    int run(String input, String... args) throws Exception {
        out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        return Main.run(args, Map.of(), new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), print, print,
                false, clock);
    }

    String said() {
        return out.toString(StandardCharsets.UTF_8);
    }

    Path db() {
        return folder.resolve("samverka.db");
    }

    void console(String as, String lines) throws Exception {
        assertEquals(0, run(lines, "console", "--db", db().toString(), "--group", GROUP, "--as", as), said());
    }

    @BeforeEach
    void justeradByChat() throws Exception {
        assertEquals(0, run("grupp skapa " + GROUP + "\n", "console", "--db", db().toString(), "--as", "Amina Boulaabi"),
                said());
        console("Amina Boulaabi", """
                medlem Amina Boulaabi, Region Halland, sekreterare
                medlem Tor Jacobsen, Falkenberg
                möte 2 november 13-16 Halmstad
                """);
        clock = at("2026-11-02T17:00"); // the meeting is held
        console("Amina Boulaabi", """
                punkt Budget 2027
                beslut punkt 1: Vi antar budgeten.
                justerare Tor
                protokoll klart
                """);
        clock = at("2026-11-04T09:00");
        console("Tor Jacobsen", "justera\n");
        assertEquals(1, DbSnapshot.count(db(), "SELECT COUNT(*) FROM minutes_archive"), said());
    }

    record Stored(byte[] pdf, String sha256, long bytes, String meetingDate, int version) {}

    Stored stored() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db());
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT pdf, sha256, bytes, meeting_date, version FROM minutes_archive")) {
            assertTrue(r.next());
            return new Stored(r.getBytes(1), r.getString(2), r.getLong(3), r.getString(4), r.getInt(5));
        }
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    static List<String> failures(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            assertTrue(result.getTotalAssertions() > 1000, "veraPDF checked the file: " + result.getTotalAssertions());
            assertEquals(PDFAFlavour.PDFA_2_B, result.getPDFAFlavour());
            return result.getTestAssertions().stream().filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().toList();
        }
    }

    @Test
    void theStoredCopyIsPdfA2bWithItsHashAndTheGroupAndVersionInItsXmp() throws Exception {
        Stored copy = stored();
        assertEquals(List.of(), failures(copy.pdf()));
        assertEquals(sha256(copy.pdf()), copy.sha256());
        assertEquals(copy.pdf().length, copy.bytes());
        assertEquals("2026-11-02", copy.meetingDate());
        assertEquals(1, copy.version());
        try (PDDocument doc = Loader.loadPDF(copy.pdf())) {
            PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
            String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<samverka:group>" + GROUP + "</samverka:group>"), xmp);
            assertTrue(xmp.contains("<samverka:version>1</samverka:version>"), xmp);
            assertTrue(xmp.contains("<samverka:meetingDate>2026-11-02</samverka:meetingDate>"), xmp);
            assertTrue(xmp.contains("<rdf:li>Tor Jacobsen</rdf:li>"), xmp);
            assertTrue(xmp.contains("<samverka:adjustedOn>2026-11-04</samverka:adjustedOn>"), xmp);
        }
    }

    @Test
    void theExportWritesTheCopyAndAnIndexThatSaysWhatItIs() throws Exception {
        Path dir = folder.resolve("arkiv");
        String before = DbSnapshot.of(db());
        assertEquals(0, run("", "archive", "--group", GROUP, "--year", "2026", "--out", dir.toString(), "--db",
                db().toString()), said());
        assertTrue(said().contains("Wrote 1 archive copies"), said());
        assertEquals(before, DbSnapshot.of(db()), "exporting changes nothing in the database");
        assertEquals(List.of("index.csv", "samverkan-halland-strategisk-grupp_2026-11-02_v1.pdf"), names(dir),
                "the copy and the index, no staging folder left");

        byte[] index = Files.readAllBytes(dir.resolve("index.csv"));
        String text = new String(index, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\r\n") && text.replace("\r\n", "").indexOf('\n') < 0, "CRLF ends every record");
        List<List<String>> rows = csv(text);
        assertEquals(2, rows.size(), text);
        assertEquals(ArchiveExport.HEADER, rows.get(0));
        assertEquals(List.of("group", "meeting_date", "meeting_title", "version", "paragraphs", "decisions", "adjusters",
                "adjusted_on", "file", "sha256", "bytes"), rows.get(0));
        List<String> row = rows.get(1);
        assertEquals(11, row.size(), text);
        assertEquals(GROUP, row.get(0), "the comma in the name is quoted, not a field break");
        assertEquals("2026-11-02", row.get(1));
        assertFalse(row.get(2).isBlank(), text);
        assertEquals("1", row.get(3));
        assertTrue(row.get(4).contains("1/2026"), "the decision's §: " + row.get(4));
        assertTrue(row.get(5).contains("D1"), "the decision's number: " + row.get(5));
        assertEquals("Tor Jacobsen", row.get(6));
        assertEquals("2026-11-04", row.get(7));
        Path pdf = dir.resolve(row.get(8));
        assertTrue(Files.isRegularFile(pdf), row.get(8));
        byte[] written = Files.readAllBytes(pdf);
        assertEquals(sha256(written), row.get(9));
        assertEquals(String.valueOf(Files.size(pdf)), row.get(10));
        assertArrayEquals(stored().pdf(), written, "the stored bytes, not rendered again");
    }

    @Test
    void anUnknownGroupIsRefusedAndNothingIsWritten() throws Exception {
        Path dir = Files.createDirectory(folder.resolve("tom"));
        String before = DbSnapshot.of(db());
        int code = run("", "archive", "--group", "Finns inte", "--year", "2026", "--out", dir.toString(), "--db",
                db().toString());
        assertNotEquals(0, code);
        assertTrue(said().contains("no group called \"Finns inte\""), said());
        assertFalse(said().contains("Exception"), said());
        assertEquals(List.of(), names(dir));
        assertEquals(before, DbSnapshot.of(db()));
    }

    @Test
    void aYearWithoutJusteradeMinutesIsRefusedAndNothingIsWritten() throws Exception {
        Path dir = folder.resolve("arkiv-2025");
        String before = DbSnapshot.of(db());
        int code = run("", "archive", "--group", GROUP, "--year", "2025", "--out", dir.toString(), "--db", db().toString());
        assertNotEquals(0, code);
        assertTrue(said().contains("has no justerade minutes from 2025") && said().contains("Nothing written"), said());
        assertFalse(Files.exists(dir), "no folder made");
        Path existing = Files.createDirectory(folder.resolve("arkiv-befintlig"));
        assertNotEquals(0, run("", "archive", "--group", GROUP, "--year", "2025", "--out", existing.toString(), "--db",
                db().toString()));
        assertEquals(List.of(), names(existing));
        assertEquals(before, DbSnapshot.of(db()));
    }

    /** Every entry in the folder, hidden ones too, sorted. */
    static List<String> names(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** RFC 4180: records end with CRLF; a quoted field may hold commas, CRLF and doubled quotes. */
    static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertFalse(quoted, "an unclosed quote");
        assertTrue(row.isEmpty() && field.isEmpty(), "the last record ends with CRLF");
        return rows;
    }
}
