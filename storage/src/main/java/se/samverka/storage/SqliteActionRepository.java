package se.samverka.storage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.samverka.core.domain.ActionItem;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.domain.Member;
import se.samverka.core.domain.OrganisationOwner;
import se.samverka.core.port.ActionRepository;

/** Action items; their owners are read with one extra query per list, never one per item. */
final class SqliteActionRepository implements ActionRepository {
    private static final String SELECT = """
            SELECT id, number, task, due_date, status, meeting_id, agenda_item_id, decision_id, created_at, done_at,
                   progress, progress_meeting_id, progress_at
            FROM action_item WHERE workspace_id = ? AND group_id = ? AND removed_at IS NULL
            """;

    /** One action_item row before its owners are attached. */
    private record Row(long id, int number, String task, Optional<LocalDate> due, ActionItem.Status status,
                       Optional<Long> meetingId, Optional<Long> agendaItemId, Optional<Long> decisionId,
                       Instant createdAt, Optional<Instant> doneAt, Optional<ActionItem.Progress> progress) {}

    private final Sql sql;

    SqliteActionRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public ActionItem add(GroupScope group, String task, List<Long> ownerIds, Optional<LocalDate> due,
                          Optional<Long> meetingId, Optional<Long> agendaItemId, Optional<Long> decisionId,
                          Optional<Long> createdBy, Instant createdAt) {
        return add(group, task, ownerIds, List.of(), due, meetingId, agendaItemId, decisionId, createdBy, createdAt);
    }

