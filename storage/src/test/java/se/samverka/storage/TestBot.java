package se.samverka.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import se.samverka.core.chat.Block;
import se.samverka.core.chat.ChatUser;
import se.samverka.core.chat.ConversationRef;
import se.samverka.core.chat.IncomingCommand;
import se.samverka.core.chat.Reply;
import se.samverka.core.port.ArchiveRenderer;
import se.samverka.core.port.Store;
import se.samverka.core.engine.MeetingAssistant;
import se.samverka.core.engine.Settings;

/** The command engine on a real SQLite file in a temporary folder, with a clock the test sets. */
final class TestBot implements AutoCloseable {
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    final Path file;
    final String setting;
    final Database db;
    final Store store;
    final MeetingAssistant assistant;
    private final SettableClock clock;

    TestBot(Path folder) {
        this(folder, UnaryOperator.identity());
    }

    /** @param decorate changes the store before the engine gets it (to inject a failure) */
    TestBot(Path folder, UnaryOperator<Store> decorate) {
        this(folder, decorate, Optional.empty());
    }

    /** @param archive renders the archive copy of minutes when they are justerade */
    TestBot(Path folder, ArchiveRenderer archive) {
        this(folder, UnaryOperator.identity(), Optional.of(archive));
    }

    private TestBot(Path folder, UnaryOperator<Store> decorate, Optional<ArchiveRenderer> archive) {
        file = folder.resolve("samverka.db");
        clock = new SettableClock(at("2026-11-02T10:00"));
        setting = TestDatabase.setting(file);
        db = TestDatabase.open(setting);
        store = decorate.apply(SqliteStore.on(db, clock));
        MeetingAssistant.Extensions none = MeetingAssistant.Extensions.none();
        assistant = new MeetingAssistant(store, clock, Settings.defaults(), new MeetingAssistant.Extensions(none.directory(),
                none.changed(), none.actionFinder(), none.minutesReader(), none.invitations(), none.web(), archive));
    }

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(STOCKHOLM).toInstant();
    }

    void now(String localDateTime) {
        clock.instant = at(localDateTime);
    }

    void now(Instant instant) {
        clock.instant = instant;
    }

    java.time.Clock clock() {
        return clock;
    }

    /** A user in a channel of a workspace. */
    record User(String name, ConversationRef where, Optional<String> email) {
        User in(String channel) {
            return new User(name, new ConversationRef(where.platform(), where.workspaceId(), channel), email);
        }
    }

    static User user(String name) {
        return new User(name, new ConversationRef("test", "T1", "C1"), Optional.empty());
    }

    Reply say(User user, String text) {
        ChatUser chatUser = new ChatUser("u-" + user.name().toLowerCase().replace(' ', '-'), user.name(), user.email(), true);
        return assistant.handle(new IncomingCommand(user.where(), chatUser, text));
    }

    /** Says it and expects it to be carried out; returns the reply as text. */
    String ok(User user, String text) {
        Reply reply = say(user, text);
        if (reply.rejected()) throw new AssertionError("refused: " + text + "\n" + text(reply));
        return text(reply);
    }

    /** Says it and expects it to be refused; returns the reply as text. */
    String refused(User user, String text) {
        Reply reply = say(user, text);
        if (!reply.rejected()) throw new AssertionError("carried out: " + text + "\n" + text(reply));
        return text(reply);
    }

    /**
     * Says it, expects it refused with no stack trace in the reply and the database exactly as before; returns the
     * reply as text. What every bad-input table checks.
     */
    String refusedUnchanged(User user, String text) {
        String before = snapshot();
        String reply = refused(user, text);
        if (reply.contains("Exception") || reply.contains("\tat ")) throw new AssertionError("a stack trace reached the user: " + reply);
        if (!before.equals(snapshot())) throw new AssertionError("the database changed for: " + text);
        return reply;
    }

    static String text(Reply reply) {
        return reply.blocks().stream().map(TestBot::text).collect(Collectors.joining("\n"));
    }

    private static String text(Block block) {
        if (block instanceof Block.Heading h) return h.text();
        if (block instanceof Block.Paragraph p) return p.text();
        if (block instanceof Block.Context c) return c.text();
        if (block instanceof Block.Items i) return String.join("\n", i.items());
        if (block instanceof Block.Document d) return d.content();
        if (block instanceof Block.Entry e) return e.text();
        throw new IllegalArgumentException(block.toString());
    }

    /** Every row of every table, read through a second connection: what a command must not change. */
    String snapshot() {
        return TestDatabase.snapshot(setting);
    }

    long count(String table) {
        return db.inTransaction(() -> new Sql(db).one("SELECT COUNT(*) FROM " + table, rs -> rs.getLong(1)).orElseThrow());
    }

    /** The first column of each row a query returns, as text: what a test says is stored. */
    List<String> rows(String query) {
        return db.inTransaction(() -> new Sql(db).list(query, rs -> rs.getString(1)));
    }

    @Override
    public void close() {
        db.close();
    }

    private static final class SettableClock extends Clock {
        volatile Instant instant;

        SettableClock(Instant instant) {
            this.instant = instant;
        }

        @Override
        public ZoneId getZone() {
            return STOCKHOLM;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return instant;
        }
    }
}
