package se.samverka.storage;

import java.util.List;
import java.util.stream.Collectors;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.domain.SearchHit;
import se.samverka.core.port.SearchIndex;

/** FTS5 search over the search_text table that triggers keep current. */
final class SqliteSearchIndex implements SearchIndex {
    private final Sql sql;

    SqliteSearchIndex(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<SearchHit> search(GroupScope group, List<String> words, int limit) {
        if (words.isEmpty()) return List.of();
        // every word quoted (so no word is read as FTS syntax) and matched as a prefix
        String query = words.stream().map(w -> "\"" + w.replace("\"", "\"\"") + "\"*").collect(Collectors.joining(" "));
        return sql.list("""
                SELECT s.kind, s.ref_id,
                       COALESCE(d.number, a.number, n.number, 0) AS number,
                       s.body,
                       COALESCE(d.meeting_id, a.meeting_id, g.meeting_id, n.meeting_id) AS meeting_id
                FROM search_text s
                JOIN chat_group cg ON cg.id = s.group_id
                LEFT JOIN decision d ON s.kind = 'decision' AND d.id = s.ref_id
                LEFT JOIN action_item a ON s.kind = 'action' AND a.id = s.ref_id
                LEFT JOIN agenda_item g ON s.kind = 'agenda' AND g.id = s.ref_id
                LEFT JOIN meeting_note n ON s.kind = 'note' AND n.id = s.ref_id
                WHERE search_text MATCH ? AND cg.workspace_id = ? AND s.group_id = ?
                ORDER BY bm25(search_text), s.rowid DESC
                LIMIT ?
                """, rs -> new SearchHit(SearchHit.Kind.valueOf(kind(rs.getString("kind"))), rs.getLong("ref_id"),
                        rs.getInt("number"), rs.getString("body"), Sql.optionalLong(rs, "meeting_id")),
                query, group.workspaceId(), group.groupId(), limit);
    }

    private static String kind(String stored) {
        return switch (stored) {
            case "decision" -> "DECISION";
            case "action" -> "ACTION";
            case "note" -> "NOTE";
            default -> "AGENDA";
        };
    }

}
