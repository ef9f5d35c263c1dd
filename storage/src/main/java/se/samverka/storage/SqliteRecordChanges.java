package se.samverka.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.port.RecordChanges;

/**
 * record_change, and the soft removal of records. The table and columns of each kind come from a fixed list
 * ({@link Table}), never from input; every value is a ? parameter.
 */
final class SqliteRecordChanges implements RecordChanges {
    /** Where a kind of record lives: its table, text column, number column (or 0), and who wrote it. */
    private enum Table {
        DECISION("decision", "text", "number", "recorded_by", "meeting_id"),
        ACTION("action_item", "task", "number", "created_by", "meeting_id"),
        AGENDA("agenda_item", "text", "0", "proposer_id", "meeting_id"),
        NOTE("meeting_note", "text", "number", "written_by", "meeting_id"),
        ROUND("round_table_entry", "report", "0", "member_id", "meeting_id");

        final String name;
        final String text;
        final String number;
        final String author;
        final String meeting;

        Table(String name, String text, String number, String author, String meeting) {
            this.name = name;
            this.text = text;
            this.number = number;
            this.author = author;
            this.meeting = meeting;
        }

        static Table of(Kind kind) {
            return switch (kind) {
                case DECISION -> DECISION;
                case ACTION -> ACTION;
                case AGENDA, STANDING -> AGENDA;
                case NOTE -> NOTE;
                case ROUND -> ROUND;
            };
        }

        /** Rows of the group in the workspace (round_table_entry has no workspace column of its own). */
        String scoped() {
            return " WHERE group_id = ? AND group_id IN (SELECT id FROM chat_group WHERE workspace_id = ?)";
        }

        String select() {
            return "SELECT id, " + number + " AS number, " + text + " AS text, " + author + " AS author, " + meeting
                    + " AS meeting_id, removed_at FROM " + name + scoped();
        }
    }

    private static final String ENTRY = """
            SELECT id, actor_id, at, kind, change, ref_id, before_text, after_text, before_owners, before_due, undone_at
            FROM record_change WHERE workspace_id = ? AND group_id = ?
            """;

    private final Sql sql;

