package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing minutes that do not double: merged into a meeting with records, non-minutes refused, planned meetings, notes. */
class ImportMergeTest {
    static final Path SHARED = Path.of(System.getProperty("samverka.root", "../.."), "../shared");
    static final Path SEED = SHARED.resolve("eval/minutes-dev/00_seed-004-strategisk-grupp-integration-2017-09-05.txt");

    @TempDir
    Path folder;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    String run(String input, String... args) throws Exception {
        out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        Main.run(args, Map.of(), new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), print, print, false, clock);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The database the command line and the checks use: the file, or on the PostgreSQL run its database. */
    String db() {
        return se.samverka.storage.TestDatabase.setting(folder.resolve("samverka.db"));
    }

    void group() throws Exception {
        run("grupp skapa Strategisk grupp integration\nmedlem Tor Jacobsen, Falkenberg, tor@example.se\n",
                "console", "--db", db(), "--as", "Amina Boulaabi");
    }

    String importing(Path file) throws Exception {
        return run("", "import-minutes", file.toString(), "--group", "Strategisk grupp integration", "--db", db());
    }

    int count(String sql) throws Exception {
        return (int) DbSnapshot.count(db(), sql);
    }

    @Test
    void theSameMeetingsMinutesAgainInAnotherCopyAddOnlyWhatIsNew() throws Exception {
        group();
        importing(SEED);
        int decisions = count("SELECT COUNT(*) FROM decision");
        int actions = count("SELECT COUNT(*) FROM action_item");
        int agenda = count("SELECT COUNT(*) FROM agenda_item WHERE meeting_id IS NOT NULL");
        int reports = count("SELECT COUNT(*) FROM round_table_entry");
        assertTrue(decisions > 0 && actions > 0 && agenda > 0 && reports > 0);
        assertTrue(count("SELECT COUNT(*) FROM meeting_note") > 0, "the discussion under the points became notes");
        // another copy of the same minutes (another file, so another checksum), with one decision more at the end
        Path copy = folder.resolve("kopia.txt");
        Files.writeString(copy, Files.readString(SEED) + "\nBeslut: Gruppen inför en gemensam rutin för återsökningar från och med januari.\n");
        String report = importing(copy);
        assertEquals(decisions + 1, count("SELECT COUNT(*) FROM decision"), report);
        assertEquals(actions, count("SELECT COUNT(*) FROM action_item"), report);
        assertEquals(agenda, count("SELECT COUNT(*) FROM agenda_item WHERE meeting_id IS NOT NULL"), report);
        assertEquals(reports, count("SELECT COUNT(*) FROM round_table_entry"), report);
        assertEquals(1, count("SELECT COUNT(*) FROM meeting WHERE status = 'planned'"), "merged into the meeting, not a second one");
    }

    /** The rows per table the import may add to or double: what the demo group's meeting already holds. */
    static final List<String> RECORDS = List.of("meeting", "agenda_item", "decision", "action_item", "action_owner",
            "round_table_entry", "meeting_note", "attendance", "member");

    Map<String, Integer> counts() throws Exception {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (String table : RECORDS) counts.put(table, count("SELECT COUNT(*) FROM " + table));
        return counts;
    }

    /** Seed 004 as it lies in ../shared/seeds: the real minutes the demo group is replayed from. */
    static Path seed004() throws Exception {
        try (Stream<Path> files = Files.list(SHARED.resolve("seeds"))) {
            return files.filter(p -> p.getFileName().toString().startsWith("004_")).findFirst().orElseThrow();
        }
    }

    /** The texts of a table's rows of the demo's meeting of 5 September 2017 (the one seed 004 is the minutes of). */
    List<String> texts(String sql) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        try (var c = se.samverka.storage.TestDatabase.connect(db()); var st = c.createStatement();
             var rs = st.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    @Test
    void theMinutesTheDemoComesFromMergeIntoTheDemoGroupInsteadOfDoublingIt() throws Exception {
        assertTrue(run("", "demo", "--db", db()).contains("Demo loaded"));
        Map<String, Integer> before = counts();
        List<String> agendaBefore = texts("SELECT text FROM agenda_item WHERE meeting_id IS NOT NULL");
        String report = importing(seed004());
        assertTrue(report.contains("imported the meeting of 2017-09-05") && report.contains("(0 new guests)"), report);
        Map<String, Integer> after = counts();
        for (String table : List.of("meeting", "decision", "action_item", "action_owner", "round_table_entry", "member",
                "attendance")) {
            assertEquals(before.get(table), after.get(table), table + " not doubled: " + report);
        }
        assertTrue(after.get("meeting_note") > before.get("meeting_note"), "the discussion became notes: " + report);
        // an item the demo left out ("Nästa möte") may come, but none alike one the meeting had
        List<String> added = texts("SELECT text FROM agenda_item WHERE meeting_id IS NOT NULL");
        added.removeAll(agendaBefore);
        assertTrue(added.size() <= 1, "added " + added);
        for (String item : added) {
            assertTrue(agendaBefore.stream().noneMatch(old -> se.samverka.core.text.Likeness.alike(old, item)), item + " doubles an item");
        }
        String again = importing(seed004());
        assertTrue(again.contains("already imported"), again);
        assertEquals(after, counts(), "a second import changes nothing");
    }

    @Test
    void documentsThatAreNotMinutesAreRefusedAsSuchAndChangeNothing() throws Exception {
        group();
        List<Path> others;
        try (Stream<Path> files = Files.list(SHARED.resolve("seeds"))) {
            others = files.filter(p -> !p.getFileName().toString().startsWith("004")).sorted().toList();
        }
        assertEquals(4, others.size());
        for (Path p : others) {
            String before = DbSnapshot.of(db());
            String report = importing(p);
            assertTrue(report.contains("does not look like minutes"), p + " → " + report);
            assertEquals(before, DbSnapshot.of(db()), p + " changed nothing");
        }
    }

    @Test
    void everyLabelledMinutesDocumentIsTakenForMinutes() throws Exception {
        group();
        List<Path> minutes;
        try (Stream<Path> files = Files.list(SHARED.resolve("eval/minutes-dev"))) {
            minutes = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertEquals(14, minutes.size());
        for (Path p : minutes) {
            String report = importing(p);
            assertFalse(report.contains("does not look like minutes"), p + " → " + report);
        }
    }

    @Test
    void plannedMeetingsInTheFutureBecomeMeetings() throws Exception {
        clock = Clock.fixed(Instant.parse("2017-09-06T10:00:00Z"), ZoneOffset.UTC);
        group();
        String report = importing(SEED);
        assertTrue(count("SELECT COUNT(*) FROM meeting WHERE status = 'planned'") >= 2, report);
        clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    }

    @Test
    void plannedMeetingsInThePastDoNot() throws Exception {
        group();
        importing(SEED);
        assertEquals(1, count("SELECT COUNT(*) FROM meeting WHERE status = 'planned'"));
    }
}
