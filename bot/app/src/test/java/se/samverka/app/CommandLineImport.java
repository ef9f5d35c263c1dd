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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.samverka.storage.TestDatabase;

/**
 * What {@code samverka import-minutes} of seed 004 makes on a database of its own, to compare an import from chat
 * with (Slack's, Teams'): the same records, row for row in what they say.
 */
final class CommandLineImport {
    private CommandLineImport() {}

    static byte[] seed004() throws Exception {
        return Files.readAllBytes(ImportMergeTest.seed004());
    }

    static Map<String, Long> records(String database) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : ImportMergeTest.RECORDS) counts.put(table, DbSnapshot.count(database, "SELECT COUNT(*) FROM " + table));
        return counts;
    }

    static List<String> texts(String database, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (var c = TestDatabase.connect(database); var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    /**
     * The command line on a database of its own in {@code folder}: the demo group ({@code console} null) or the
     * console commands as {@code as}, then import-minutes of seed 004 into the demo group's name.
     */
    static String database(Path folder, Clock clock, String console, String as) throws Exception {
        String other = TestDatabase.setting(folder.resolve("cli.db"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        List<String> args = console == null ? List.of("demo", "--db", other) : List.of("console", "--db", other, "--as", as);
        Main.run(args.toArray(String[]::new), Map.of(), new ByteArrayInputStream(String.valueOf(console).getBytes(StandardCharsets.UTF_8)),
                print, print, false, clock);
        Main.run(new String[] {"import-minutes", ImportMergeTest.seed004().toString(), "--group", Demo.GROUP, "--db", other},
                Map.of(), new ByteArrayInputStream(new byte[0]), print, print, false, clock);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("imported the meeting of 2017-09-05"), out.toString(StandardCharsets.UTF_8));
        return other;
    }

    /** {@code db} holds the same records, row for row in what they say, as the command line's {@code other}. */
    static void sameRecords(String other, String db) throws Exception {
        assertEquals(records(other), records(db));
        for (String sql : List.of("SELECT text FROM decision ORDER BY text", "SELECT task || ' ' || COALESCE(due_date, '') FROM action_item ORDER BY task",
                "SELECT text FROM agenda_item WHERE meeting_id IS NOT NULL ORDER BY text")) {
            assertEquals(texts(other, sql), texts(db, sql), sql);
        }
    }
}
