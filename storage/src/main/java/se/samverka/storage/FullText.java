package se.samverka.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Which rows of a group's search indexes match every word, as a {@code WITH … found AS (…)} clause to put in front of
 * a query. A word of 3 or more characters matches anywhere in the text, inside compound words too ("konferens" finds
 * "Jämställdhetskonferensen"), through the trigram index; a shorter word matches the start of a word through the
 * word index. {@code found} has the columns kind and ref_id; {@link #ranked} adds whole (1 when every word also
 * starts a word of the text: those rank first), score (bm25, lower is better) and seq (higher is newer). On
 * PostgreSQL the same columns come from one table of trigram- and tsvector-indexed rows ({@link PostgresFullText}).
 */
record FullText(String with, List<Object> params) {
    static final int TRIGRAM = 3;

    FullText {
        params = List.copyOf(params);
    }

    /** The rows that match, unranked: for a filter (the decision register orders by date). */
    static FullText matching(Database.Kind db, long groupId, List<String> words) {
        if (db == Database.Kind.POSTGRESQL) return PostgresFullText.found(groupId, Split.of(words), false);
        Split split = Split.of(words);
        if (split.longer().isEmpty()) return wordsOnly(groupId, words, false);
        List<Object> params = new ArrayList<>(List.of(phrases(split.longer()), groupId));
        String with = "WITH found AS MATERIALIZED (SELECT kind, ref_id FROM search_trigram WHERE search_trigram MATCH ? AND group_id = ?"
                + shorter(split, groupId, "", params) + ")\n";
        return new FullText(with, params);
    }

    /** The rows that match, with what ranks them: for the chat's best-first hits. */
    static FullText ranked(Database.Kind db, long groupId, List<String> words) {
        if (db == Database.Kind.POSTGRESQL) return PostgresFullText.found(groupId, Split.of(words), true);
        Split split = Split.of(words);
        if (split.longer().isEmpty()) return wordsOnly(groupId, words, true);
        List<Object> params = new ArrayList<>(List.of(prefixes(words), groupId, phrases(split.longer()), groupId));
        String with = """
                WITH words AS MATERIALIZED (
                    SELECT kind, ref_id FROM search_text WHERE search_text MATCH ? AND group_id = ?),
                parts AS MATERIALIZED (
                    SELECT kind, ref_id, bm25(search_trigram) AS score, rowid AS seq
                    FROM search_trigram WHERE search_trigram MATCH ? AND group_id = ?),
                found AS MATERIALIZED (
                    SELECT p.kind, p.ref_id, w.ref_id IS NOT NULL AS whole, p.score, p.seq
                    FROM parts p LEFT JOIN words w ON w.kind = p.kind AND w.ref_id = p.ref_id WHERE 1
                """ + shorter(split, groupId, "p.", params) + ")\n";
        return new FullText(with, params);
    }

    /** Words of 3 or more characters, and shorter ones. */
    record Split(List<String> longer, List<String> shorter) {
        static Split of(List<String> words) {
            if (words.isEmpty()) throw new IllegalArgumentException("no words to search for");
            return new Split(words.stream().filter(w -> w.codePointCount(0, w.length()) >= TRIGRAM).toList(),
                    words.stream().filter(w -> w.codePointCount(0, w.length()) < TRIGRAM).toList());
        }
    }

    /** Every word short: the word index alone. */
    private static FullText wordsOnly(long groupId, List<String> words, boolean ranked) {
        String columns = ranked ? "kind, ref_id, 1 AS whole, bm25(search_text) AS score, rowid AS seq" : "kind, ref_id";
        return new FullText("WITH found AS MATERIALIZED (SELECT " + columns
                + " FROM search_text WHERE search_text MATCH ? AND group_id = ?)\n", List.of(prefixes(words), groupId));
    }

    /** The condition that the short words start words of the same row (empty when there are none). */
    private static String shorter(Split split, long groupId, String alias, List<Object> params) {
        if (split.shorter().isEmpty()) return "";
        params.addAll(List.of(prefixes(split.shorter()), groupId));
        return " AND (" + alias + "kind, " + alias + "ref_id) IN"
                + " (SELECT kind, ref_id FROM search_text WHERE search_text MATCH ? AND group_id = ?)";
    }

    /** Every word quoted (so no word is read as FTS syntax) and matched as the start of a word. */
    private static String prefixes(List<String> words) {
        return words.stream().map(w -> quoted(w) + "*").collect(Collectors.joining(" "));
    }

    /** Every word quoted: in the trigram index a quoted word matches anywhere in the text. */
    private static String phrases(List<String> words) {
        return words.stream().map(FullText::quoted).collect(Collectors.joining(" "));
    }

    private static String quoted(String word) {
        return "\"" + word.replace("\"", "\"\"") + "\"";
    }
}
