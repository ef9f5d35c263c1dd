package se.samverka.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import se.samverka.config.PostgresSettings;

/**
 * Which database the tests run on: SQLite files by default; a fresh database on {@link LocalPostgres} for each test
 * when the build runs with {@code -Dsamverka.test.db=postgresql} (the second test run of storage and bot/app, see
 * their poms).
 */
public final class TestDatabase {
    private TestDatabase() {
    }

    public static boolean postgres() {
        return "postgresql".equals(System.getProperty("samverka.test.db", "sqlite"));
    }

    /**
     * The server, or the test skipped saying why when PostgreSQL is not installed — unless the environment has
     * {@code SAMVERKA_TEST_REQUIRE_POSTGRESQL} set (CI sets it: there a missing server fails the build).
     */
    public static LocalPostgres server() {
        skipWithoutPostgres();
        return LocalPostgres.shared();
    }

    /** A server of the test's own, which it may stop and start (skipped as {@link #server} is). */
    public static LocalPostgres separateServer() {
        skipWithoutPostgres();
        return LocalPostgres.separate();
    }

    private static void skipWithoutPostgres() {
        if (LocalPostgres.binaries().isEmpty() && System.getenv("SAMVERKA_TEST_REQUIRE_POSTGRESQL") == null) {
            org.junit.jupiter.api.Assumptions.abort("PostgreSQL is not installed (apt-get install postgresql): skipped on PostgreSQL");
        }
    }

    /** What {@code SAMVERKA_DB} is set to for a test that would use {@code file}: the file, or a new PostgreSQL database. */
    public static String setting(Path file) {
        if (!postgres()) return file.toString();
        return DATABASES.computeIfAbsent(file.toAbsolutePath(), f -> {
            LocalPostgres server = server();
            return server.address(server.newDatabase());
        });
    }

    /** Each test's file stands for one database: asked again for the same file, the same database. */
    private static final java.util.Map<Path, String> DATABASES = new java.util.concurrent.ConcurrentHashMap<>();

    /** The database a setting names, opened. */
    public static Database open(String setting) {
        return PostgresSettings.names(setting) ? Database.postgres(server(setting)) : Database.sqlite(Path.of(setting));
    }

    /** A second connection to the database a setting names (to look at it as another program would). */
    public static Connection connect(String setting) throws SQLException {
        if (!PostgresSettings.names(setting)) return DriverManager.getConnection("jdbc:sqlite:" + Path.of(setting).toAbsolutePath());
        PostgresSettings server = server(setting);
        return DriverManager.getConnection(server.jdbcUrl(), server.user().orElse(null), server.password().orElse(""));
    }

    /** The server a {@code postgresql://} setting names, read as the bot reads {@code SAMVERKA_DB}. */
    private static PostgresSettings server(String setting) {
        return PostgresSettings.parse(setting, java.util.Optional.empty());
    }

    /** Every row of every table, read through a second connection: what a refused command must not change. */
    public static String snapshot(String setting) {
        return snapshot(setting, java.util.Set.of());
    }

    /** The snapshot without some tables (a receipt of every delivery, refused ones too, is not the group's data). */
    public static String snapshot(String setting, java.util.Set<String> leaveOut) {
        try (Connection c = connect(setting); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            String list = PostgresSettings.names(setting)
                    ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                      + " AND table_type = 'BASE TABLE' ORDER BY table_name"
                    : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                      + " AND name NOT LIKE 'search_text_%' AND name NOT LIKE 'search_trigram_%' ORDER BY name";
            try (ResultSet rs = st.executeQuery(list)) {
                while (rs.next()) tables.add(rs.getString(1));
            }
            tables.removeAll(leaveOut);
            StringBuilder out = new StringBuilder();
            for (String table : tables) {
                out.append("## ").append(table).append('\n');
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) out.append(rs.getString(i)).append('|');
                        out.append('\n');
                    }
                }
            }
            return out.toString();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
