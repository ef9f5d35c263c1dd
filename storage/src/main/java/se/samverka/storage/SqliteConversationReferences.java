package se.samverka.storage;

import java.time.Clock;
import java.util.Optional;
import se.samverka.core.port.ConversationReferences;

/** conversation_ref: the newest way to reach each channel and user of a workspace. */
final class SqliteConversationReferences implements ConversationReferences {
    private final Sql sql;
    private final Clock clock;

    SqliteConversationReferences(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    @Override
    public void save(String platform, String workspaceId, String target, Ref ref) {
        long workspace = sql.workspace(platform, workspaceId);
        sql.update("""
                INSERT INTO conversation_ref (workspace_id, target, service_url, conversation_id, platform_user_id, updated_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (workspace_id, target) DO UPDATE SET service_url = excluded.service_url,
                    conversation_id = COALESCE(excluded.conversation_id, conversation_ref.conversation_id),
                    platform_user_id = COALESCE(excluded.platform_user_id, conversation_ref.platform_user_id),
                    updated_at = excluded.updated_at
                """, workspace, target, ref.serviceUrl(), ref.conversationId(), ref.platformUserId(),
                Sql.stamp(clock.instant()));
    }

    @Override
    public Optional<Ref> find(String platform, String workspaceId, String target) {
        return sql.one("""
                SELECT r.service_url, r.conversation_id, r.platform_user_id FROM conversation_ref r
                JOIN workspace w ON w.id = r.workspace_id
                WHERE w.platform = ? AND w.external_id = ? AND r.target = ?
                """, rs -> new Ref(rs.getString(1), Optional.ofNullable(rs.getString(2)),
                Optional.ofNullable(rs.getString(3))), platform, workspaceId, target);
    }

    @Override
    public Optional<String> serviceUrl(String platform, String workspaceId) {
        return sql.one("""
                SELECT r.service_url FROM conversation_ref r JOIN workspace w ON w.id = r.workspace_id
                WHERE w.platform = ? AND w.external_id = ? ORDER BY r.updated_at DESC, r.rowid DESC LIMIT 1
                """, rs -> rs.getString(1), platform, workspaceId);
    }
}
