package se.samverka.storage;

import java.util.Optional;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.port.GroupSettings;

/** group_setting. */
final class SqliteGroupSettings implements GroupSettings {
    private final Sql sql;

    SqliteGroupSettings(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<String> get(GroupScope group, String name) {
        return sql.one("SELECT value FROM group_setting WHERE group_id = ? AND name = ?", rs -> rs.getString(1),
                group.groupId(), name);
    }

    @Override
    public void set(GroupScope group, String name, String value) {
        sql.update("""
                INSERT INTO group_setting (group_id, name, value) VALUES (?, ?, ?)
                ON CONFLICT (group_id, name) DO UPDATE SET value = excluded.value
                """, group.groupId(), name, value);
    }
}
