package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole of the seed minutes (seeds/004_*.txt) written in chat by the secretary, through the console of the real
 * jar on a real SQLite file: the roster, the meeting and the next three, the agenda with its sections and the sub-items
 * of point 3, attendance, every paragraph of the discussion as a note under its point, the decisions, the action items
 * with their owners, laget runt for each member — then {@code protokoll}. The Markdown minutes are compared with a saved
 * file (read over by hand against the seed): nothing is left for Word. Then a decision is corrected, a note removed
 * and the removal taken back, and the minutes show exactly what stands.
 */
class Seed004ByChatIT {
    static final Path COMMANDS = JarProcess.root().resolve("bot/app/src/test/resources/minutes/seed-004-commands.txt");
    static final Path SAVED = JarProcess.root().resolve("bot/app/src/test/resources/minutes/seed-004-by-chat.md");

    @TempDir
    Path folder;

    static String minutes(String out, int which) {
        int at = -1;
        for (int i = 0; i <= which; i++) at = out.indexOf("# Minnesanteckningar", at + 1);
        return out.substring(at, out.indexOf("--- end ---", at)).strip() + "\n";
    }

    @Test
    void theSecretaryWritesTheWholeSeedMinutesInChatAndCorrectsThem() throws Exception {
        List<String> commands = Files.readAllLines(COMMANDS);
        String corrections = """
                ändra D2: Bjuda in någon från analysavdelningen för att gå igenom statistik.
                ta bort anteckning 3
                ångra
                ta bort åtgärd 4
                protokoll
                """;
        Map<String, String> env = Map.of("SAMVERKA_DB", folder.resolve("samverka.db").toString(),
                "SAMVERKA_CLOCK", "2017-09-05T08:30");
        JarProcess.Result run = JarProcess.java(env, String.join("\n", commands) + "\n" + corrections, "console",
                "--group", "Strategisk grupp integration", "--as", "Amina Boulaabi");
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        for (String refusal : List.of("Jag förstod inte", "Så här skriver du", "Exception", "Bara ", "Jag hittar ingen")) {
            assertFalse(out.contains(refusal), "every command was carried out (" + refusal + "):\n" + out);
        }

        String written = minutes(out, 0);
        if (Boolean.getBoolean("golden.update")) Files.writeString(SAVED, written);
        assertEquals(Files.readString(SAVED), written, "the minutes of seed 004 as written in chat");
        assertFalse(written.contains("[#") || written.contains("D1"), "no internal numbers in the minutes");

        String corrected = minutes(out, 1);
        assertTrue(out.contains("Ångrade: borttagningen av anteckning 3"), out);
        assertTrue(corrected.contains("**Beslut:** Bjuda in någon från analysavdelningen för att gå igenom statistik.\n"),
                corrected);
        assertFalse(corrected.contains("Bjuda in ngn från analysavdelningen"), "the old text is gone: " + corrected);
        assertTrue(corrected.contains("Fbg: 3 personer som jobbar med detta."), "the removed note is back: " + corrected);
        assertFalse(corrected.contains("Annika Vannerberg ansvarar för utbildningen av guider"), "#4 removed: " + corrected);
        assertEquals(written.replace("Bjuda in ngn från analysavdelningen för att gå igenom statistik. Ev. koppla ihop detta"
                        + " med forskningen för att identifiera framtida insatser. Generera forskning, hitta områden för"
                        + " följeforskning.", "Bjuda in någon från analysavdelningen för att gå igenom statistik.")
                .replace("- Åtgärd: Annika Vannerberg ansvarar för utbildningen av guider och återkopplar\n\n", ""),
                corrected, "only what was corrected changed");
    }
}
