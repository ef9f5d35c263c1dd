package se.samverka.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import se.samverka.core.domain.Group;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.domain.Lang;
import se.samverka.core.port.GroupRepository;

final class SqliteGroupRepository implements GroupRepository {
    private static final String COLUMNS = "g.id, g.workspace_id, g.name, g.time_zone, g.locale";

    private final Sql sql;
    private final Clock clock;

    SqliteGroupRepository(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    @Override
    public long workspace(String platform, String externalId) {
        return sql.workspace(platform, externalId);
    }

    @Override
    public Group create(long workspaceId, String name, ZoneId zone, Lang lang) {
        long id = sql.insert("""
                INSERT INTO chat_group (workspace_id, name, time_zone, locale, created_at) VALUES (?, ?, ?, ?, ?)
                """, workspaceId, name, zone.getId(), lang.code(), Sql.stamp(clock.instant()));
        return new Group(new GroupScope(workspaceId, id), name, zone, lang);
    }

    @Override
    public Optional<Group> byScope(GroupScope scope) {
        return sql.one("SELECT " + COLUMNS + " FROM chat_group g WHERE g.workspace_id = ? AND g.id = ?",
                SqliteGroupRepository::group, scope.workspaceId(), scope.groupId());
    }

    @Override
    public Optional<Group> byName(long workspaceId, String name) {
        return sql.one("SELECT " + COLUMNS + " FROM chat_group g WHERE g.workspace_id = ? AND g.name = ? COLLATE NOCASE",
                SqliteGroupRepository::group, workspaceId, name);
    }

    @Override
    public Optional<Group> boundTo(long workspaceId, String channelId) {
        return sql.one("""
                SELECT %s FROM channel_binding b
                JOIN chat_group g ON g.workspace_id = b.group_workspace_id AND g.id = b.group_id
                WHERE b.workspace_id = ? AND b.channel_id = ?
                """.formatted(COLUMNS), SqliteGroupRepository::group, workspaceId, channelId);
    }

    @Override
    public void bind(GroupScope group, long channelWorkspaceId, String channelId) {
        sql.update("""
                INSERT INTO channel_binding (workspace_id, channel_id, group_workspace_id, group_id) VALUES (?, ?, ?, ?)
                ON CONFLICT (workspace_id, channel_id)
                DO UPDATE SET group_workspace_id = excluded.group_workspace_id, group_id = excluded.group_id
                """, channelWorkspaceId, channelId, group.workspaceId(), group.groupId());
    }

    @Override
    public void addBindingCode(GroupScope group, String codeHash, Optional<Long> createdBy, Instant now, Instant expires) {
        sql.update("DELETE FROM binding_code WHERE expires_at <= ?", Sql.stamp(now)); // the expired go as new come
        sql.update("""
                INSERT INTO binding_code (code_hash, workspace_id, group_id, created_by, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """, codeHash, group.workspaceId(), group.groupId(), createdBy.orElse(null), Sql.stamp(now),
                Sql.stamp(expires));
    }

    @Override
    public Optional<GroupScope> useBindingCode(String codeHash, Instant now, String usedIn) {
        int used = sql.update("""
                UPDATE binding_code SET used_at = ?, used_in = ?
                WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?
                """, Sql.stamp(now), usedIn, codeHash, Sql.stamp(now));
        if (used == 0) return Optional.empty();
        return sql.one("SELECT workspace_id, group_id FROM binding_code WHERE code_hash = ?",
                rs -> new GroupScope(rs.getLong(1), rs.getLong(2)), codeHash);
    }

    @Override
    public boolean isEmpty() {
        return sql.one("SELECT COUNT(*) FROM chat_group", rs -> rs.getLong(1)).orElse(0L) == 0;
    }

    @Override
    public String feedSecret(GroupScope group, String fresh) {
        sql.update("UPDATE chat_group SET feed_secret = ? WHERE workspace_id = ? AND id = ? AND feed_secret IS NULL",
                fresh, group.workspaceId(), group.groupId());
        return sql.one("SELECT feed_secret FROM chat_group WHERE workspace_id = ? AND id = ?", rs -> rs.getString(1),
                group.workspaceId(), group.groupId()).orElseThrow();
    }

    @Override
    public void setFeedSecret(GroupScope group, String secret) {
        sql.updateOne("UPDATE chat_group SET feed_secret = ? WHERE workspace_id = ? AND id = ?", secret,
                group.workspaceId(), group.groupId());
    }

    @Override
    public Optional<Group> byFeed(long groupId, String secret) {
        Optional<String> stored = sql.one("SELECT feed_secret FROM chat_group WHERE id = ?", rs -> rs.getString(1), groupId);
        boolean right = stored.filter(s -> s != null && java.security.MessageDigest.isEqual(
                s.getBytes(java.nio.charset.StandardCharsets.UTF_8), secret.getBytes(java.nio.charset.StandardCharsets.UTF_8))).isPresent();
        if (!right) return Optional.empty();
        return sql.one("SELECT " + COLUMNS + " FROM chat_group g WHERE g.id = ?", SqliteGroupRepository::group, groupId);
    }

    @Override
    public List<Group> named(String name) {
        return sql.list("SELECT " + COLUMNS + " FROM chat_group g WHERE g.name = ? COLLATE NOCASE ORDER BY g.id",
                SqliteGroupRepository::group, name);
    }

    @Override
    public List<GroupScope> everyGroup() {
        return sql.list("SELECT workspace_id, id FROM chat_group ORDER BY id", rs -> new GroupScope(rs.getLong(1), rs.getLong(2)));
    }

    @Override
    public List<Group> all(long workspaceId) {
        return sql.list("SELECT " + COLUMNS + " FROM chat_group g WHERE g.workspace_id = ? ORDER BY g.name COLLATE NOCASE",
                SqliteGroupRepository::group, workspaceId);
    }

    @Override
    public Optional<String[]> workspaceOf(long workspaceId) {
        return sql.one("SELECT platform, external_id FROM workspace WHERE id = ?",
                rs -> new String[] {rs.getString(1), rs.getString(2)}, workspaceId);
    }

    @Override
    public List<String> channels(GroupScope group) {
        return sql.list("""
                SELECT channel_id FROM channel_binding
                WHERE workspace_id = ? AND group_workspace_id = ? AND group_id = ? ORDER BY rowid
                """, rs -> rs.getString(1), group.workspaceId(), group.workspaceId(), group.groupId());
    }

    private static Group group(ResultSet rs) throws SQLException {
        return new Group(new GroupScope(rs.getLong("workspace_id"), rs.getLong("id")), rs.getString("name"),
                ZoneId.of(rs.getString("time_zone")), Lang.fromCode(rs.getString("locale")).orElseThrow());
    }
}
