package se.samverka.minutes.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The small stages added for minutes of shapes the first rules did not know, each on hand-written input. */
class PhrasesTest {
    private static final se.samverka.minutes.MinutesExtractor EXTRACTOR = se.samverka.minutes.MinutesExtractor.load();
    @Test
    void attendanceWrittenAsASentence() {
        assertEquals(List.of("olle", "britta", "kim", "ada"),
                AttendanceSentences.names("Följande medlemmar närvarade: olle, britta,\nkim och ada.\nMötet började."));
        assertEquals(List.of("Sven Berg"), AttendanceSentences.names("Även närvarade Sven Berg utan rösträtt."));
        assertEquals(List.of(), AttendanceSentences.names("Alla närvarade var nöjda med dagen."));
    }

    @Test
    void decisionsByTheirWording() {
        assertTrue(DecisionPhrases.decides("Beslutas att anta budgeten."));
        assertTrue(DecisionPhrases.decides("- Beslut att använda mallen som grund"));
        assertTrue(DecisionPhrases.decides("Efter en kort diskussion beslutade styrelsen att skjuta upp frågan"));
        assertFalse(DecisionPhrases.decides("Beslutet om budgeten tas i maj."));
        assertFalse(DecisionPhrases.decides("Frågan om beslut att ändra stadgarna diskuterades."));
        assertTrue(DecisionPhrases.decides("Beslut fattades om att skjuta upp investeringen."));
        assertTrue(DecisionPhrases.decides("Styrgruppen tog beslut om att avsluta projektet."));
        assertTrue(DecisionPhrases.decides("Mötet fattade ett beslut om att anta riktlinjerna."));
        assertTrue(DecisionPhrases.decides("Det beslutas att Olof tar fram ett nytt förslag."));
        assertTrue(DecisionPhrases.decides("Beslöt årsmötet att inte sälja marken."));
        assertFalse(DecisionPhrases.decides("Regionen tar beslut i frågan under hösten."));
        assertFalse(DecisionPhrases.decides("Vi väntar på att beslut tas om att bygga ut."));
        assertTrue(DecisionPhrases.heading("Styrelsens beslut"));
        assertFalse(DecisionPhrases.heading("Styrelsens beslut om budgeten togs i maj"));
    }

    @Test
    void attClausesAfterBeslutarColonInOneRunTogetherLine() {
        assertEquals(List.of("Att anta planen.", "Att ge Eva uppdraget", "Att nästa möte hålls i Umeå."),
                DecisionPhrases.attClauses("Rådet BESLUTAR: Att anta planen. Att ge Eva uppdraget Att nästa möte hålls i Umeå."
                        + " Val av ordförande Anna väljs."));
        assertEquals(List.of(), DecisionPhrases.attClauses("Att: anta planen"));
    }

    @Test
    void datesInTwoDigitGroupsAndRunTogether() {
        assertEquals(LocalDate.of(2024, 9, 16), date("# Sammanfattning 24-09-16"));
        assertEquals(LocalDate.of(2024, 12, 6), date("Anteckningar 24.12.06"));
        assertEquals(LocalDate.of(2017, 11, 27), date("Protokoll 20171127"));
        assertEquals(Optional.empty(), SwedishDates.first("kl 13.00-14.30, tel 0701234567", Optional.empty(), Optional.empty()));
        assertEquals(Optional.empty(), SwedishDates.first("version 1.24.09.16", Optional.empty(), Optional.empty()));
    }

    @Test
    void letterSpacedWordsAreJoined() {
        assertEquals("Att mandatperioden gäller. A och B", Layout.normalize("A t t mandatperioden gäller. A och B"));
    }

    private static LocalDate date(String text) {
        return SwedishDates.first(text, Optional.empty(), Optional.empty()).orElseThrow().date();
    }

    @Test
    void ownersAfterTheTaskOrBeforeADashInAnActionList() {
        List<ActionLists.Item> items = ActionLists.items(List.of(
                "Planen gicks igenom - Region Norr (se bilaga)",
                "## Att göra till nästa möte",
                "* Boka lokal till hösten (Kansliet bokar, klart)",
                "* Skicka ut enkäten till skolorna - KOMMUNEN",
                "1. Ta fram ett underlag om ekonomin - (Eva)",
                "* Region Norr, Kommun Syd - sammanställ svaren",
                "* Hör med fler aktörer - Region Norr kollar med polisen, Kommun Syd med skolan.",
                "* Läs rapporten.",
                "  Se dokumentet på hemsidan - alla",
                "* Fundera på hur vi går vidare",
                "## Övrigt",
                "* Fika ordnas (Anna)"));
        assertEquals(List.of(List.of("Kansliet"), List.of("KOMMUNEN"), List.of("Eva"), List.of("Region Norr", "Kommun Syd"),
                List.of("Region Norr"), List.of("Kommun Syd"), List.of("alla")), items.stream().map(ActionLists.Item::owners).toList());
        assertEquals("Boka lokal till hösten", items.get(0).task());
        assertEquals("Hör med fler aktörer", items.get(4).task());
        assertEquals("Läs rapporten. Se dokumentet på hemsidan - alla", items.get(6).source());
    }

