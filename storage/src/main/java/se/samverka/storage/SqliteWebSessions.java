package se.samverka.storage;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.domain.Lang;
import se.samverka.core.port.WebSessions;
import se.samverka.core.web.WebLinks;

/** web_session and web_secret. */
public final class SqliteWebSessions implements WebSessions {
    /** How long an expired session's row (and a kept draft) stays. */
    private static final java.time.Duration KEPT_EXPIRED = java.time.Duration.ofDays(7);
    private final Sql sql;

    private SqliteWebSessions(Sql sql) {
        this.sql = sql;
    }

    public static SqliteWebSessions on(Database db) {
        return new SqliteWebSessions(new Sql(db));
    }

    @Override
    public void open(String idHash, WebLinks.Claims claims, String csrf, Instant at) {
        // the expired ones go as new ones come, a week after expiry (until then a form posted late is still kept)
        sql.update("DELETE FROM web_session WHERE expires_at <= ?", Sql.stamp(at.minus(KEPT_EXPIRED)));
        sql.update("DELETE FROM web_draft WHERE saved_at <= ?", Sql.stamp(at.minus(KEPT_EXPIRED)));
        sql.update("""
                INSERT INTO web_session (id_hash, platform, workspace, user_id, name, lang, group_ids, csrf, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, idHash, claims.platform(), claims.workspace(), claims.userId(), claims.name(), claims.lang().code(),
                WebLinks.groupsText(claims.groups()), csrf,
                Sql.stamp(at), Sql.stamp(claims.expires()));
    }

    @Override
    public Optional<Session> find(String idHash, Instant now) {
        return sql.one("SELECT * FROM web_session WHERE id_hash = ? AND expires_at > ?", SqliteWebSessions::session,
                idHash, Sql.stamp(now));
    }

    @Override
    public Optional<Session> expired(String idHash, Instant now) {
        return sql.one("SELECT * FROM web_session WHERE id_hash = ? AND expires_at <= ? AND expires_at > ?",
                SqliteWebSessions::session, idHash, Sql.stamp(now), Sql.stamp(now.minus(KEPT_EXPIRED)));
    }

    private static Session session(java.sql.ResultSet rs) throws java.sql.SQLException {
        List<GroupScope> groups = WebLinks.groupsOf(rs.getString("group_ids"));
        return new Session(new WebLinks.Claims(rs.getString("platform"), rs.getString("workspace"), rs.getString("user_id"),
                rs.getString("name"), Lang.fromCode(rs.getString("lang")).orElse(Lang.SV), groups,
                Instant.parse(rs.getString("expires_at"))), rs.getString("csrf"));
    }

    @Override
    public void keepDraft(WebLinks.Claims who, Draft draft) {
        sql.update("""
                INSERT INTO web_draft (platform, workspace, user_id, path, fields, saved_at) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (platform, workspace, user_id, path) DO UPDATE SET fields = excluded.fields, saved_at = excluded.saved_at
                """, who.platform(), who.workspace(), who.userId(), draft.path(), draft.fields(), Sql.stamp(draft.savedAt()));
    }

    @Override
    public Optional<Draft> draft(WebLinks.Claims who, String path) {
        return sql.one("SELECT * FROM web_draft WHERE platform = ? AND workspace = ? AND user_id = ? AND path = ?",
                rs -> new Draft(rs.getString("path"), rs.getString("fields"), Instant.parse(rs.getString("saved_at"))),
                who.platform(), who.workspace(), who.userId(), path);
    }

    @Override
    public void dropDraft(WebLinks.Claims who, String path) {
        sql.update("DELETE FROM web_draft WHERE platform = ? AND workspace = ? AND user_id = ? AND path = ?",
                who.platform(), who.workspace(), who.userId(), path);
    }

    @Override
    public boolean useOnce(String tokenHash, Instant at) {
        return sql.update("INSERT INTO web_link_use (token_hash, used_at) VALUES (?, ?) ON CONFLICT DO NOTHING", tokenHash, Sql.stamp(at)) == 1;
    }

    @Override
    public void close(String idHash) {
        sql.update("DELETE FROM web_session WHERE id_hash = ?", idHash);
    }

    @Override
    public void language(String idHash, Lang lang) {
        sql.update("UPDATE web_session SET lang = ? WHERE id_hash = ?", lang.code(), idHash);
    }

    @Override
    public byte[] secret(String name, Supplier<byte[]> create) {
        Optional<String> stored = sql.one("SELECT value FROM web_secret WHERE name = ?", rs -> rs.getString("value"), name);
        if (stored.isPresent()) return Base64.getDecoder().decode(stored.get());
        // two instances starting together on one new database: the first one's secret is the one both keep
        sql.update("INSERT INTO web_secret (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING", name,
                Base64.getEncoder().encodeToString(create.get()));
        return Base64.getDecoder().decode(sql.one("SELECT value FROM web_secret WHERE name = ?", rs -> rs.getString("value"),
                name).orElseThrow());
    }
}
