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
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverka.config.ConfigLoader;
import se.samverka.core.chat.ChatUser;
import se.samverka.core.chat.IncomingCommand;
import se.samverka.core.domain.Group;
import se.samverka.core.domain.Lang;
import se.samverka.core.web.WebLinks;
import se.samverka.integrations.console.ConsoleSession;
import se.samverka.integrations.console.TextRenderer;
import se.samverka.storage.LocalPostgres;
import se.samverka.storage.SqliteWebSessions;
import se.samverka.storage.TestDatabase;

/**
 * {@code samverka migrate-db} on real databases: a SQLite file filled through the bot (the demo group, then notes,
 * decisions, action items with owners, an edit and a removal with their history, a retried delivery, a web session,
 * the outbox with messages sent and pending) copied to a real PostgreSQL server, back, and to another file.
 */
class MigrateDbTest {
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    /** What the bot is asked on the original and on each copy: the answers must be the same. */
    static final List<String> QUESTIONS = List.of("åtgärder", "åtgärder alla", "sök konferens", "historik D2",
            "historik D1", "protokoll 2017-09-05", "anteckning 1");

    @TempDir
    static Path shared;
    static Path source;
    static Map<String, String> originalAnswers;

    @TempDir
    Path folder;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void fillASqliteFileThroughTheBot() throws Exception {
        source = shared.resolve("samverka.db");
        MutableClock clock = new MutableClock(at("2017-09-05T11:30"), STOCKHOLM);
        try (Samverka bot = Samverka.open(ConfigLoader.load(Map.of(ConfigLoader.DB, source.toString())), clock)) {
            assertTrue(Demo.load(bot, clock));
            clock.set(at("2017-09-05T11:30"));
            ConsoleSession amina = new ConsoleSession(bot.assistant(), Optional.of(Demo.GROUP), Demo.SECRETARY);
            for (String command : List.of("grupp koppla " + Demo.GROUP,
                    "anteckning 2017-09-05 punkt 4: Statistiken över konferensdeltagare visar en ökning.",
                    "beslut 2017-09-05 punkt 4: Konferensdagen i maj planeras tillsammans med Laholm.",
                    "åtgärd 2017-09-05 punkt 4: Tor och Mats bokar lokal för konferensdagen senast 2017-10-01",
                    "ändra D1: Erfarenhetsutbyte kring återsökningar blir stående punkt från oktober.",
                    "ta bort D2")) {
                var reply = amina.send(command);
                assertFalse(reply.rejected(), command + ": " + TextRenderer.render(reply));
            }
            ChatUser user = new ChatUser("console:amina-boulaabi", Demo.SECRETARY, Optional.empty(), true);
            IncomingCommand delivered = new IncomingCommand(amina.conversation(), user, "punkt Rapport från konferensen",
                    List.of(), Optional.of("trigger-4711"));
            var reply = bot.assistant().handle(delivered);
            assertFalse(reply.rejected(), TextRenderer.render(reply));
            bot.assistant().handle(delivered); // the platform's retry: carried out once
            openWebSession(bot, clock);
            scheduler(bot.database().dataSource()).scheduleIfNotExists(TASK.instance("reminder-1", "Påminnelse om konferensen"),
                    at("2017-10-20T08:00"));
            clock.set(at("2017-10-13T09:30"));
            bot.followUp().plan();
            bot.outboxSender().sendDue();
            clock.set(at("2017-10-19T09:30"));
            bot.followUp().plan();
        }
        assertTrue(count(source.toString(), "SELECT COUNT(*) FROM outbox WHERE status = 'sent'") > 0, "some sent");
        assertTrue(count(source.toString(), "SELECT COUNT(*) FROM outbox WHERE status = 'pending'") > 0, "some pending");
        assertEquals(1, count(source.toString(), "SELECT COUNT(*) FROM processed_request"));
        assertTrue(count(source.toString(), "SELECT COUNT(*) FROM record_change WHERE change = 'remove'") > 0);
        originalAnswers = answers(source.toString());
        assertFalse(originalAnswers.get("sök konferens").contains("Ingen konferens på temat"), "a removed decision is not found");
    }

