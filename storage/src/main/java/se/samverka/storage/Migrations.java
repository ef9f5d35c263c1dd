package se.samverka.storage;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/**
 * Flyway migrations, one folder per database: {@code db/migration} for SQLite, {@code db/postgresql} for
 * PostgreSQL (the same schema in each one's SQL; a new SQLite migration needs its PostgreSQL twin). Flyway's lock
 * lets one of several instances starting together migrate while the others wait. A database migrated by a newer
 * Samverka is refused rather than used by code that does not know its tables.
 */
final class Migrations {
    private Migrations() {
    }

    static void run(DataSource source, Database.Kind kind, String shown) {
        Flyway flyway = Flyway.configure()
                .dataSource(source)
                .locations(kind == Database.Kind.SQLITE ? "classpath:db/migration" : "classpath:db/postgresql")
                .failOnMissingLocations(true)
                .load();
        refuseNewer(flyway, shown);
        flyway.migrate();
    }

    /** Fails when the database has migrations this jar does not have. */
    static void refuseNewer(Flyway flyway, String shown) {
        MigrationInfo[] all = flyway.info().all();
        MigrationInfo newest = null;
        MigrationInfo known = null;
        for (MigrationInfo m : all) {
            boolean future = m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED;
            if (future) newest = m;
            else if (m.getVersion() != null) known = m;
        }
        if (newest == null) return;
        throw new StorageException("the database " + shown + " has schema version " + newest.getVersion()
                + ", newer than this Samverka knows (" + (known == null ? "none" : known.getVersion())
                + "): run the Samverka that migrated it, or a newer one", null);
    }

    /** Fails with one clear message when the server does not answer. */
    static void reach(DataSource source, String shown) {
        try (Connection c = source.getConnection()) {
            c.isValid(5);
        } catch (SQLException e) {
            throw new StorageException("cannot reach the PostgreSQL database " + shown + ": " + firstLine(why(e).getMessage()), e);
        }
    }

    /** The driver's own reason ("Connection to 127.0.0.1:5432 refused") rather than the pool's "request timed out". */
    private static Throwable why(SQLException e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage() == null ? e : t;
    }

    private static String firstLine(String message) {
        if (message == null) return "no answer";
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
