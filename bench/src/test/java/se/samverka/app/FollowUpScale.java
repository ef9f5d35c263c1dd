package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import se.samverka.config.PostgresSettings;
import se.samverka.storage.Database;
import se.samverka.storage.LocalPostgres;

/**
 * Follow-up planning for up to 10,000 groups on SQLite and on PostgreSQL (FollowUpBench's groups with fewer open
 * items each). Each step's database is the step before it copied (a file copy; {@code CREATE DATABASE … TEMPLATE})
 * with the groups that make up the difference added, so 10,000 groups are written once, not 16,000 times.
 */
final class FollowUpScale {
    static final int[] STEPS = {1_000, 5_000, 10_000};
    static final int ITEMS = 10;
    /** Per group: digest, agenda reminder, chair's no-agenda reminder, 2 owners' due reminders, 10 carry-over messages. */
    static final int MESSAGES_PER_GROUP = 15;

    record Step(String database, FollowUpBench.Run run, double buildSeconds) {
        double perGroup() {
            return (double) run.millis() / run.groups();
        }
    }

    private FollowUpScale() {
    }

    static List<Step> sqlite() throws IOException {
        Path dir = Files.createTempDirectory("followup-scale");
        List<Path> files = new ArrayList<>();
        List<Double> built = new ArrayList<>();
        int have = 0;
        for (int step : STEPS) {
            Path file = dir.resolve("g" + step + ".db");
            if (!files.isEmpty()) Files.copy(files.get(files.size() - 1), file);
            long start = System.nanoTime();
            try (Database db = Database.sqlite(file)) {
                FollowUpBench.addGroups(db, have, step, ITEMS);
            }
            built.add((System.nanoTime() - start) / 1e9);
            files.add(file);
            have = step;
        }
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < STEPS.length; i++) {
            try (Database db = Database.sqlite(files.get(i))) {
                steps.add(new Step("SQLite", planned(db, STEPS[i]), built.get(i)));
            }
        }
        return steps;
    }

    static List<Step> postgres(LocalPostgres server) throws SQLException {
        List<PostgresSettings> databases = new ArrayList<>();
        List<Double> built = new ArrayList<>();
        int have = 0;
        for (int step : STEPS) {
            PostgresSettings database = databases.isEmpty() ? server.newDatabase() : server.copy(databases.get(databases.size() - 1));
            long start = System.nanoTime();
            try (Database db = Database.postgres(database)) {
                FollowUpBench.addGroups(db, have, step, ITEMS);
            }
            built.add((System.nanoTime() - start) / 1e9);
            databases.add(database);
            have = step;
        }
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < STEPS.length; i++) {
            try (Database db = Database.postgres(databases.get(i))) {
                try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
                    analyse(st);
                }
                steps.add(new Step("PostgreSQL", planned(db, STEPS[i]), built.get(i)));
            }
        }
        return steps;
    }

    /**
     * What autovacuum would have done by now on a server in use: ANALYZE each table with more than 50 rows changed
     * since it was last analysed (its default threshold), and leave the others — a table that has never had rows
     * (agenda_sent before the first planning) stays unanalysed, as it does there; analysed empty, the planner would
     * read it from end to end for every lookup while planning fills it.
     */
    static void analyse(Statement st) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (var rs = st.executeQuery("SELECT relname FROM pg_stat_user_tables WHERE n_mod_since_analyze > 50")) {
            while (rs.next()) tables.add(rs.getString(1));
        }
        for (String table : tables) st.execute("ANALYZE " + table);
    }

    private static FollowUpBench.Run planned(Database db, int groups) {
        FollowUpBench.Run run = FollowUpBench.plan(db, groups);
        assertEquals(groups * MESSAGES_PER_GROUP, run.queued(), "everything queued for " + groups + " groups on " + db.kind());
        System.out.printf("follow-up %s %,d groups: %.2f s%n", db.kind(), groups, run.millis() / 1000.0);
        return run;
    }

    /** The table rows: each step on both databases, and PostgreSQL's time as a multiple of SQLite's. */
    static String rows(List<Step> sqlite, List<Step> postgres) {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < sqlite.size(); i++) {
            Step s = sqlite.get(i);
            Step p = postgres.get(i);
            rows.append(String.format("| %,d | %,d | %,d | %.2f s | %.2f ms | %.2f s | %.2f ms | × %.2f |%n",
                    s.run().groups(), s.run().groups() * ITEMS, s.run().queued(), s.run().millis() / 1000.0, s.perGroup(),
                    p.run().millis() / 1000.0, p.perGroup(), (double) p.run().millis() / s.run().millis()));
        }
        return rows.toString().strip();
    }

    /** Time per group at the largest step over the smallest, on one database: 1.0 is perfectly linear. */
    static double growth(List<Step> steps) {
        return steps.get(steps.size() - 1).perGroup() / steps.get(0).perGroup();
    }
}
