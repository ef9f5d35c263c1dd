package se.samverka.storage;

import java.time.Duration;
import java.time.Instant;
import se.samverka.core.port.DeliveryLog;

/** processed_request: one row per delivery carried out; rows older than a week are let go (platforms retry for minutes). */
final class SqliteDeliveryLog implements DeliveryLog {
    static final Duration KEEP = Duration.ofDays(7);

    private final Sql sql;

    SqliteDeliveryLog(Sql sql) {
        this.sql = sql;
    }

    @Override
    public boolean firstDelivery(long workspaceId, String deliveryId, Instant at) {
        boolean first = sql.update("""
                INSERT INTO processed_request (workspace_id, delivery_id, received_at) VALUES (?, ?, ?)
                ON CONFLICT DO NOTHING
                """, workspaceId, deliveryId, Sql.stamp(at)) == 1;
        if (first) { // an index range scan that almost always finds nothing
            sql.update("DELETE FROM processed_request WHERE received_at < ?", Sql.stamp(at.minus(KEEP)));
        }
        return first;
    }
}
