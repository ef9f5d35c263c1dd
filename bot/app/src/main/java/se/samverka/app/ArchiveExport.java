package se.samverka.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import se.samverka.core.domain.Group;
import se.samverka.core.port.Justering;
import se.samverka.core.port.Store;
import se.samverka.core.text.Sha256;

/**
 * {@code samverka archive --group NAME --year YYYY --out DIR}: every justerad version's stored archive copy (PDF/A) of
 * the group's meetings that year, and {@code index.csv} (RFC 4180, UTF-8, a header row) — the form a registrar
 * imports. Each copy's SHA-256 is checked against the database as it is read and again as written. Everything is
 * written into a hidden folder in DIR first and moved into place only when all of it is there, so a failure leaves
 * nothing half-written.
 */
final class ArchiveExport {
    static final String INDEX = "index.csv";
    static final List<String> HEADER = List.of("group", "meeting_date", "meeting_title", "version", "paragraphs",
            "decisions", "adjusters", "adjusted_on", "file", "sha256", "bytes");

    /** A check that failed: the message says what and that nothing was written. */
    private static final class Failed extends Exception {
        Failed(String message) {
            super(message);
        }
    }

    private ArchiveExport() {}

    static int run(Store store, Group group, String yearText, Path dir, PrintStream out, PrintStream err) {
        if (!yearText.matches("(19|20)\\d\\d")) {
            err.println("--year needs a year such as 2026, not \"" + yearText + "\".");
            return 2;
        }
        int year = Integer.parseInt(yearText);
        List<Justering.ArchiveEntry> entries = store.transactions().inTransaction(
                () -> store.justering().archivedIn(group.scope(), year), r -> true);
        if (entries.isEmpty()) {
            err.println("\"" + group.name() + "\" has no justerade minutes from " + year + ": a version gets its archive copy"
                    + " when every justerare has approved it (justerare, protokoll klart, justera). Nothing written.");
            return 1;
        }
        try {
            Path staging = stage(dir);
            try {
                List<String> names = write(store, group, entries, staging);
                for (String name : names) {
                    Files.move(staging.resolve(name), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                }
            } finally {
                delete(staging);
            }
        } catch (Failed e) {
            err.println(e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("Cannot write to " + dir + ": " + e.getMessage() + ". Nothing written.");
            return 1;
        }
        out.println("Wrote " + entries.size() + " archive copies (PDF/A) of \"" + group.name() + "\" from " + year
                + " and " + INDEX + " to " + dir + "; every SHA-256 matches the database.");
        return 0;
    }

    /** The hidden folder in DIR everything is written to first (DIR is made when missing). */
    private static Path stage(Path dir) throws Failed {
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) throw new Failed(dir + " is a file, not a folder. Nothing written.");
            Files.createDirectories(dir);
            return Files.createTempDirectory(dir, ".samverka-archive-");
        } catch (IOException e) {
            throw new Failed("Cannot write to " + dir + ": " + e.getMessage() + ". Nothing written.");
        }
    }

    /** Writes each copy (checked) and the index into the staging folder; returns the files' names, the index last. */
    private static List<String> write(Store store, Group group, List<Justering.ArchiveEntry> entries, Path staging)
            throws IOException, Failed {
        List<String> names = new ArrayList<>();
        StringBuilder csv = new StringBuilder(row(HEADER));
        for (Justering.ArchiveEntry e : entries) {
            String name = fileName(group, e);
            byte[] pdf = store.transactions().inTransaction(() -> store.justering().archivePdf(group.scope(), e.versionId()),
                    r -> true).orElseThrow(() -> new IllegalStateException("no archive copy of version " + e.versionId()));
            check(pdf, e, name + " in the database");
            Files.write(staging.resolve(name), pdf);
            check(Files.readAllBytes(staging.resolve(name)), e, name + " as written");
            names.add(name);
            csv.append(row(List.of(group.name(), e.meetingDate().toString(), e.title(), String.valueOf(e.version()),
                    e.paragraphs(), e.decisions(), String.join("; ", e.adjusters()), e.adjustedOn().toString(), name,
                    e.sha256(), String.valueOf(e.bytes()))));
        }
        Files.writeString(staging.resolve(INDEX), csv, StandardCharsets.UTF_8);
        names.add(INDEX);
        return names;
    }

    private static void check(byte[] pdf, Justering.ArchiveEntry e, String what) throws Failed {
        String hash = Sha256.hex(pdf);
        if (!hash.equals(e.sha256()) || pdf.length != e.bytes()) {
            throw new Failed(what + " does not match the SHA-256 stored when it was justerad (" + e.sha256() + ", "
                    + e.bytes() + " bytes; found " + hash + ", " + pdf.length + " bytes). Nothing written.");
        }
    }

    /** "strategisk-grupp-integration_2026-11-02_v1.pdf": group, meeting day and version, in letters any system takes. */
    static String fileName(Group group, Justering.ArchiveEntry e) {
        String plain = Normalizer.normalize(group.name(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return (plain.isEmpty() ? "grupp" : plain) + "_" + e.meetingDate() + "_v" + e.version() + ".pdf";
    }

    /** One CSV record (RFC 4180): a field with a comma, quote or line break is quoted, its quotes doubled; CRLF ends it. */
    static String row(List<String> fields) {
        List<String> quoted = new ArrayList<>();
        for (String f : fields) {
            quoted.add(f.matches("(?s).*[\",\r\n].*") ? "\"" + f.replace("\"", "\"\"") + "\"" : f);
        }
        return String.join(",", quoted) + "\r\n";
    }

    private static void delete(Path staging) throws IOException {
        if (!Files.exists(staging)) return;
        try (Stream<Path> files = Files.walk(staging)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
