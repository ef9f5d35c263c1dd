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
    private final Sql sql;

    private SqliteWebSessions(Sql sql) {
        this.sql = sql;
    }

    public static SqliteWebSessions on(SqliteDatabase db) {
        return new SqliteWebSessions(new Sql(db));
    }

    @Override
    public void open(String idHash, WebLinks.Claims claims, String csrf, Instant at) {
        sql.update("DELETE FROM web_session WHERE expires_at <= ?", Sql.stamp(at)); // the expired ones go as new ones come
        sql.update("""
                INSERT INTO web_session (id_hash, platform, workspace, user_id, name, lang, group_ids, csrf, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, idHash, claims.platform(), claims.workspace(), claims.userId(), claims.name(), claims.lang().code(),
                WebLinks.groupsText(claims.groups()), csrf,
                Sql.stamp(at), Sql.stamp(claims.expires()));
    }

    @Override
    public Optional<Session> find(String idHash, Instant now) {
        return sql.one("SELECT * FROM web_session WHERE id_hash = ? AND expires_at > ?", rs -> {
            List<GroupScope> groups = WebLinks.groupsOf(rs.getString("group_ids"));
            return new Session(new WebLinks.Claims(rs.getString("platform"), rs.getString("workspace"), rs.getString("user_id"),
                    rs.getString("name"), Lang.fromCode(rs.getString("lang")).orElse(Lang.SV), groups, Instant.parse(rs.getString("expires_at"))), rs.getString("csrf"));
        }, idHash, Sql.stamp(now));
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
        byte[] made = create.get();
        sql.update("INSERT INTO web_secret (name, value) VALUES (?, ?)", name, Base64.getEncoder().encodeToString(made));
        return made;
    }
}