    SqliteRecordChanges(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void log(GroupScope group, Optional<Long> actorId, Instant at, Logged change) {
        sql.insert("""
                INSERT INTO record_change (workspace_id, group_id, actor_id, at, kind, change, ref_id, before_text,
                                           after_text, before_owners, before_due)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, group.workspaceId(), group.groupId(), actorId, Sql.stamp(at), lower(change.kind()),
                lower(change.change()), change.refId(), change.before(), change.after(), change.beforeOwners(),
                change.beforeDue());
    }

    @Override
    public Optional<Entry> lastOf(GroupScope group, long actorId) {
        return sql.list(ENTRY + " AND actor_id = ? AND undone_at IS NULL ORDER BY id DESC LIMIT 1",
                SqliteRecordChanges::entry, group.workspaceId(), group.groupId(), actorId).stream().findFirst();
    }

    @Override
    public boolean undone(GroupScope group, long changeId, Instant at) {
        return sql.update("""
                UPDATE record_change SET undone_at = ?
                WHERE workspace_id = ? AND group_id = ? AND id = ? AND undone_at IS NULL
                """, Sql.stamp(at), group.workspaceId(), group.groupId(), changeId) == 1;
    }

    @Override
    public List<Entry> history(GroupScope group, Kind kind, long refId) {
        List<String> kinds = kind == Kind.AGENDA || kind == Kind.STANDING ? List.of("agenda", "standing") : List.of(lower(kind));
        return sql.list(ENTRY + " AND kind IN (?, ?) AND ref_id = ? ORDER BY id", SqliteRecordChanges::entry,
                group.workspaceId(), group.groupId(), kinds.get(0), kinds.get(kinds.size() - 1), refId);
    }

    @Override
    public Optional<Stored> byId(GroupScope group, Kind kind, long refId) {
        Table table = Table.of(kind);
        return sql.one(table.select() + " AND id = ?", SqliteRecordChanges::stored, group.groupId(),
                group.workspaceId(), refId);
    }

    @Override
    public Optional<Stored> byNumber(GroupScope group, Kind kind, int number) {
        Table table = Table.of(kind);
        if (table.number.equals("0")) throw new IllegalArgumentException(kind + " has no number");
        return sql.one(table.select() + " AND number = ?", SqliteRecordChanges::stored, group.groupId(),
                group.workspaceId(), number);
    }

    @Override
    public int under(GroupScope group, long agendaItemId) {
        // the item's own records and those under its sub-items (2.1), which leave the minutes with it
        return sql.one("""
                WITH point(id) AS (
                    SELECT ? UNION
                    SELECT d.agenda_item_id FROM agenda_item_detail d
                    JOIN agenda_item i ON i.group_id = d.group_id AND i.id = d.agenda_item_id
                    WHERE d.workspace_id = ? AND d.group_id = ? AND d.parent_id = ? AND i.removed_at IS NULL)
                SELECT (SELECT COUNT(*) FROM decision WHERE workspace_id = ? AND group_id = ?
                            AND agenda_item_id IN (SELECT id FROM point) AND removed_at IS NULL)
                     + (SELECT COUNT(*) FROM action_item WHERE workspace_id = ? AND group_id = ?
                            AND agenda_item_id IN (SELECT id FROM point) AND removed_at IS NULL)
                     + (SELECT COUNT(*) FROM meeting_note WHERE workspace_id = ? AND group_id = ?
                            AND agenda_item_id IN (SELECT id FROM point) AND removed_at IS NULL)
                """, rs -> rs.getInt(1), agendaItemId, group.workspaceId(), group.groupId(), agendaItemId,
                group.workspaceId(), group.groupId(), group.workspaceId(), group.groupId(), group.workspaceId(),
                group.groupId()).orElse(0);
    }

    @Override
    public boolean setText(GroupScope group, Kind kind, long refId, String text) {
        Table table = Table.of(kind);
        return sql.update("UPDATE " + table.name + " SET " + table.text + " = ?" + table.scoped()
                + " AND id = ? AND removed_at IS NULL", text, group.groupId(), group.workspaceId(), refId) == 1;
    }

    @Override
    public boolean remove(GroupScope group, Kind kind, long refId, Optional<Long> by, Instant at) {
        Table table = Table.of(kind);
        return sql.update("UPDATE " + table.name + " SET removed_at = ?, removed_by = ?" + table.scoped()
                + " AND id = ? AND removed_at IS NULL", Sql.stamp(at), by, group.groupId(), group.workspaceId(), refId) == 1;
    }

    @Override
    public boolean restore(GroupScope group, Kind kind, long refId) {
        Table table = Table.of(kind);
        return sql.update("UPDATE " + table.name + " SET removed_at = NULL, removed_by = NULL" + table.scoped()
                + " AND id = ? AND removed_at IS NOT NULL", group.groupId(), group.workspaceId(), refId) == 1;
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static Stored stored(ResultSet rs) throws SQLException {
        return new Stored(rs.getLong("id"), rs.getInt("number"), rs.getString("text"), Sql.optionalLong(rs, "author"),
                Sql.optionalLong(rs, "meeting_id"), Sql.optionalString(rs, "removed_at").map(Instant::parse));
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        return new Entry(rs.getLong("id"), Sql.optionalLong(rs, "actor_id"), Instant.parse(rs.getString("at")),
                Kind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)),
                Change.valueOf(rs.getString("change").toUpperCase(Locale.ROOT)), rs.getLong("ref_id"),
                Sql.optionalString(rs, "before_text"), Sql.optionalString(rs, "after_text"),
                Sql.optionalString(rs, "before_owners"), Sql.optionalString(rs, "before_due"),
                Sql.optionalString(rs, "undone_at").map(Instant::parse));
    }
}
