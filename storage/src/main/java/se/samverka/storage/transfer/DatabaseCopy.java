package se.samverka.storage.transfer;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import se.samverka.storage.Database;

/**
 * Copies every row of one Samverka database into another, empty one — SQLite to PostgreSQL, back, or file to file —
 * and verifies it. Both are opened (so migrated to this Samverka's schema) by the caller. The source is read in one
 * transaction (one consistent snapshot); the target is written in one transaction too, verified inside it, and
 * committed only when every table's row count and SHA-256 ({@link Checksums}) and the search index match the
 * source's: a failure anywhere, or a mismatch, rolls it all back and leaves the target as it was (one transaction
 * for the whole copy rather than one per table, because a half-copied target would hold data and be refused by the
 * next run). A target that already holds exactly the source's rows is left alone and reported as already copied; a
 * target that holds anything else is refused untouched: the copy never merges into or overwrites a used database.
 */
public final class DatabaseCopy {
    /** How the copy ended. */
    public enum Outcome { COPIED, ALREADY_COPIED, TARGET_HOLDS_OTHER_DATA, MISMATCH }

    /** One table's rows on each side and whether they are the same rows. */
    public record Check(String table, long sourceRows, long targetRows, boolean same) {
    }

    /**
     * @param checks every table (and the search index) as the target held it at the end: after the copy, or as found
     * @param copied rows written (0 unless {@link Outcome#COPIED})
     */
    public record Report(Outcome outcome, List<Check> checks, long copied, Duration took) {
        public Report {
            checks = List.copyOf(checks);
        }

        public long sourceRows() {
            return checks.stream().filter(c -> !c.table().equals(SearchIndexes.NAME)).mapToLong(Check::sourceRows).sum();
        }

        public long tables() {
            return checks.stream().filter(c -> !c.table().equals(SearchIndexes.NAME)).count();
        }

        public List<String> differing() {
            return checks.stream().filter(c -> !c.same()).map(Check::table).toList();
        }
    }

    private DatabaseCopy() {
    }

    public static Report copy(Database from, Database to) {
        long start = System.nanoTime();
        try (Connection source = from.dataSource().getConnection(); Connection target = to.dataSource().getConnection()) {
            source.setAutoCommit(false);
            if (from.kind() == Database.Kind.POSTGRESQL) source.setReadOnly(true);
            target.setAutoCommit(false);
            try {
                return run(Side.of(from.kind(), source), Side.of(to.kind(), target), start);
            } finally {
                target.rollback(); // nothing left open: a commit happened in run, or nothing is kept
                source.rollback();
            }
        } catch (SQLException e) {
            throw new CopyException("the copy failed and was rolled back, the target is unchanged: " + firstLine(e), e);
        }
    }

    private static Report run(Side source, Side target, long start) throws SQLException {
        List<Table> tables = Schema.read(target, source);
        List<Checksums.Sum> wanted = sums(source, tables);
        List<Checksums.Sum> found = sums(target, tables);
        if (wanted.equals(found)) return report(Outcome.ALREADY_COPIED, wanted, found, 0, start);
        if (found.stream().anyMatch(s -> s.rows() > 0)) return report(Outcome.TARGET_HOLDS_OTHER_DATA, wanted, found, 0, start);
        long copied = 0;
        for (Table table : tables) {
            copied += TableCopy.copy(source, target, table);
            for (String identity : table.identities()) TableCopy.advanceSequence(target, table.name(), identity);
        }
        SearchIndexes.carryOver(source, target);
        List<Checksums.Sum> after = sums(target, tables);
        if (!wanted.equals(after)) {
            target.connection().rollback();
            return report(Outcome.MISMATCH, wanted, after, 0, start);
        }
        target.connection().commit();
        return report(Outcome.COPIED, wanted, after, copied, start);
    }

    /** Every table's sum, then the search index's. */
    private static List<Checksums.Sum> sums(Side side, List<Table> tables) throws SQLException {
        List<Checksums.Sum> sums = new ArrayList<>();
        for (Table table : tables) sums.add(Checksums.of(side, table));
        sums.add(SearchIndexes.sum(side));
        return sums;
    }

    private static Report report(Outcome outcome, List<Checksums.Sum> source, List<Checksums.Sum> target, long copied,
                                 long start) {
        List<Check> checks = new ArrayList<>();
        for (int i = 0; i < source.size(); i++) {
            Checksums.Sum s = source.get(i);
            Checksums.Sum t = target.get(i);
            checks.add(new Check(s.table(), s.rows(), t.rows(), s.equals(t)));
        }
        return new Report(outcome, checks, copied, Duration.ofNanos(System.nanoTime() - start));
    }

    private static String firstLine(SQLException e) {
        SQLException shown = e.getNextException() != null ? e.getNextException() : e;
        String message = shown.getMessage() == null ? shown.getClass().getSimpleName() : shown.getMessage();
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
