package se.samverka.minutes.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverka.core.domain.Minutes;
import se.samverka.minutes.MinutesExtractor;

/**
 * Shapes of PDF-to-text transcripts of protocols that lost their line breaks and columns (issue 16, held-out set D),
 * each rule on input written for the test: the names, bodies and texts are made up.
 */
class TranscriptShapesTest {
    private static final MinutesExtractor EXTRACTOR = MinutesExtractor.load();

    private static List<String> names(List<Minutes.Person> people) {
        return people.stream().map(Minutes.Person::name).toList();
    }

    @Test
    void anAgendaRunTogetherInOneLineIsCutAtItsNumbersInSequence() {
        Minutes m = EXTRACTOR.extract("Styrelsemöte 3 - Föreningen Norrsken\n\n"
                + "1 Protokoll från styrelsemöte ( 12) Styrelsemöte 3 - Närvarande: Anna Berg, Erik Ström, Karin Lund. "
                + "Gäster: Lars Ek, Maria Holm. Dagordning: 1.1 Mötets öppnande 1.2 Val av mötesordförande 1.3 Val av "
                + "justerare 2. Rapporter 2.1 Inkommen post 2.2 Ekonomisk rapport 3. Beslut 3.1 Ny hemsida 3.2 Budget "
                + "för hösten 4. Övriga frågor 1.1 Mötets öppnande 1.2 Val av mötesordförande Anna Berg väljs till "
                + "mötesordförande. 1.3 Val av justerare Karin Lund väljs till justerare. 2.1 Inkommen post Ingenting.\n");
        assertEquals(List.of("Mötets öppnande", "Val av mötesordförande", "Val av justerare", "Rapporter", "Inkommen post",
                "Ekonomisk rapport", "Beslut", "Ny hemsida", "Budget för hösten", "Övriga frågor"), m.agendaItems());
        // "… Karin Lund. Gäster: …": the field after the sentence's end is a list of its own
        assertEquals(List.of("Anna Berg", "Erik Ström", "Karin Lund", "Lars Ek", "Maria Holm"), names(m.participants()));
    }

    @Test
    void numbersThatDoNotRunInSequenceStayInTheirLine() {
        List<String> lines = Layout.lines("Mötet började kl 10 Mötet leddes av Anna Berg som hälsade alla välkomna och "
                + "berättade att 3 Personer hade anmält förhinder, att föreningen har 120 Medlemmar och att lokalen "
                + "rymmer 40 Personer; Erik Ström visade sedan hur kassan ser ut och Karin Lund redogjorde för vad som "
                + "hänt sedan förra mötet i mars, då 12 Frågor togs upp.");
        assertEquals(1, lines.size(), lines.toString());
        // paragraph numbers after names in a roll call are no agenda, though 44, 45, 46 follow each other
        Minutes m = EXTRACTOR.extract("Protokoll\n\n2 23 Anna Berg Erik Ström Karin Lund 32 Lars Ek 44 Maria Holm 44 "
                + "Johan Sand 45 Sara Vik 46 Nils Dahl 46 Utses att justera Anna Berg Paragrafer Anslag/bevis: Protokollet "
                + "är justerat. Justeringen har tillkännagivits genom anslag. Organ: Förbundsstyrelsen i länet\n");
        assertEquals(List.of(), m.agendaItems());
        assertEquals(List.of("Anna Berg", "Erik Ström", "Karin Lund", "Lars Ek", "Maria Holm", "Johan Sand", "Sara Vik",
                "Nils Dahl"), names(m.participants()));
    }

    @Test
    void aPagesNumberBeforeTheTitleIsNoPointAndAListMayStartAtAnyNumberThatGoesOn() {
        Minutes m = EXTRACTOR.extract("""
                1 Protokoll fört vid sammanträde Nr 3/2021 Arbetsutskottet

                17. Mötets öppnande Ordförande Anna Berg öppnade mötet och hälsade alla välkomna.
                18. Förslag till dagordning Föreslagen dagordning godkändes.
                19. Val av justerare Beslut: Erik Ström valdes att justera protokollet.
                20. Återstående från årsmötet. Postadress Gatuadress Telefon Bankgiro Organisationsnummer Föreningen
                """);
        assertEquals(List.of("Mötets öppnande", "Förslag till dagordning", "Val av justerare", "Återstående från årsmötet"),
                m.agendaItems());
    }

    @Test
    void aTitleWithAShortSentenceAfterItsFullStopKeepsIt() {
        Minutes m = EXTRACTOR.extract("""
                Minnesanteckningar 4 mars 2025

                1. Inledning
                2. Strategiska val. Gruppen som "beredningsgrupp"?
                3. Nästa steg
                """);
        assertEquals(List.of("Inledning", "Strategiska val. Gruppen som \"beredningsgrupp\"?", "Nästa steg"), m.agendaItems());
    }

