package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The secretary types the discussion of the first two points of the seed minutes (../shared/seeds/004_*.txt) into the
 * console of the real jar, one {@code anteckning} a line — the first of each point with {@code punkt <nr>:}, the rest
 * without, so they follow the point being discussed — and the Markdown minutes hold every paragraph under its point,
 * in order, as written.
 */
class ConsoleNotesIT {
    static final String GROUP = "Strategisk grupp integration";

    @TempDir
    Path folder;

    /** The seed's text as lines, trimmed, blank ones dropped. */
    static List<String> seed() throws IOException {
        Path seeds = JarProcess.root().resolve("../shared/seeds");
        try (Stream<Path> files = Files.list(seeds)) {
            Path file = files.filter(f -> f.getFileName().toString().startsWith("004_")).findFirst().orElseThrow();
            return Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        }
    }

    /** The lines after the one starting {@code from}, up to the one starting {@code to}. */
    static List<String> between(List<String> lines, String from, String to) {
        int start = indexOf(lines, from) + 1;
        return lines.subList(start, indexOf(lines, to));
    }

    static int indexOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith(prefix)) return i;
        throw new AssertionError("the seed has no line " + prefix);
    }

    @Test
    void theDiscussionOfTwoPointsOfTheSeedBecomesTheirParagraphsInTheMinutes() throws Exception {
        List<String> seed = seed();
        String second = seed.get(indexOf(seed, "2. Kartläggning")).substring(3);
        List<String> first = between(seed, "1. Inledning", "Samverkan:");
        List<String> discussion = between(seed, "2. Kartläggning", "3. Punkter från föregående möte");
        assertTrue(discussion.size() > 10 && discussion.get(1).startsWith("Fbg:"), discussion.toString());

        StringBuilder script = new StringBuilder("""
                grupp skapa Strategisk grupp integration
                medlem Amina Boulaabi, Region Halland, amina@example.se, sekreterare
                möte idag 9-12 Laholm kommun, Stadshuset (Laholm)
                punkt Inledning
                """).append("punkt ").append(second).append('\n');
        script.append("anteckning punkt 1: ").append(first.get(0)).append('\n');
        first.stream().skip(1).forEach(l -> script.append("anteckning ").append(l).append('\n'));
        script.append("anteckning punkt 2: ").append(discussion.get(0)).append('\n');
        discussion.stream().skip(1).forEach(l -> script.append("anteckning ").append(l).append('\n'));
        script.append("protokoll\n");

        Map<String, String> env = Map.of("SAMVERKA_DB", folder.resolve("samverka.db").toString(), "SAMVERKA_CLOCK", "2026-11-03T08:30");
        JarProcess.Result run = JarProcess.java(env, script.toString(), "console", "--group", GROUP, "--as", "Amina Boulaabi");
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertFalse(out.contains("Exception") || out.contains("Så här skriver du"), "every line was taken:\n" + out);
        assertTrue(out.contains("Anteckning 1 under punkt 1, Inledning:\n"), out);
        assertTrue(out.contains("Anteckning " + (first.size() + 2) + " under punkt 2, " + second + ":\n"), out);
        assertTrue(out.contains("Ingen punkt angavs, så den hamnade under punkt 2, den som diskuteras"), out);

        String minutes = out.substring(out.indexOf("# Minnesanteckningar"), out.indexOf("--- end ---"));
        // no two lines of the seed's discussion in a row are "- " bullets, so every line is a paragraph of its own
        String expected = "## 1. Inledning\n\n" + String.join("\n\n", first) + "\n\n"
                + "## 2. " + second + "\n\n" + String.join("\n\n", discussion) + "\n\n## Nästa möte";
        assertTrue(minutes.contains(expected), "expected:\n" + expected + "\n--- in ---\n" + minutes);
    }
}