    @Test
    void actionItemsInATable() {
        List<ActionTables.Row> md = ActionTables.rows(List.of(
                "| Åtgärd | Ansvarig | Klart |",
                "|---|---|---|",
                "| Skicka ut kallelsen | Eva | 15 mars |",
                "| Boka lokal | Region Norr och Ali | |",
                "| Fika | | |",
                "",
                "Nästa möte 2 april."), Optional.of(2025));
        assertEquals(List.of(List.of("Eva"), List.of("Region Norr", "Ali")), md.stream().map(ActionTables.Row::owners).toList());
        assertEquals(Optional.of(LocalDate.of(2025, 3, 15)), md.get(0).due());
        assertEquals("Boka lokal", md.get(1).task());
        List<ActionTables.Row> word = ActionTables.rows(List.of("Vad: Vem: När", "Skriv remissvaret: Olle: 2025-05-01"),
                Optional.empty());
        assertEquals(1, word.size());
        assertEquals(List.of("Olle"), word.get(0).owners());
        assertEquals(Optional.of(LocalDate.of(2025, 5, 1)), word.get(0).due());
        assertEquals(List.of(), ActionTables.rows(List.of("Plats: Umeå", "Tid: 13-15"), Optional.empty()));
    }

    @Test
    void theExtractorReadsTheTableAndTheListInOneDocument() {
        var m = EXTRACTOR.extract("""
                # Protokoll 2025-03-01

                ## Åtgärder

                | Åtgärd | Ansvarig | Klart |
                |---|---|---|
                | Skicka ut kallelsen | Eva | 15 mars |

                ## Att göra

                * Boka lokal till hösten (Kansliet bokar)
                """);
        assertEquals(java.util.Set.of(List.of("Eva"), List.of("Kansliet")),
                java.util.Set.copyOf(m.actionItems().stream().map(a -> a.owners()).toList()));
        assertEquals(List.of(Optional.of(LocalDate.of(2025, 3, 15))),
                m.actionItems().stream().filter(a -> a.owners().equals(List.of("Eva"))).map(a -> a.due()).toList());
    }

    @Test
    void anOrganisationAfterTheNameAndAnOwnerOnTheLineUnderTheTask() {
        var m = EXTRACTOR.extract("""
                Minnesanteckningar 2025-03-12

                Närvarande:
                Anna Lind, Region Norr
                Per Holm, Kommun Syd

                1. Budget
                Gruppen beslutade att godkänna budgeten.
                Ansvarig: Per Holm
                """);
        assertEquals(List.of("Anna Lind", "Per Holm"), m.participants().stream().map(p -> p.name()).toList());
        assertEquals(List.of(Optional.of("Region Norr"), Optional.of("Kommun Syd")), m.participants().stream().map(p -> p.org()).toList());
        assertEquals(List.of(List.of("Per Holm")), m.actionItems().stream().map(a -> a.owners()).toList());
        assertTrue(m.actionItems().get(0).sourceText().startsWith("Gruppen beslutade att godkänna budgeten."));
    }

    @Test
    void tillNastaMoteInATaskIsADeadlineNotTheNextMeeting() {
        var m = EXTRACTOR.extract("""
                # Protokoll 12 mars 2025

                ## §3 Ekonomi
                - Per tar fram en budget till nästa möte.
                - Anna kontaktar kommunen senast 1 april.

                ## §5 Nästa möte
                Nästa möte: 2025-04-09 kl 18-20.
                """);
        assertEquals(List.of(Optional.of(LocalDate.of(2025, 4, 9))), m.nextMeetings().stream().map(n -> n.date()).toList());
        assertEquals(Optional.of(LocalDate.of(2025, 4, 9)), m.actionItems().get(0).due());
    }

    @Test
    void eachBulletUnderABeslutLineIsADecision() {
        var m = EXTRACTOR.extract("""
                Minnesanteckningar 2025-10-07

                1. Utbildning
                Gruppen diskuterade behovet.
                Beslut
                - Nätverket anordnar en utbildningsdag i februari.
                - Kostnaden delas lika.

                2. Övrigt
                """);
        assertEquals(List.of("Nätverket anordnar en utbildningsdag i februari.", "Kostnaden delas lika."),
                m.decisions().stream().map(d -> d.text()).toList());
    }

    @Test
    void aProposalApprovedUnderBeslutIsTheDecision() {
        var m = EXTRACTOR.extract("""
                Protokoll 2025-02-20

                § 1 Trädgårdsdagen
                Förslag: att hålla trädgårdsdagen den 10 maj.
                Beslut: Förslaget bifalles.

                § 2 Motion om staket
                Yrkande: att bygga ett staket.
                Beslut: Yrkandet avslås.
                """);
        assertEquals(List.of("att hålla trädgårdsdagen den 10 maj."), m.decisions().stream().map(d -> d.text()).toList());
    }

    @Test
    void aCopyRunTogetherInOneLine() {
        var m = EXTRACTOR.extract("Protokoll Arbetsgruppen för äldreomsorg 2025-09-03 Närvarande: Ulla Sjö,"
                + " Kommun A, Bengt Ros, Kommun B, Greta Falk, Regionen Frånvarande: Hans Ek 1. Inledning Ulla hälsade"
                + " välkommen. 2. Rapporter Bengt informerade om läget i kommun B. 3. Hemtjänst Gruppen diskuterade"
                + " bemanningen. Beslut: Gruppen ställer sig bakom förslaget till rutin. Greta skickar ut rutinen till alla"
                + " kommuner senast 15 september. 4. Nästa möte Nästa möte 2025-10-01 kl 13-15.");
        assertEquals(List.of("Inledning", "Rapporter", "Hemtjänst", "Nästa möte"), m.agendaItems());
        assertEquals(List.of("Gruppen ställer sig bakom förslaget till rutin."), m.decisions().stream().map(d -> d.text()).toList());
        assertEquals(Optional.empty(), m.meeting().start(), "the next meeting's time is not this one's");
        assertEquals(List.of(List.of("Greta")), m.actionItems().stream().map(a -> a.owners()).toList());
        assertEquals(List.of(Optional.of(LocalDate.of(2025, 10, 1))), m.nextMeetings().stream().map(n -> n.date()).toList());
    }
}
