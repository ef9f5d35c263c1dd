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
    public Optional<Entry> receive(String platform, String deliveryId, String payload, Instant at, Claim claim) {
        int stored = sql.update("""
                INSERT INTO inbox (platform, delivery_id, payload, received_at, claimed_by, claimed_at)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (platform, delivery_id) DO NOTHING
                """, platform, deliveryId, payload, Sql.stamp(at), claim.owner(), Sql.stamp(claim.at()));
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
    public List<String> claimants(String platform) {
        return sql.list("SELECT DISTINCT claimed_by FROM inbox WHERE platform = ? AND status IN ('received', 'done')"
                + " AND claimed_by IS NOT NULL ORDER BY 1", rs -> rs.getString(1), platform);
    }

    @Override
    public List<Entry> claim(String platform, Claim claim, Instant staleBefore, List<String> gone, int limit) {
        String free = "(claimed_by IS NULL OR claimed_at < ?" + (gone.isEmpty() ? "" : " OR claimed_by IN ("
                + String.join(", ", java.util.Collections.nCopies(gone.size(), "?")) + ")") + ")";
        List<Object> params = new java.util.ArrayList<>(List.of(platform, Sql.stamp(staleBefore)));
        params.addAll(gone);
        params.add(limit);
        List<Long> ids = sql.list("SELECT id FROM inbox WHERE platform = ? AND status IN ('received', 'done') AND " + free
                + " ORDER BY id LIMIT ?" + (sql.kind() == Database.Kind.POSTGRESQL ? " FOR UPDATE SKIP LOCKED" : ""),
                rs -> rs.getLong(1), params.toArray());
        List<Entry> claimed = new java.util.ArrayList<>();
        for (long id : ids) {
            List<Object> again = new java.util.ArrayList<>(List.of(claim.owner(), Sql.stamp(claim.at()), id,
                    Sql.stamp(staleBefore)));
            again.addAll(gone);
            if (sql.update("UPDATE inbox SET claimed_by = ?, claimed_at = ?, attempts = attempts + 1 WHERE id = ?"
                    + " AND status IN ('received', 'done') AND " + free, again.toArray()) == 1) {
                sql.one("SELECT * FROM inbox WHERE id = ?", SqliteInbox::entry, id).ifPresent(claimed::add);
            }
        }
        return claimed;
    }

    @Override
    public void renew(String owner, List<Long> ids, Instant at) {
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + 500));
            List<Object> params = new java.util.ArrayList<>(List.of(Sql.stamp(at), owner));
            params.addAll(part);
            sql.update("UPDATE inbox SET claimed_at = ? WHERE claimed_by = ? AND status IN ('received', 'done') AND id IN ("
                    + String.join(", ", java.util.Collections.nCopies(part.size(), "?")) + ")", params.toArray());
        }
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        return new Entry(rs.getLong("id"), rs.getString("platform"), rs.getString("delivery_id"), rs.getString("payload"),
                Instant.parse(rs.getString("received_at")), Optional.ofNullable(rs.getString("reply")).map(ReplyCodec::decode),
                rs.getInt("attempts"));
    }
}
