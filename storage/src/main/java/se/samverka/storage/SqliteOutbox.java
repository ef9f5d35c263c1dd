package se.samverka.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.samverka.core.chat.Reply;
import se.samverka.core.chat.ReplyCodec;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.port.Outbox;

/** outbox: one row per message, unique by its idempotency key. */
final class SqliteOutbox implements Outbox {
    private final Sql sql;

    SqliteOutbox(Sql sql) {
        this.sql = sql;
    }

    @Override
    public boolean enqueue(GroupScope group, String key, String kind, Address to, Reply body, Instant at) {
        return sql.update("""
                INSERT INTO outbox (workspace_id, group_id, message_key, kind, platform, workspace, target, body, created_at, next_try)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (message_key) DO NOTHING
                """, group.workspaceId(), group.groupId(), key, kind, to.platform(), to.workspace(), to.target(),
                ReplyCodec.encode(body), Sql.stamp(at), Sql.stamp(at)) == 1;
    }

    @Override
    public List<Message> due(Instant now, int limit) {
        return sql.list("SELECT * FROM outbox WHERE status = 'pending' AND next_try <= ? ORDER BY next_try, id LIMIT ?",
                SqliteOutbox::message, Sql.stamp(now), limit);
    }

    @Override
    public void attempting(long id, Instant at) {
        sql.update("UPDATE outbox SET attempted_at = ? WHERE id = ? AND attempted_at IS NULL", Sql.stamp(at), id);
    }

    @Override
    public void sent(long id, String platformId, Instant at) {
        sql.update("UPDATE outbox SET status = 'sent', sent_at = ?, platform_id = ?, last_error = NULL WHERE id = ?",
                Sql.stamp(at), platformId, id);
    }

    @Override
    public void retry(long id, int attempts, Instant nextTry, String error) {
        sql.update("UPDATE outbox SET attempts = ?, next_try = ?, last_error = ? WHERE id = ?", attempts, Sql.stamp(nextTry), error, id);
    }

    @Override
    public void park(long id, int attempts, String error) {
        sql.update("UPDATE outbox SET status = 'parked', attempts = ?, last_error = ? WHERE id = ?", attempts, error, id);
    }

    @Override
    public boolean exists(String key) {
        return sql.one("SELECT 1 FROM outbox WHERE message_key = ?", rs -> true, key).isPresent();
    }

    @Override
    public boolean anyWithPrefix(String prefix) {
        // a range on the unique index: every key that starts with the prefix sorts between it and prefix + U+FFFF
        return sql.one("SELECT 1 FROM outbox WHERE message_key >= ? AND message_key < ? LIMIT 1", rs -> true,
                prefix, prefix + "\uffff").isPresent();
    }

    @Override
    public List<Message> parked(GroupScope group) {
        return sql.list("SELECT * FROM outbox WHERE group_id = ? AND status = 'parked' ORDER BY id", SqliteOutbox::message,
                group.groupId());
    }

    @Override
    public Optional<Message> byKey(String key) {
        return sql.one("SELECT * FROM outbox WHERE message_key = ?", SqliteOutbox::message, key);
    }

    private static Message message(ResultSet rs) throws SQLException {
        return new Message(rs.getLong("id"), new GroupScope(rs.getLong("workspace_id"), rs.getLong("group_id")),
                rs.getString("message_key"), rs.getString("kind"),
                new Address(rs.getString("platform"), rs.getString("workspace"), rs.getString("target")),
                ReplyCodec.decode(rs.getString("body")), rs.getInt("attempts"),
                Optional.ofNullable(rs.getString("attempted_at")).map(Instant::parse));
    }
}
