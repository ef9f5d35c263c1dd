package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** samverka import-minutes: old minutes into a group's history, once. */
class ImportMinutesTest {
    static final Path EVAL = Path.of(System.getProperty("samverka.root", "../.."), "../shared/eval/minutes-dev");
    static final String SEED = EVAL.resolve("00_seed-004-strategisk-grupp-integration-2017-09-05.txt").toString();

    @TempDir
    Path folder;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    int run(String input, String... args) throws Exception {
        out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        return Main.run(args, Map.of(), new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), print, print,
                false, clock);
    }

    Path db() {
        return folder.resolve("samverka.db");
    }

    void group() throws Exception {
        assertEquals(0, run("grupp skapa Strategisk grupp integration\nmedlem Tor Jacobsen, Falkenberg, tor@example.se\n"
                + "medlem Anna-Maria Mårtensson, Laholm\n", "console", "--db", db().toString(), "--as", "Amina Boulaabi"));
    }

    @Test
    void oldMinutesBecomeTheGroupsHistoryOnce() throws Exception {
        group();
        assertEquals(0, run("", "import-minutes", SEED, "--group", "strategisk grupp integration", "--db", db().toString()));
        String report = out.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("[1/1] ") && report.contains("imported the meeting of 2017-09-05 09:00"), report);
        assertTrue(report.contains("Done: 1 imported, 0 already there, 0 not imported"), report);
        assertEquals(1, DbSnapshot.count(db(), "SELECT COUNT(*) FROM meeting WHERE ics_uid LIKE 'import-%'"));
        assertEquals(6, DbSnapshot.count(db(), "SELECT COUNT(*) FROM decision"));
        assertEquals(6, DbSnapshot.count(db(), "SELECT COUNT(*) FROM action_item WHERE status = 'open'"));
        assertEquals(7, DbSnapshot.count(db(), "SELECT COUNT(*) FROM agenda_item WHERE meeting_id IS NOT NULL"));
        assertEquals(5, DbSnapshot.count(db(), "SELECT COUNT(*) FROM round_table_entry"));
        assertEquals(8, DbSnapshot.count(db(), "SELECT COUNT(*) FROM attendance WHERE status = 'present'"));
        assertEquals(1, DbSnapshot.count(db(), "SELECT COUNT(*) FROM attendance a JOIN member m ON m.id = a.member_id"
                + " WHERE a.status = 'absent' AND m.name = 'Annika Vannerberg'"));
        assertEquals(0, DbSnapshot.count(db(), "SELECT COUNT(*) FROM member WHERE name = 'Tor Jacobsen' AND guest = 1"),
                "a member stays a member");
        assertEquals(1, DbSnapshot.count(db(), "SELECT COUNT(*) FROM member WHERE name = 'Lovisa Ljungberg' AND guest = 1"
                + " AND organisation = 'Länsstyrelsen'"), "someone new is a guest, with the organisation the minutes give");
        assertEquals(1, DbSnapshot.count(db(), "SELECT COUNT(*) FROM action_owner o JOIN member m ON m.id = o.member_id"
                + " WHERE m.name = 'Anna-Maria Mårtensson'"), "\"Anna – Maria skickar ut ppt\" is the member's item");

        String before = DbSnapshot.of(db());
        assertEquals(0, run("", "import-minutes", SEED, "--group", "Strategisk grupp integration", "--db", db().toString()));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("already imported (the meeting of 2017-09-05 09:00); nothing changed"));
        assertEquals(before, DbSnapshot.of(db()), "a second import changes nothing");

        assertEquals(0, run("åtgärder alla\n", "console", "--db", db().toString(), "--group", "Strategisk grupp integration",
                "--as", "Amina Boulaabi"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("mailar ut syftet med föreläsningen"), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFileThatCannotBeImportedIsSaidAndTheOthersGoIn() throws Exception {
        group();
        Path dateless = folder.resolve("utan-datum.txt");
        Files.writeString(dateless, "Anteckningar\nNärvarande: Tor Jacobsen\nBeslut: Vi fortsätter.\n");
        assertEquals(1, run("", "import-minutes", dateless.toString(), folder.resolve("finns-inte.docx").toString(), SEED,
                "--group", "Strategisk grupp integration", "--db", db().toString()));
        String report = out.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("[1/3] " + dateless + ": not imported: no meeting date found in the document"), report);
        assertTrue(report.contains("finns-inte.docx: no such file"), report);
        assertTrue(report.contains("Done: 1 imported, 0 already there, 2 not imported"), report);
        assertEquals(2, run("", "import-minutes", SEED, "--group", "Finns inte", "--db", db().toString()));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("There is no group called \"Finns inte\""));
    }
}
