package se.samverka.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.samverka.core.chat.Reply;
import se.samverka.core.chat.ReplyCodec;
import se.samverka.core.port.Inbox;

/** inbox: the platforms' commands from "received" to answered. */
public final class SqliteInbox implements Inbox {
    static final Duration KEEP = Duration.ofDays(7);

    private final Sql sql;

    private SqliteInbox(Sql sql) {
        this.sql = sql;
    }

    public static SqliteInbox on(Database db) {
        return new SqliteInbox(new Sql(db));
    }

    @Override
    public Optional<Entry> receive(String platform, String deliveryId, String payload, Instant at) {
        int stored = sql.update("""
                INSERT INTO inbox (platform, delivery_id, payload, received_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (platform, delivery_id) DO NOTHING
                """, platform, deliveryId, payload, Sql.stamp(at));
        if (stored == 0) return Optional.empty();
        return sql.one("SELECT * FROM inbox WHERE platform = ? AND delivery_id = ?", SqliteInbox::entry, platform, deliveryId);
    }

    @Override
    public Optional<Reply> doneReply(long id) {
        return sql.one("SELECT reply FROM inbox WHERE id = ? AND status <> 'received'", rs -> rs.getString(1), id)
                .map(ReplyCodec::decode);
    }

    @Override
    public void done(long id, Reply reply) {
        sql.updateOne("UPDATE inbox SET status = 'done', reply = ? WHERE id = ?", ReplyCodec.encode(reply), id);
    }

    @Override
    public void answered(long id, Instant at) {
        sql.updateOne("UPDATE inbox SET status = 'answered' WHERE id = ?", id);
        sql.update("DELETE FROM inbox WHERE status IN ('answered', 'failed') AND received_at < ?", Sql.stamp(at.minus(KEEP)));
    }

    @Override
    public void forget(long id) {
        sql.update("DELETE FROM inbox WHERE id = ?", id);
    }

    @Override
    public void failed(long id, String error) {
        sql.updateOne("UPDATE inbox SET status = 'failed', last_error = ? WHERE id = ?", error, id);
    }

    @Override
    public List<Entry> unanswered(String platform) {
        sql.update("UPDATE inbox SET attempts = attempts + 1 WHERE platform = ? AND status IN ('received', 'done')", platform);
        return sql.list("SELECT * FROM inbox WHERE platform = ? AND status IN ('received', 'done') ORDER BY id",
                SqliteInbox::entry, platform);
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        return new Entry(rs.getLong("id"), rs.getString("platform"), rs.getString("delivery_id"), rs.getString("payload"),
                Instant.parse(rs.getString("received_at")), Optional.ofNullable(rs.getString("reply")).map(ReplyCodec::decode),
                rs.getInt("attempts"));
    }
}
