package se.samverka.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The search of {@link FullText} on PostgreSQL, over {@code search_entry} (kept by triggers, see
 * {@code db/postgresql}): a word of 3 or more characters matches anywhere in the text without case or accents
 * ({@code folded}, a pg_trgm index; "konferens" finds "Jämställdhetskonferensen"), a shorter one the start of a word
 * ({@code words}, a 'simple' tsvector). Rows whose every word starts a word rank first, then by the Swedish and
 * English stemmed rank ({@code stems}: "besluten" ranks a text saying "beslut"), then the newest.
 */
final class PostgresFullText {
    private PostgresFullText() {
    }

    static FullText found(long groupId, FullText.Split split, boolean ranked) {
        List<String> all = new ArrayList<>(split.longer());
        all.addAll(split.shorter());
        List<Object> params = new ArrayList<>();
        StringBuilder select = new StringBuilder("WITH found AS MATERIALIZED (SELECT kind, ref_id");
        if (ranked) {
            String text = String.join(" ", all);
            select.append(", words @@ to_tsquery('simple', unaccent(?)) AS whole,"
                    + " -(ts_rank(stems, plainto_tsquery('swedish', ?)) + ts_rank(stems, plainto_tsquery('english', ?)))"
                    + " AS score, seq");
            params.addAll(List.of(prefixes(all), text, text));
        }
        select.append(" FROM search_entry WHERE group_id = ?");
        params.add(groupId);
        for (String word : split.longer()) {
            select.append(" AND folded LIKE lower(unaccent(?)) ESCAPE '!'");
            params.add(Sql.containing(word));
        }
        if (!split.shorter().isEmpty()) {
            select.append(" AND words @@ to_tsquery('simple', unaccent(?))");
            params.add(prefixes(split.shorter()));
        }
        return new FullText(select.append(")\n").toString(), params);
    }

    /** Every word quoted (so none is read as query syntax) and matched as the start of a word. */
    private static String prefixes(List<String> words) {
        return words.stream().map(w -> "'" + w.replace("\\", "\\\\").replace("'", "''") + "':*")
                .collect(Collectors.joining(" & "));
    }
}
