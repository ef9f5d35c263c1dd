package se.samverka.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.samverka.core.agenda.ItemDetails;
import se.samverka.core.agenda.Section;
import se.samverka.core.domain.AgendaItem;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.port.AgendaStructureRepository;

/** Sections, sub-items, presenters and times, tabled items and fixed numbers (V19: agenda_item_detail, agenda_section, agenda_sent, agenda_number). */
final class SqliteAgendaStructure implements AgendaStructureRepository {
    private final Sql sql;

    SqliteAgendaStructure(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<AgendaItem> subItems(GroupScope group, long meetingId) {
        return sql.list("""
                SELECT i.id, i.meeting_id, i.standing, i.text, i.proposer_id, i.position
                FROM agenda_item i JOIN agenda_item_detail d ON d.agenda_item_id = i.id
                WHERE i.workspace_id = ? AND i.group_id = ? AND i.meeting_id = ? AND d.parent_id IS NOT NULL
                  AND i.removed_at IS NULL
                ORDER BY i.position, i.id
                """, SqliteAgendaRepository::item, group.workspaceId(), group.groupId(), meetingId);
    }

    @Override
    public List<Section> sections(GroupScope group, long meetingId) {
        return sql.list("""
                SELECT id, title, position FROM agenda_section
                WHERE workspace_id = ? AND group_id = ? AND meeting_id = ? ORDER BY position, id
                """, rs -> new Section(rs.getLong("id"), rs.getString("title"), rs.getInt("position")),
                group.workspaceId(), group.groupId(), meetingId);
    }

    @Override
    public Map<Long, ItemDetails> details(GroupScope group, long meetingId) {
        Map<Long, ItemDetails> out = new HashMap<>();
        sql.list("""
                SELECT d.agenda_item_id AS id, d.parent_id, d.presenter, d.minutes, d.closing, d.tabled_from, d.tabled_to
                FROM agenda_item_detail d JOIN agenda_item i ON i.id = d.agenda_item_id
                WHERE d.workspace_id = ? AND d.group_id = ? AND (i.meeting_id = ? OR i.standing = 1)
                """, SqliteAgendaStructure::details, group.workspaceId(), group.groupId(), meetingId)
                .forEach(d -> out.put(d.itemId(), d));
        return out;
    }

    private static ItemDetails details(ResultSet rs) throws SQLException {
        int minutes = rs.getInt("minutes");
        Optional<Integer> m = rs.wasNull() ? Optional.empty() : Optional.of(minutes);
        return new ItemDetails(rs.getLong("id"), Sql.optionalLong(rs, "parent_id"), Sql.optionalString(rs, "presenter"),
                m, rs.getInt("closing") == 1, Sql.optionalLong(rs, "tabled_from"), Sql.optionalLong(rs, "tabled_to"));
    }

    @Override
    public Map<Long, String> labels(GroupScope group, long meetingId) {
        Map<Long, String> out = new HashMap<>();
        sql.list("""
                SELECT agenda_item_id, label FROM agenda_number WHERE workspace_id = ? AND group_id = ? AND meeting_id = ?
                """, rs -> Map.entry(rs.getLong(1), rs.getString(2)), group.workspaceId(), group.groupId(), meetingId)
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    @Override
    public Optional<Instant> sentAt(GroupScope group, long meetingId) {
        return sql.one("""
                SELECT sent_at FROM agenda_sent WHERE workspace_id = ? AND group_id = ? AND meeting_id = ?
                """, rs -> rs.getString(1), group.workspaceId(), group.groupId(), meetingId).map(Instant::parse);
    }

    @Override
    public void fix(GroupScope group, long meetingId, Map<Long, String> labels, Instant at) {
        sql.update("""
                INSERT INTO agenda_sent (meeting_id, workspace_id, group_id, sent_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING
                """, meetingId, group.workspaceId(), group.groupId(), Sql.stamp(at));
        labels.forEach((itemId, label) -> sql.update("""
                INSERT INTO agenda_number (workspace_id, group_id, meeting_id, agenda_item_id, label)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
                """, group.workspaceId(), group.groupId(), meetingId, itemId, label));
    }

    @Override
    public AgendaItem addSubItem(GroupScope group, long meetingId, long parentId, String text,
                                 Optional<Long> proposerId, Instant at) {
        int position = nextPosition(group, meetingId);
        long id = sql.insert("""
                INSERT INTO agenda_item (workspace_id, group_id, meeting_id, standing, text, proposer_id, position,
                                         created_at)
                VALUES (?, ?, ?, 0, ?, ?, ?, ?)
                """, group.workspaceId(), group.groupId(), meetingId, text, proposerId, position, Sql.stamp(at));
        sql.updateOne("""
                INSERT INTO agenda_item_detail (agenda_item_id, workspace_id, group_id, parent_id) VALUES (?, ?, ?, ?)
                """, id, group.workspaceId(), group.groupId(), parentId);
        return new AgendaItem(id, Optional.of(meetingId), false, text, proposerId, position);
    }

    @Override
    public Section addSection(GroupScope group, long meetingId, String title, Instant at) {
        int position = nextPosition(group, meetingId);
        long id = sql.insert("""
                INSERT INTO agenda_section (workspace_id, group_id, meeting_id, title, position, created_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """, group.workspaceId(), group.groupId(), meetingId, title, position, Sql.stamp(at));
        return new Section(id, title, position);
    }

    /** After every item and section of the meeting: they share one order. */
    int nextPosition(GroupScope group, long meetingId) {
        return sql.one("""
                SELECT COALESCE(MAX(position), 0) + 1 FROM (
                    SELECT position FROM agenda_item WHERE workspace_id = ? AND group_id = ? AND meeting_id = ?
                    UNION ALL
                    SELECT position FROM agenda_section WHERE workspace_id = ? AND group_id = ? AND meeting_id = ?) AS taken
                """, rs -> rs.getInt(1), group.workspaceId(), group.groupId(), meetingId,
                group.workspaceId(), group.groupId(), meetingId).orElse(1);
    }

    @Override
    public void setTiming(GroupScope group, long itemId, Optional<String> presenter, Optional<Integer> minutes) {
        sql.updateOne("""
                INSERT INTO agenda_item_detail (agenda_item_id, workspace_id, group_id, presenter, minutes)
                SELECT id, workspace_id, group_id, ?, ? FROM agenda_item WHERE workspace_id = ? AND group_id = ? AND id = ?
                ON CONFLICT (agenda_item_id) DO UPDATE SET presenter = excluded.presenter, minutes = excluded.minutes
                """, presenter, minutes, group.workspaceId(), group.groupId(), itemId);
    }

    @Override
    public void setClosing(GroupScope group, long itemId) {
        sql.updateOne("""
                INSERT INTO agenda_item_detail (agenda_item_id, workspace_id, group_id, closing)
                SELECT id, workspace_id, group_id, 1 FROM agenda_item
                WHERE workspace_id = ? AND group_id = ? AND id = ? AND standing = 1
                ON CONFLICT (agenda_item_id) DO UPDATE SET closing = 1
                """, group.workspaceId(), group.groupId(), itemId);
    }

    @Override
    public void reorder(GroupScope group, long meetingId, List<Slot> order) {
        for (int i = 0; i < order.size(); i++) {
            Slot slot = order.get(i);
            sql.updateOne((slot.section() ? "UPDATE agenda_section" : "UPDATE agenda_item") + """
                     SET position = ? WHERE workspace_id = ? AND group_id = ? AND meeting_id = ? AND id = ?
                    """, i + 1, group.workspaceId(), group.groupId(), meetingId, slot.id());
        }
    }

    /** A copy of the item (text, proposer, presenter, minutes) last on the meeting; returns the new id. */
    private long copy(GroupScope group, long itemId, long meetingId, Optional<Long> parentId, Optional<Long> tabledFrom,
                      Instant at) {
        long id = sql.insert("""
                INSERT INTO agenda_item (workspace_id, group_id, meeting_id, standing, text, proposer_id, position,
                                         created_at)
                SELECT workspace_id, group_id, ?, 0, text, proposer_id, ?, ? FROM agenda_item
                WHERE workspace_id = ? AND group_id = ? AND id = ? AND standing = 0
                """, meetingId, nextPosition(group, meetingId), Sql.stamp(at), group.workspaceId(), group.groupId(), itemId);
        sql.updateOne("""
                INSERT INTO agenda_item_detail (agenda_item_id, workspace_id, group_id, parent_id, presenter, minutes,
                                                tabled_from)
                SELECT ?, ?, ?, ?, (SELECT presenter FROM agenda_item_detail WHERE agenda_item_id = ?),
                       (SELECT minutes FROM agenda_item_detail WHERE agenda_item_id = ?), ?
                """, id, group.workspaceId(), group.groupId(), parentId, itemId, itemId, tabledFrom);
        return id;
    }

    @Override
    public AgendaItem table(GroupScope group, long itemId, long toMeetingId, Instant at) {
        long id = copy(group, itemId, toMeetingId, Optional.empty(), Optional.of(itemId), at);
        List<Long> subItems = sql.list("""
                SELECT d.agenda_item_id FROM agenda_item_detail d JOIN agenda_item i ON i.id = d.agenda_item_id
                WHERE d.workspace_id = ? AND d.group_id = ? AND d.parent_id = ? ORDER BY i.position, i.id
                """, rs -> rs.getLong(1), group.workspaceId(), group.groupId(), itemId);
        for (long sub : subItems) copy(group, sub, toMeetingId, Optional.of(id), Optional.empty(), at);
        sql.updateOne("""
                INSERT INTO agenda_item_detail (agenda_item_id, workspace_id, group_id, tabled_to) VALUES (?, ?, ?, ?)
                ON CONFLICT (agenda_item_id) DO UPDATE SET tabled_to = excluded.tabled_to WHERE agenda_item_detail.tabled_to IS NULL
                """, itemId, group.workspaceId(), group.groupId(), toMeetingId);
        return sql.one("""
                SELECT id, meeting_id, standing, text, proposer_id, position FROM agenda_item
                WHERE workspace_id = ? AND group_id = ? AND id = ?
                """, SqliteAgendaRepository::item, group.workspaceId(), group.groupId(), id).orElseThrow();
    }
}
