package se.samverka.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;

/** docs/BENCHMARKS.md: each benchmark owns one section between its markers and rewrites only that. */
final class BenchmarksFile {
    private BenchmarksFile() {}

    static void write(Path file, String name, String section) throws IOException {
        String start = "<!-- " + name + ":start -->";
        String end = "<!-- " + name + ":end -->";
        String old = Files.isRegularFile(file) ? Files.readString(file)
                : "# Benchmarks\n\nFigures written by the bench module; each section says how it was measured.\n\n";
        String updated = old.contains(start)
                ? old.replaceAll("(?s)" + start + ".*" + end + "\n", Matcher.quoteReplacement(section))
                : old + "\n" + section;
        Files.createDirectories(file.getParent());
        Files.writeString(file, updated);
        System.out.println(section);
    }
}