    @Test
    void aRollCallThatLostItsHeadingAndColumnsIsReadAsWhoWasThere() {
        Minutes m = EXTRACTOR.extract("Protokoll Styrelsen\n\n1 22 Organ Plats och tid Förbundets styrelse Kommunhuset "
                + "Torsdagen den 4 mars 2021, kl ande Anna Berg ordförande Erik Ström vice ordförande Karin Lund Lars Ek "
                + "Maria Holm tjänstgörande ersättare Johan Sand Sara Vik ej tjänstgörande ersättare Övriga deltagare "
                + "Nils Dahl Eva Lind sekreterare\n\n3 24 Dagordning Styrelsen beslutar att godkänna dagordningen.\n");
        assertEquals(List.of("Anna Berg", "Erik Ström", "Karin Lund", "Lars Ek", "Maria Holm", "Johan Sand", "Sara Vik",
                "Nils Dahl", "Eva Lind"), names(m.participants()));
        assertEquals(1, m.decisions().size());
        // a list with commas in running text is no roll call: "Lars Ek, Kommunen" is a name and an organisation there
        Minutes text = EXTRACTOR.extract("Anteckningar\n\nI skrivargruppen ingår Lars Ek, Kommunen, Anna Berg, Regionen, "
                + "Erik Ström, Länsstyrelsen, Karin Lund, Landstinget och Maria Holm, Föreningen. Texten presenteras i juni.\n");
        assertFalse(names(text.participants()).stream().anyMatch(n -> n.contains("Kommunen") || n.contains("Regionen")),
                names(text.participants()).toString());
    }

    @Test
    void aBoardsHeadingWithNamesOnItsLineThenLinesOfNamesWithoutCommas() {
        Minutes m = EXTRACTOR.extract("""
                Protokoll Styrelsen

                Beslutande: Anna Berg ordförande

                Erik Ström Karin Lund Lars Ek Maria Holm

                Johan Sand tjänstgörande ersättare Sara Vik

                Nils Dahl § 1-14 Eva Lind

                Övriga deltagare: Ulla Ek sekreterare Per Holm

                Gunnar Vik § 12-18 Ingrid Sand § 16-18 Utses att justera: Erik Ström

                Paragrafer: 1-18

                § 1

                Val av mötesordförande
                """);
        assertEquals(List.of("Anna Berg", "Erik Ström", "Karin Lund", "Lars Ek", "Maria Holm", "Johan Sand", "Sara Vik",
                "Nils Dahl", "Eva Lind", "Ulla Ek", "Per Holm", "Gunnar Vik", "Ingrid Sand"), names(m.participants()));
        assertEquals("Ulla Ek", m.noteTaker().orElseThrow());
    }

    @Test
    void aBodysDecisionInsideASentence() {
        Minutes m = EXTRACTOR.extract("""
                Protokoll 4 mars 2025

                1. Rapporter
                Sara rapporterade från projektet. Vi lägger rapporten till handlingarna och styrelsen beslutar att ställa sig bakom ansökan.
                2. Lokalen
                Förslag om ny lokal (se bilaga) Styrelsen beslutar att riva upp beslutet från förra mötet
                """);
        List<String> decided = m.decisions().stream().map(Minutes.Decision::text).toList();
        assertEquals(List.of("styrelsen beslutar att ställa sig bakom ansökan.", "Styrelsen beslutar att riva upp beslutet från förra mötet"),
                decided);
        assertTrue(m.decisions().get(1).agendaItem().orElseThrow() == 1);
    }

    // shapes the third held-out round (set E) showed, after its one run

    @Test
    void aTranscriptsPageNumbersAreNoPointsAndForhindradeListsTheAbsent() {
        Minutes m = EXTRACTOR.extract("1 Protokoll fört vid styrelsesammanträde den 11 september 2022 Närvarande ledamöter: "
                + "Anna Berg, ordförande Erik Ström Karin Lund Lars Ek Maria Holm Johan Sand (t o m punkt 5) Per Holm Olof Vik "
                + "Ingrid Sand Gunnar Lund Övriga närvarande: Sara Vik "
                + "Nils Dahl, sekreterare Förhindrade: Eva Lind\n\n2 Ulla Ek 1. Dagordning Styrelsen beslöt arbeta efter "
                + "utsänt förslag till dagordning 2. Uppdrag att justera protokoll Karin Lund utsågs att justera protokollet "
                + "från dagens sammanträde. 3. Ekonomi Karin redogjorde för läget och budgeten för hösten som hittills "
                + "följer planen väl, och revisorerna har inte haft några synpunkter på den löpande redovisningen.\n");
        assertEquals(List.of("Dagordning", "Uppdrag att justera protokoll", "Ekonomi"), m.agendaItems());
        assertEquals(List.of("Eva Lind", "Ulla Ek"), names(m.absent()));
        assertTrue(names(m.participants()).containsAll(List.of("Anna Berg", "Johan Sand", "Per Holm", "Sara Vik")),
                names(m.participants()).toString());
    }