    @Override
    public ActionItem add(GroupScope group, String task, List<Long> ownerIds, List<OrganisationOwner> organisations,
                          Optional<LocalDate> due, Optional<Long> meetingId, Optional<Long> agendaItemId,
                          Optional<Long> decisionId, Optional<Long> createdBy, Instant createdAt) {
        if (ownerIds.isEmpty() && organisations.isEmpty()) throw new IllegalArgumentException("an action item needs an owner");
        int number = sql.one("SELECT COALESCE(MAX(number), 0) + 1 FROM action_item WHERE workspace_id = ? AND group_id = ?",
                rs -> rs.getInt(1), group.workspaceId(), group.groupId()).orElse(1);
        long id = sql.insert("""
                INSERT INTO action_item (workspace_id, group_id, number, task, due_date, meeting_id, agenda_item_id,
                                         decision_id, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, group.workspaceId(), group.groupId(), number, task, due.map(LocalDate::toString), meetingId,
                agendaItemId, decisionId, createdBy, Sql.stamp(createdAt));
        owners(group, id, ownerIds, organisations);
        return byNumber(group, number).orElseThrow();
    }

    private void owners(GroupScope group, long actionId, List<Long> ownerIds, List<OrganisationOwner> organisations) {
        for (int i = 0; i < ownerIds.size(); i++) {
            sql.update("INSERT INTO action_owner (group_id, action_id, member_id, position) VALUES (?, ?, ?, ?)",
                    group.groupId(), actionId, ownerIds.get(i), i);
        }
        for (int i = 0; i < organisations.size(); i++) {
            OrganisationOwner o = organisations.get(i);
            sql.update("INSERT INTO action_org_owner (group_id, action_id, position, kind, organisation) VALUES (?, ?, ?, ?, ?)",
                    group.groupId(), actionId, i, o.kind().name().toLowerCase(Locale.ROOT), o.organisation());
        }
    }

    @Override
    public Optional<ActionItem> byNumber(GroupScope group, int number) {
        return withOwners(group, sql.list(SELECT + " AND number = ?", SqliteActionRepository::row,
                group.workspaceId(), group.groupId(), number)).stream().findFirst();
    }

    @Override
    public boolean markDone(GroupScope group, long actionId, Optional<Long> doneBy, Instant at) {
        return sql.update("""
                UPDATE action_item SET status = 'done', done_at = ?, done_by = ?
                WHERE workspace_id = ? AND group_id = ? AND id = ? AND status = 'open'
                """, Sql.stamp(at), doneBy, group.workspaceId(), group.groupId(), actionId) == 1;
    }

    @Override
    public void progress(GroupScope group, long actionId, ActionItem.Progress progress, Optional<LocalDate> newDue) {
        sql.update("""
                UPDATE action_item SET progress = ?, progress_meeting_id = ?, progress_at = ?, due_date = COALESCE(?, due_date)
                WHERE workspace_id = ? AND group_id = ? AND id = ? AND status = 'open'
                """, progress.kind().name().toLowerCase(Locale.ROOT), progress.meetingId(), Sql.stamp(progress.at()),
                newDue.map(LocalDate::toString).orElse(null), group.workspaceId(), group.groupId(), actionId);
    }

    @Override
    public boolean change(GroupScope group, long actionId, String task, List<Long> ownerIds,
                          List<OrganisationOwner> organisations, Optional<LocalDate> due) {
        if (ownerIds.isEmpty() && organisations.isEmpty()) throw new IllegalArgumentException("an action item needs an owner");
        int changed = sql.update("""
                UPDATE action_item SET task = ?, due_date = ?
                WHERE workspace_id = ? AND group_id = ? AND id = ? AND removed_at IS NULL
                """, task, due.map(LocalDate::toString).orElse(null), group.workspaceId(), group.groupId(), actionId);
        if (changed != 1) return false;
        sql.update("DELETE FROM action_owner WHERE group_id = ? AND action_id = ?", group.groupId(), actionId);
        sql.update("DELETE FROM action_org_owner WHERE group_id = ? AND action_id = ?", group.groupId(), actionId);
        owners(group, actionId, ownerIds, organisations);
        return true;
    }

    @Override
    public List<ActionItem> open(GroupScope group) {
        return withOwners(group, sql.list(SELECT + " AND status = 'open' ORDER BY due_date IS NULL, due_date, number",
                SqliteActionRepository::row, group.workspaceId(), group.groupId()));
    }

    @Override
    public List<ActionItem> all(GroupScope group) {
        return withOwners(group, sql.list(SELECT + " ORDER BY number", SqliteActionRepository::row,
                group.workspaceId(), group.groupId()));
    }

    private List<ActionItem> withOwners(GroupScope group, List<Row> rows) {
        if (rows.isEmpty()) return List.of();
        Map<Long, List<Member>> owners = new HashMap<>();
        String ids = String.join(",", rows.stream().map(r -> "?").toList());
        Object[] params = new Object[rows.size() + 1];
        params[0] = group.groupId();
        for (int i = 0; i < rows.size(); i++) params[i + 1] = rows.get(i).id();
        sql.list("""
                SELECT o.action_id, %s FROM action_owner o
                JOIN member m ON m.group_id = o.group_id AND m.id = o.member_id
                WHERE o.group_id = ? AND o.action_id IN (%s) ORDER BY o.action_id, o.position
                """.formatted(SqliteMemberRepository.COLUMNS, ids), rs -> {
                    owners.computeIfAbsent(rs.getLong("action_id"), k -> new ArrayList<>())
                            .add(SqliteMemberRepository.member(rs));
                    return null;
                }, params);
        Map<Long, List<OrganisationOwner>> organisations = new HashMap<>();
        sql.list("""
                SELECT action_id, kind, organisation FROM action_org_owner
                WHERE group_id = ? AND action_id IN (%s) ORDER BY action_id, position
                """.formatted(ids), rs -> {
                    organisations.computeIfAbsent(rs.getLong("action_id"), k -> new ArrayList<>()).add(new OrganisationOwner(
                            OrganisationOwner.Kind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)),
                            Sql.optionalString(rs, "organisation")));
                    return null;
                }, params);
        return rows.stream().map(r -> new ActionItem(r.id(), r.number(), r.task(), owners.getOrDefault(r.id(), List.of()),
                r.due(), r.status(), r.meetingId(), r.agendaItemId(), r.decisionId(), r.createdAt(), r.doneAt(), r.progress(),
                organisations.getOrDefault(r.id(), List.of()))).toList();
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(rs.getLong("id"), rs.getInt("number"), rs.getString("task"),
                Sql.optionalString(rs, "due_date").map(LocalDate::parse),
                ActionItem.Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
                Sql.optionalLong(rs, "meeting_id"), Sql.optionalLong(rs, "agenda_item_id"),
                Sql.optionalLong(rs, "decision_id"), Instant.parse(rs.getString("created_at")),
                Sql.optionalString(rs, "done_at").map(Instant::parse),
                rs.getString("progress") == null ? Optional.empty() : Optional.of(new ActionItem.Progress(
                        ActionItem.Progress.Kind.valueOf(rs.getString("progress").toUpperCase(Locale.ROOT)),
                        rs.getLong("progress_meeting_id"), Instant.parse(rs.getString("progress_at")))));
    }
}
