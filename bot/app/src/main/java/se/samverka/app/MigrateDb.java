package se.samverka.app;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.samverka.config.ConfigLoader;
import se.samverka.storage.Database;
import se.samverka.storage.StorageException;
import se.samverka.storage.transfer.CopyException;
import se.samverka.storage.transfer.DatabaseCopy;

/**
 * {@code samverka migrate-db --from <db> --to <db>}: copies a Samverka database into an empty one (SQLite file to
 * PostgreSQL, back, or file to file) with {@link DatabaseCopy} and prints each table's rows and whether they match.
 * Exit 0 when copied or already copied, 1 when the target holds other data or the copy did not verify (the target is
 * then unchanged), 2 on bad input (a missing option, the same database twice, an unreadable file, a server that
 * does not answer), said in one line that never shows a password.
 */
final class MigrateDb {
    private MigrateDb() {
    }

    static int run(Cli cli, Map<String, String> env, PrintStream out, PrintStream err) {
        Optional<String> password = Optional.ofNullable(env.get(ConfigLoader.DB_PASSWORD)).filter(p -> !p.isEmpty());
        DbAddress from;
        DbAddress to;
        try {
            from = DbAddress.of("--from", cli.option("--from").orElseThrow(), password, true);
            to = DbAddress.of("--to", cli.option("--to").orElseThrow(), password, false);
        } catch (DbAddress.Bad bad) {
            err.println(bad.getMessage());
            return 2;
        }
        if (from.same(to)) {
            err.println("--from and --to are the same database (" + from.shown() + "): nothing to copy.");
            return 2;
        }
        try (InstanceLock fromLock = from.lock(); InstanceLock toLock = to.lock()) {
            return copy(from, to, out, err);
        } catch (InstanceLock.Held held) {
            err.println(held.getMessage());
            return 2;
        }
    }

    private static int copy(DbAddress from, DbAddress to, PrintStream out, PrintStream err) {
        boolean created = !to.exists();
        boolean keep = false;
        Database source = null;
        Database target = null;
        try {
            // a server first: one that does not answer is found before a file is migrated
            if (to.server() && !from.server()) target = to.open();
            source = from.open();
            if (target == null) target = to.open();
            out.println("From: " + from.shown() + " (" + kind(source) + ")");
            out.println("To:   " + to.shown() + " (" + kind(target) + ")");
            DatabaseCopy.Report report = DatabaseCopy.copy(source, target);
            keep = report.outcome() == DatabaseCopy.Outcome.COPIED;
            print(report, out);
            return outcome(report, to, out, err);
        } catch (StorageException | java.io.UncheckedIOException e) {
            err.println(e.getMessage() + ".");
            return 2;
        } catch (CopyException e) {
            err.println(e.getMessage() + ".");
            return 1;
        } finally {
            if (target != null) target.close();
            if (source != null) source.close();
            if (created && !keep) to.removeCreated(); // a file made for a copy that did not land goes again
        }
    }

    private static int outcome(DatabaseCopy.Report report, DbAddress to, PrintStream out, PrintStream err) {
        String rows = report.sourceRows() + " rows in " + report.tables() + " tables";
        switch (report.outcome()) {
            case COPIED -> {
                out.printf(Locale.ROOT, "Copied %d rows of %d tables in %.1f s; every table's row count and SHA-256 match"
                        + " the source's.%n", report.copied(), report.tables(), report.took().toMillis() / 1000.0);
                return 0;
            }
            case ALREADY_COPIED -> {
                out.println("Already copied, verified: " + to.shown() + " holds exactly the source's " + rows
                        + "; nothing changed.");
                return 0;
            }
            case TARGET_HOLDS_OTHER_DATA -> {
                err.println("Refused: " + to.shown() + " already holds other data (differs in "
                        + String.join(", ", report.differing()) + "). migrate-db copies only into an empty database,"
                        + " never over a used one; nothing was changed. Give --to a new, empty database.");
                return 1;
            }
            default -> {
                err.println("Verification failed: after copying, " + String.join(", ", report.differing())
                        + " did not match the source; the copy was rolled back and " + to.shown() + " is unchanged.");
                return 1;
            }
        }
    }

    private static void print(DatabaseCopy.Report report, PrintStream out) {
        out.printf(Locale.ROOT, "%-22s %9s %9s  %s%n", "table", "source", "target", "ok");
        for (DatabaseCopy.Check c : report.checks()) {
            out.printf(Locale.ROOT, "%-22s %9d %9d  %s%n", c.table(), c.sourceRows(), c.targetRows(),
                    c.same() ? "ok" : "DIFFERS");
        }
    }

    private static String kind(Database db) {
        return db.kind() == Database.Kind.POSTGRESQL ? "PostgreSQL" : "SQLite";
    }
}
