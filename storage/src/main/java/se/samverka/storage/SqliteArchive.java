package se.samverka.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.samverka.core.domain.Attendance;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.port.Archive;
import se.samverka.core.port.Justering;

/**
 * The decision register in one query: decisions joined with their meeting and agenda point, filtered in SQL; a
 * decision's § once its minutes (or the decision alone, omedelbart) are justerade.
 */
public final class SqliteArchive implements Archive {
    /** A decision whose § is shown: approved at once, or its meeting's minutes justerade. */
    private static final String JUSTERAD = """
            (d.approved_at IS NOT NULL OR EXISTS (SELECT 1 FROM minutes_version v
                        WHERE v.group_id = d.group_id AND v.meeting_id = d.meeting_id AND v.state = 'approved'))""";
    private static final String SELECT = """
            SELECT d.id, d.number, d.text, d.recorded_at, d.meeting_id, m.starts_at, m.place, a.text AS point,
                   CASE WHEN""" + JUSTERAD + """
                    THEN d.paragraph END AS justerad_paragraph, d.paragraph_year
            FROM decision d
            LEFT JOIN meeting m ON m.group_id = d.group_id AND m.id = d.meeting_id
            LEFT JOIN agenda_item a ON a.group_id = d.group_id AND a.id = d.agenda_item_id
            WHERE d.workspace_id = ? AND d.group_id = ? AND d.removed_at IS NULL
            """;

    private final Sql sql;

    /** When a decision was taken: its meeting's start, else when it was recorded (epoch seconds). */
    private String decided() {
        return "COALESCE(m.starts_at, " + sql.epochSeconds("d.recorded_at") + ")";
    }

    private SqliteArchive(Sql sql) {
        this.sql = sql;
    }

    public static SqliteArchive on(Database db) {
        return new SqliteArchive(new Sql(db));
    }

    @Override
    public List<DecisionRow> decisions(GroupScope group, DecisionFilter filter, int limit) {
        StringBuilder query = new StringBuilder();
        List<Object> params = new ArrayList<>();
        if (!filter.words().isEmpty()) {
            // the same search as the chat's: 3+ characters anywhere (compound words too), shorter words as a word's start
            FullText match = FullText.matching(sql.kind(), group.groupId(), filter.words());
            query.append(match.with());
            params.addAll(match.params());
        }
        query.append(SELECT);
        params.addAll(List.of(group.workspaceId(), group.groupId()));
        filter.from().ifPresent(from -> {
            query.append(" AND ").append(decided()).append(" >= ?");
            params.add(from.getEpochSecond());
        });
        filter.until().ifPresent(until -> {
            query.append(" AND ").append(decided()).append(" < ?");
            params.add(until.getEpochSecond());
        });
        filter.organisation().ifPresent(org -> {
            // the decisions with an action item owned in the organisation, found once (not per decision)
            query.append("""
                     AND (d.id IN (SELECT ai.decision_id FROM member mm
                                   JOIN action_owner o ON o.group_id = mm.group_id AND o.member_id = mm.id
                                   JOIN action_item ai ON ai.group_id = o.group_id AND ai.id = o.action_id
                                   WHERE mm.group_id = ? AND mm.organisation = ? COLLATE NOCASE
                                   AND ai.decision_id IS NOT NULL AND ai.removed_at IS NULL)
                          OR lower(d.text) LIKE lower(?) ESCAPE '!')
                    """);
            params.add(group.groupId());
            params.add(org);
            params.add(Sql.containing(org));
        });
        filter.paragraph().ifPresent(p -> {
            query.append(" AND d.paragraph = ? AND ").append(JUSTERAD);
            params.add(p.number());
            if (p.year() > 0) {
                query.append(" AND d.paragraph_year = ?");
                params.add(p.year());
            }
        });
        if (!filter.words().isEmpty()) query.append(" AND d.id IN (SELECT ref_id FROM found WHERE kind = 'decision')");
        query.append(" ORDER BY ").append(decided()).append(" DESC, d.number DESC LIMIT ?");
        params.add(limit);
        return sql.list(query.toString(), SqliteArchive::row, params.toArray());
    }

    @Override
    public Optional<DecisionRow> decision(GroupScope group, long decisionId) {
        return sql.one(SELECT + " AND d.id = ?", SqliteArchive::row, group.workspaceId(), group.groupId(), decisionId);
    }

    @Override
    public List<Instant> decisionTimes(GroupScope group) {
        return sql.list("SELECT " + decided() + " AS at FROM decision d LEFT JOIN meeting m ON m.group_id = d.group_id AND m.id = d.meeting_id"
                + " WHERE d.workspace_id = ? AND d.group_id = ? AND d.removed_at IS NULL ORDER BY at DESC", rs -> Instant.ofEpochSecond(rs.getLong("at")),
                group.workspaceId(), group.groupId());
    }

    @Override
    public List<Attendance> attendance(GroupScope group, Instant from, Instant until) {
        return sql.list("""
                SELECT a.meeting_id, a.member_id, a.status FROM attendance a
                JOIN meeting m ON m.group_id = a.group_id AND m.id = a.meeting_id
                WHERE m.workspace_id = ? AND m.group_id = ? AND m.starts_at >= ? AND m.starts_at < ?
                ORDER BY m.starts_at, a.meeting_id, a.member_id
                """, rs -> new Attendance(rs.getLong(1), rs.getLong(2),
                        Attendance.Status.valueOf(rs.getString(3).toUpperCase(java.util.Locale.ROOT))),
                group.workspaceId(), group.groupId(), from.getEpochSecond(), until.getEpochSecond());
    }

    private static DecisionRow row(ResultSet rs) throws SQLException {
        long start = rs.getLong("starts_at");
        Optional<Instant> meetingStart = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochSecond(start));
        int year = rs.getInt("paragraph_year");
        return new DecisionRow(rs.getLong("id"), rs.getInt("number"), rs.getString("text"), Instant.parse(rs.getString("recorded_at")),
                Sql.optionalLong(rs, "meeting_id"), meetingStart, Sql.optionalString(rs, "place"), Sql.optionalString(rs, "point"),
                Sql.optionalLong(rs, "justerad_paragraph").map(n -> new Justering.Paragraph(n.intValue(), year)));
    }
}