    /** A task of db-scheduler's own (its table holds BYTEA/BLOB data, a BOOLEAN and TIMESTAMPTZ/TIMESTAMP times). */
    static final OneTimeTask<String> TASK = Tasks.oneTime("migrate-check", String.class).execute((instance, context) -> { });

    static SchedulerClient scheduler(javax.sql.DataSource source) {
        return SchedulerClient.Builder.create(source, TASK).build();
    }

    /** The task's time and data as db-scheduler reads them from the database. */
    static String scheduled(String db) {
        try (var database = TestDatabase.open(db)) {
            var execution = scheduler(database.dataSource()).getScheduledExecution(TaskInstanceId.of("migrate-check", "reminder-1"))
                    .orElseThrow();
            return execution.getExecutionTime() + " " + execution.getData() + " picked=" + execution.isPicked();
        }
    }

    private static void openWebSession(Samverka bot, Clock clock) {
        var store = bot.store();
        Group group = store.transactions().inTransaction(() -> store.groups().named(Demo.GROUP).get(0), g -> true);
        WebLinks.Claims claims = new WebLinks.Claims("console", "local", "console:amina-boulaabi", Demo.SECRETARY, Lang.SV,
                List.of(group.scope()), clock.instant().plusSeconds(3600));
        var sessions = SqliteWebSessions.on(bot.database());
        store.transactions().run(() -> sessions.open("hash-of-the-cookie", claims, "csrf-token", clock.instant()));
    }

    @Test
    void aBotFilledFileCopiedToPostgresAnswersTheSameAndASecondRunChangesNothing() throws Exception {
        String postgres = newPostgres();
        long start = System.nanoTime();
        assertEquals(0, migrate(source.toString(), postgres), err());
        System.out.printf("migrate-db of the demo data to PostgreSQL: %d ms%n", (System.nanoTime() - start) / 1_000_000);
        assertTrue(out().contains("Copied ") && out().contains("every table's row count and SHA-256 match"), out());
        assertTrue(out().matches("(?s).*\\ndecision +\\d+ +\\d+  ok\\n.*"), out());
        assertFalse(out().contains("DIFFERS"), out());

        String copied = TestDatabase.snapshot(postgres);
        out.reset();
        assertEquals(0, migrate(source.toString(), postgres), err());
        assertTrue(out().contains("Already copied, verified") && out().contains("nothing changed"), out());
        assertEquals(copied, TestDatabase.snapshot(postgres), "a second run changes nothing");

        assertSameAnswers(answers(postgres), false);
        assertEquals(scheduled(source.toString()), scheduled(postgres));
        assertEquals(at("2017-10-20T08:00") + " Påminnelse om konferensen picked=false", scheduled(postgres));
        long highest = count(source.toString(), "SELECT MAX(id) FROM decision");
        Map<String, String> added = ask(postgres, List.of("beslut 2017-09-05 punkt 5: Ett beslut efter flytten."));
        assertTrue(added.values().iterator().next().contains("Ett beslut efter flytten"), added.toString());
        assertEquals(highest + 1, count(postgres, "SELECT MAX(id) FROM decision"), "a new row gets the next id");

        out.reset();
        String used = TestDatabase.snapshot(postgres);
        assertEquals(1, migrate(source.toString(), postgres));
        assertTrue(err().contains("Refused") && err().contains("already holds other data"), err());
        assertEquals(used, TestDatabase.snapshot(postgres), "a used target is left untouched");
    }

    @Test
    void aRowChangedInTheCopyIsFoundByItsChecksumAndNothingIsOverwritten() throws Exception {
        String postgres = newPostgres();
        assertEquals(0, migrate(source.toString(), postgres), err());
        try (Connection c = TestDatabase.connect(postgres); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE action_item SET due_date = '2017-12-24' WHERE id = (SELECT MIN(id) FROM action_item)");
        }
        String changed = TestDatabase.snapshot(postgres);
        out.reset();
        assertEquals(1, migrate(source.toString(), postgres));
        assertTrue(err().contains("differs in action_item)"), err());
        assertTrue(out().matches("(?s).*\\naction_item +(\\d+) +\\1  DIFFERS\\n.*"), out());
        assertEquals(changed, TestDatabase.snapshot(postgres));
    }

