package se.samverka.storage;

import java.util.ArrayList;
import java.util.List;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.domain.SearchHit;
import se.samverka.core.port.SearchIndex;

/** FTS5 search over the word and trigram indexes that triggers keep current (see {@link FullText}). */
final class SqliteSearchIndex implements SearchIndex {
    private final Sql sql;

    SqliteSearchIndex(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<SearchHit> search(GroupScope group, List<String> words, int limit) {
        if (words.isEmpty()) return List.of();
        FullText match = FullText.ranked(sql.kind(), group.groupId(), words);
        List<Object> params = new ArrayList<>(match.params());
        params.addAll(List.of(group.groupId(), group.workspaceId(), limit));
        return sql.list(match.with() + """
                SELECT f.kind, f.ref_id,
                       COALESCE(d.number, a.number, n.number, 0) AS number,
                       COALESCE(d.text, a.task, g.text, r.report, n.text) AS body,
                       COALESCE(d.meeting_id, a.meeting_id, g.meeting_id, r.meeting_id, n.meeting_id) AS meeting_id,
                       mb.name AS who
                FROM found f
                JOIN chat_group cg ON cg.id = ?
                LEFT JOIN decision d ON f.kind = 'decision' AND d.id = f.ref_id
                LEFT JOIN action_item a ON f.kind = 'action' AND a.id = f.ref_id
                LEFT JOIN agenda_item g ON f.kind = 'agenda' AND g.id = f.ref_id
                LEFT JOIN round_table_entry r ON f.kind = 'round' AND r.id = f.ref_id
                LEFT JOIN meeting_note n ON f.kind = 'note' AND n.id = f.ref_id
                LEFT JOIN member mb ON mb.group_id = r.group_id AND mb.id = r.member_id
                WHERE cg.workspace_id = ?
                ORDER BY f.whole DESC, f.score, f.seq DESC
                LIMIT ?
                """, rs -> new SearchHit(kind(rs.getString("kind")), rs.getLong("ref_id"), rs.getInt("number"),
                        rs.getString("body"), Sql.optionalLong(rs, "meeting_id"), Sql.optionalString(rs, "who")),
                params.toArray());
    }

    private static SearchHit.Kind kind(String stored) {
        return switch (stored) {
            case "decision" -> SearchHit.Kind.DECISION;
            case "action" -> SearchHit.Kind.ACTION;
            case "round" -> SearchHit.Kind.ROUND;
            case "note" -> SearchHit.Kind.NOTE;
            default -> SearchHit.Kind.AGENDA;
        };
    }
}
