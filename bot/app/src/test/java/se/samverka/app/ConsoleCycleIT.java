package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole meeting cycle through the real jar and a pipe, as a newcomer would script it: create the group, add
 * members, book meetings, collect the agenda, take attendance, record decisions and action items, laget runt,
 * write the minutes; then, in a second run as another member, mark an item done and see it carried over.
 */
class ConsoleCycleIT {
    static final String GROUP = "Strategisk grupp integration";

    @TempDir
    Path folder;

    @Test
    void aWholeMeetingCycleFromAPipe() throws Exception {
        Path db = folder.resolve("data/samverka.db");
        Map<String, String> env = Map.of("SAMVERKA_DB", db.toString(), "SAMVERKA_CLOCK", "2026-11-03T08:30");
        String chairScript = """
                grupp skapa Strategisk grupp integration
                medlem Boel Abelson-Crossley, Region Halland, boel@example.se
                medlem Amina Boulaabi, Region Halland, amina@example.se, sekreterare
                medlem Ibrahim Baalbaki, Hylte, ibrahim@example.se
                medlem Tor Jacobsen, Falkenberg
                medlem Annika Vannerberg, Halmstad
                möte idag 9-12 Laholm kommun, Stadshuset (Laholm)
                möte 2026-12-01 9-12 Halmstad (Länsstyrelsen)
                stående punkt Erfarenhetsutbyte kring återsökningar
                punkt Inledning
                punkt Nationell konferens
                förhinder för Annika
                dagordning
                närvarande alla
                vid tangenterna Amina
                beslut punkt 3: Ingen konferens på temat är aktuellt i nuläget.
                beslut punkt 2: Ibrahim mailar ut syftet med föreläsningen.
                åtgärd punkt 2: Ibrahim mailar ut syftet senast 10/11
                åtgärd Boel och Amina kollar upp indikatorer till nästa möte
                laget runt Tor: Traumadagarna i Stockholm
                laget runt Ibrahim: Växjökonferensen
                laget runt
                protokoll
                sök konferens
                """;
        JarProcess.Result chair = JarProcess.java(env, chairScript, "console", "--group", GROUP, "--as", "Boel Abelson-Crossley");
        assertEquals(0, chair.exitCode(), chair.err());
        assertTrue(Files.isRegularFile(db), "the database file is created on first start");
        String out = chair.out();
        assertTrue(out.stripTrailing().endsWith("(3 träffar.)"), "the last command, sök, was answered:\n" + out);
        assertFalse(out.contains("Exception"), out);
        assertTrue(out.contains("Gruppen \"Strategisk grupp integration\" är skapad"), out);
        assertTrue(out.contains("Möte inbokat: tisdag 3 november 2026, 09.00–12.00 · Laholm kommun, Stadshuset\n"), out);
        assertTrue(out.contains("1. Erfarenhetsutbyte kring återsökningar (stående punkt)\n2. Inledning\n3. Nationell konferens"), out);
        assertTrue(out.contains("Beslut D1: Ingen konferens på temat är aktuellt i nuläget."), out);
        assertTrue(out.contains("åtgärd Ibrahim mailar ut syftet med föreläsningen"), "proposed from the decision");
        assertTrue(out.contains("Åtgärd #2: kollar upp indikatorer — ansvarig: Boel Abelson-Crossley, Amina Boulaabi"), out);
        assertTrue(out.contains("Senast tisdag 1 december 2026."), out);

        String minutes = out.substring(out.indexOf("# Minnesanteckningar"), out.indexOf("--- end ---"));
        for (String section : new String[] {
                "\n\n2026-11-03\n\nTid: 09.00-12.00", "Plats: Laholm kommun, Stadshuset",
                "Deltagare:\n\n- Falkenberg: Tor Jacobsen\n- Hylte: Ibrahim Baalbaki\n- Region Halland: Boel Abelson-Crossley, Amina Boulaabi",
                "Anmält förhinder: Halmstad, Annika Vannerberg",
                "## 1. Erfarenhetsutbyte kring återsökningar", "## 2. Inledning",
                "**Beslut:** Ibrahim mailar ut syftet med föreläsningen.",
                "- Åtgärd: Ibrahim Baalbaki mailar ut syftet (senast 2026-11-10)",
                "## 3. Nationell konferens\n\n**Beslut:** Ingen konferens på temat är aktuellt i nuläget.",
                "## 4. Övriga beslut och åtgärder",
                "- Åtgärd: Boel Abelson-Crossley och Amina Boulaabi kollar upp indikatorer (senast 2026-12-01)",
                "## Laget runt\n\n- Tor: Traumadagarna i Stockholm\n- Ibrahim: Växjökonferensen",
                "## Nästa möte\n\n1 december 09.00–12.00 Halmstad (Länsstyrelsen)",
                "## Vid tangenterna\n\nAmina Boulaabi"}) {
            assertTrue(minutes.contains(section), "the minutes lack:\n" + section + "\n---\n" + minutes);
        }
        assertTrue(!minutes.contains("[#"), "no internal numbers in the minutes");
        assertTrue(out.contains("Beslut D1 (2026-11-03): Ingen konferens"), out);
        assertTrue(out.contains("Laget runt (2026-11-03), Ibrahim Baalbaki: Växjökonferensen"), "inside a compound word: " + out);

        Map<String, String> later = Map.of("SAMVERKA_DB", db.toString(), "SAMVERKA_CLOCK", "2026-11-09T10:00");
        JarProcess.Result member = JarProcess.java(later, "åtgärder\nklar 1\ndagordning\n", "console",
                "--group", GROUP, "--as", "Ibrahim Baalbaki");
        assertEquals(0, member.exitCode(), member.err());
        assertTrue(member.out().contains("Dina öppna åtgärder — Ibrahim Baalbaki\n"), member.out());
        assertTrue(member.out().contains("Klar: #1 mailar ut syftet"), member.out());
        String agenda = member.out().substring(member.out().indexOf("Dagordning tisdag 1 december 2026"));
        assertTrue(agenda.contains("Punkter från föregående möte\n- #2 kollar upp indikatorer"), agenda);
        assertFalse(agenda.contains("#1 mailar"), "done items are not carried over:\n" + agenda);
    }

    @Test
    void exitsZeroAtTheEndOfEmptyInput() throws Exception {
        JarProcess.Result result = JarProcess.java(Map.of("SAMVERKA_DB", folder.resolve("x.db").toString()), "", "console");
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("", result.out());
    }
}
