package se.samverka.storage;

import java.time.Instant;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.port.CalendarClaims;

/** Calendar claims in {@code calendar_claim} (V27), one row per job and group; the same SQL on both databases. */
public final class SqliteCalendarClaims implements CalendarClaims {
    private final Sql sql;

    private SqliteCalendarClaims(Sql sql) {
        this.sql = sql;
    }

    public static SqliteCalendarClaims on(Database db) {
        return new SqliteCalendarClaims(new Sql(db));
    }

    @Override
    public boolean claim(String job, GroupScope scope, String holder, Instant now, Instant until) {
        // one statement: a claim held by another instance is left as it is (no row changed)
        return sql.update("""
                INSERT INTO calendar_claim (job, group_id, held_by, held_until) VALUES (?, ?, ?, ?)
                ON CONFLICT (job, group_id) DO UPDATE SET held_by = excluded.held_by, held_until = excluded.held_until
                WHERE calendar_claim.held_by = excluded.held_by OR calendar_claim.held_until < ?
                """, job, scope.groupId(), holder, Sql.stamp(until), Sql.stamp(now)) == 1;
    }

    @Override
    public void release(String job, GroupScope scope, String holder) {
        sql.update("DELETE FROM calendar_claim WHERE job = ? AND group_id = ? AND held_by = ?", job, scope.groupId(), holder);
    }
}