    @Test
    void aCopyThatDoesNotVerifyIsRolledBackWhole() throws Exception {
        String postgres = newPostgres();
        try (Connection c = TestDatabase.connect(postgres); Statement st = c.createStatement()) {
            // the target's own trigger changes one decision as it is written: the copy's checksum must see it
            st.execute("""
                    CREATE FUNCTION garble() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN IF NEW.number = 3 THEN NEW.text := NEW.text || ' (ändrat)'; END IF; RETURN NEW; END $$""");
            st.execute("CREATE TRIGGER garble BEFORE INSERT ON decision FOR EACH ROW EXECUTE FUNCTION garble()");
        }
        String empty = TestDatabase.snapshot(postgres);
        assertEquals(1, migrate(source.toString(), postgres));
        assertTrue(err().startsWith("Verification failed: after copying, decision, (search index) did not match"), err());
        assertTrue(err().contains("the copy was rolled back"), err());
        assertEquals(empty, TestDatabase.snapshot(postgres), "nothing kept");
    }

    @Test
    void thePostgresCopyMovesBackToSqliteWithItsSearchAndToAnotherServer() throws Exception {
        String postgres = newPostgres();
        assertEquals(0, migrate(source.toString(), postgres), err());
        Path back = folder.resolve("back").resolve("samverka.db");
        assertEquals(0, migrate(postgres, back.toString()), err());
        assertSameAnswers(answers(back.toString()), true);
        assertEquals(scheduled(source.toString()), scheduled(back.toString()));
        assertEquals(rows(source, "SELECT rowid, kind, ref_id, body FROM search_trigram ORDER BY rowid"),
                rows(back, "SELECT rowid, kind, ref_id, body FROM search_trigram ORDER BY rowid"), "the same index, in order");
        assertEquals(rows(source, "SELECT rowid, * FROM channel_binding ORDER BY rowid"),
                rows(back, "SELECT rowid, * FROM channel_binding ORDER BY rowid"));
        String another = newPostgres();
        assertEquals(0, migrate(postgres, another), err());
        assertEquals(TestDatabase.snapshot(postgres), TestDatabase.snapshot(another), "server to server: the same rows");
    }

    @Test
    void aFileCopiedToAFileAnswersTheSame() throws Exception {
        Path copy = folder.resolve("copy.db");
        assertEquals(0, migrate(source.toString(), copy.toString()), err());
        assertSameAnswers(answers(copy.toString()), true);
        assertEquals(rows(source, "SELECT rowid, body FROM search_text ORDER BY rowid"),
                rows(copy, "SELECT rowid, body FROM search_text ORDER BY rowid"));
        assertEquals(0, migrate(source.toString(), copy.toString()));
        assertTrue(out().contains("Already copied, verified"), out());
    }

    @Test
    void aTargetHoldingOtherDataIsRefusedAndLeftUntouched() throws Exception {
        Path other = folder.resolve("other.db");
        try (Samverka bot = Samverka.open(ConfigLoader.load(Map.of(ConfigLoader.DB, other.toString())), Clock.systemUTC())) {
            new ConsoleSession(bot.assistant(), Optional.empty(), "Eva").send("grupp skapa Annan grupp");
        }
        String before = TestDatabase.snapshot(other.toString());
        assertEquals(1, migrate(source.toString(), other.toString()));
        assertTrue(err().contains("Refused: " + other + " already holds other data (differs in ")
                && err().contains("nothing was changed"), err());
        assertEquals(before, TestDatabase.snapshot(other.toString()));
    }

    @Test
    void badInputIsOneLineWithExitCode2AndChangesNothing() throws Exception {
        Path target = folder.resolve("new.db");
        assertEquals(2, migrate(source.toString(), null));
        assertTrue(err().startsWith("migrate-db needs --from and --to"), err());
        assertBad("--from and --to are the same database", source.toString(), shared.resolve(".").resolve("samverka.db").toString());
        assertBad("Cannot read --from " + folder.resolve("missing.db") + ": no such file.",
                folder.resolve("missing.db").toString(), target.toString());
        Path text = Files.writeString(folder.resolve("notes.txt"), "not a database");
        assertBad("--from " + text + " is not a SQLite database.", text.toString(), target.toString());
        assertBad("--to is not a PostgreSQL address", source.toString(), "postgresql://nowhere");
        assertBad("cannot reach the PostgreSQL database jdbc:postgresql://127.0.0.1:1/samverka as samverka: Connection refused.",
                source.toString(), "postgresql://samverka:hemligt@127.0.0.1:1/samverka");
        assertFalse(err().contains("hemligt"), err());
        assertFalse(Files.exists(target), "no file made");
        out.reset();
        assertEquals(0, Main.run(new String[] {"migrate-db", "--from", "x.db", "--help"}, Map.of(),
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, Clock.systemUTC()));
        assertTrue(out().contains("migrate-db --from DB --to DB"), out());
    }