    @Test
    void aDateWithACommaBeforeItsYearAndMeddelatForhinder() {
        Minutes m = EXTRACTOR.extract("""
                Minnesanteckningar från styrgruppsmöte, 23 januari, 2009

                Närvarande: Anna Berg, Erik Ström, Karin Lund
                Meddelat förhinder: Lars Ek
                """);
        assertEquals("2009-01-23", m.meeting().date().orElseThrow().toString());
        assertEquals(List.of("Lars Ek"), names(m.absent()));
    }

    @Test
    void oneNamePerLineWithItsOrganisationsShortNameOrRoleAfterIt() {
        Minutes m = EXTRACTOR.extract("""
                Protokoll fört vid möte 2022-03-16
                Närvarande:
                Anna Berg MRO VL
                Erik Ström MRO Kontaktman "J"
                Karin Lund SS/ DjL
                Lars Ek ÖSlJ
                §1: Mötets öppnande:
                Anna Berg hälsade de närvarande välkomna.
                """);
        assertEquals(List.of("Anna Berg", "Erik Ström", "Karin Lund", "Lars Ek"), names(m.participants()));
        assertEquals(List.of("Mötets öppnande"), m.agendaItems());
    }

    @Test
    void aTitleEndsWhereItsTextBeginsInARunTogetherLine() {
        Minutes m = EXTRACTOR.extract("Minnesanteckningar 4 mars 2025\n\nNärvarande: Anna Berg, Erik Ström, Karin Lund\n\n"
                + "1. Sekreterare Till sekreterare utsågs Karin Lund. 2. Lägesrapport (se underlag) Karin presenterar det "
                + "utskickade underlaget. 3. Europakonvent i Helsingfors, bör sättas upp på hemsidan och i nyhetsbrevet "
                + "som går ut till alla medlemmar i maj. 4. Övrigt\n");
        assertEquals(List.of("Sekreterare", "Lägesrapport (se underlag)", "Europakonvent i Helsingfors", "Övrigt"), m.agendaItems());
    }

    @Test
    void singleFirstNamesGluedToTheirRoleByAHyphenAreNamesAndOwnTheirTasks() {
        Minutes m = EXTRACTOR.extract("""
                Gruppens minnesanteckningar 2021-03-02

                Närvarande: Ylva- kassör, Bodil – webbansvarig, Greta-lokalansvarig, Havs- och Fiskeföreningen
                Ej närvarande: Mirja- vice kassör, Tuva-sekreterare
                1. Lokalen
                Greta skickar ut kallelsen till vårmötet.
                """);
        assertEquals(List.of("Ylva", "Bodil", "Greta"), names(m.participants()).subList(0, 3));
        assertFalse(names(m.participants()).contains("Havs-"), names(m.participants()).toString());
        assertEquals(List.of("Mirja", "Tuva"), names(m.absent()));
        assertEquals(List.of(List.of("Greta")), m.actionItems().stream().map(Minutes.Action::owners).toList());
    }

    @Test
    void aBodyDecidesWithoutAttInsideARunTogetherLine() {
        Minutes m = EXTRACTOR.extract("1 Protokoll fört vid sammanträde den 3 mars 2019 Närvarande ledamöter: Anna Berg, "
                + "Erik Ström\n\n2 Karin Lund 1. Dagordning Nämnden beslöt godkänna utsänt förslag till dagordning "
                + "2. Val av justerare Erik Ström utsågs att justera protokollet. 3 Rapporter Inga.\n");
        assertEquals(List.of("Nämnden beslöt godkänna utsänt förslag till dagordning"),
                m.decisions().stream().map(Minutes.Decision::text).toList());
        // a report of an earlier decision is still none
        assertTrue(EXTRACTOR.extract("1. Rapporter Föreningen beslutade 2018-05-02 anta planen.\n").decisions().isEmpty());
    }

    @Test
    void aDecisionWrappedOverLinesEndsAtItsSentencesEnd() {
        Minutes m = EXTRACTOR.extract("""
                Protokoll 2020-01-15
                §1: Ekonomi:
                Beslutades att Anna Berg lämnar sin rätt
                att teckna föreningens firma, samt att Erik Ström
                i stället får denna rätt genom tillgång
                till föreningens konton. Paragrafen justerades
                omedelbart.
                §2: Övrigt:
                Inget.
                """);
        assertEquals(List.of("Beslutades att Anna Berg lämnar sin rätt att teckna föreningens firma, samt att Erik Ström i "
                + "stället får denna rätt genom tillgång till föreningens konton."),
                m.decisions().stream().map(Minutes.Decision::text).toList());
    }
}