    /**
     * The bot on a copy answers each question as on the original. A search on PostgreSQL finds the same hits, but
     * ranks them with its own measure (ts_rank, not SQLite's bm25): there the hits are compared as a set.
     */
    private static void assertSameAnswers(Map<String, String> copy, boolean sqlite) {
        assertEquals(originalAnswers.keySet(), copy.keySet());
        for (String question : originalAnswers.keySet()) {
            boolean ranked = question.startsWith("sök") && !sqlite;
            assertEquals(ranked ? sortedLines(originalAnswers.get(question)) : originalAnswers.get(question),
                    ranked ? sortedLines(copy.get(question)) : copy.get(question), question);
        }
    }

    private static List<String> sortedLines(String text) {
        return text.lines().sorted().toList();
    }

    private void assertBad(String message, String from, String to) throws Exception {
        err.reset();
        String before = TestDatabase.snapshot(source.toString());
        assertEquals(2, migrate(from, to), err());
        assertTrue(err().startsWith(message) && err().strip().lines().count() == 1, err());
        assertEquals(before, TestDatabase.snapshot(source.toString()));
    }

    private int migrate(String from, String to) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("migrate-db", "--from", from));
        if (to != null) args.addAll(List.of("--to", to));
        return Main.run(args.toArray(String[]::new), Map.of(), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                false, Clock.systemUTC());
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static String newPostgres() {
        LocalPostgres server = TestDatabase.server();
        return server.address(server.newDatabase());
    }

    static Map<String, String> answers(String db) throws Exception {
        return ask(db, QUESTIONS);
    }

    /** Each command's reply, from the bot opened on the database at a fixed time. */
    static Map<String, String> ask(String db, List<String> commands) throws Exception {
        Map<String, String> answers = new LinkedHashMap<>();
        Clock clock = Clock.fixed(at("2017-10-19T10:00"), STOCKHOLM);
        try (Samverka bot = Samverka.open(ConfigLoader.load(Map.of(ConfigLoader.DB, db)), clock)) {
            ConsoleSession amina = new ConsoleSession(bot.assistant(), Optional.of(Demo.GROUP), Demo.SECRETARY);
            for (String command : commands) answers.put(command, TextRenderer.render(amina.send(command)));
            if (commands == QUESTIONS) register(bot, answers);
        }
        return answers;
    }

    /** The decision register as its web page reads it: every decision, and those a search finds. */
    private static void register(Samverka bot, Map<String, String> answers) {
        var store = bot.store();
        Group group = store.transactions().read(() -> store.groups().named(Demo.GROUP).get(0));
        var archive = se.samverka.storage.SqliteArchive.on(bot.database());
        for (List<String> words : List.of(List.<String>of(), List.of("konferens"))) {
            var filter = new se.samverka.core.port.Archive.DecisionFilter(Optional.empty(), Optional.empty(),
                    Optional.empty(), words, Optional.empty());
            answers.put("register " + words, store.transactions().read(() -> archive.decisions(group.scope(), filter, 500))
                    .stream().map(Object::toString).collect(java.util.stream.Collectors.joining("\n")));
        }
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(STOCKHOLM).toInstant();
    }

    static long count(String db, String sql) {
        return DbSnapshot.count(db, sql);
    }

    private static String rows(Path db, String sql) throws Exception {
        StringBuilder all = new StringBuilder();
        try (Connection c = TestDatabase.connect(db.toString()); Statement st = c.createStatement();
             var rs = st.executeQuery(sql)) {
            while (rs.next()) {
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) all.append(rs.getString(i)).append('|');
                all.append('\n');
            }
        }
        return all.toString();
    }
}
