package se.samverka.minutes.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samverka.core.domain.Minutes;
import se.samverka.minutes.MinutesExtractor;

/**
 * Shapes of a cross-organisation network's notes as secretaries write them in Markdown or Word, each on input
 * written for the test (made-up names, groups and sentences).
 */
class NetworkNotesShapesTest {
    private static final MinutesExtractor EXTRACTOR = MinutesExtractor.load();

    @Test
    void attendanceAsATableUnderAMarkdownHeadingAndAbsenceUnderItsOwn() {
        Minutes m = EXTRACTOR.extract("""
                # Minnesanteckningar – Nätverket för digital samverkan

                **Datum:** 2025-10-14 kl. 13.00–15.00

                ## Deltagare
                | Namn | Organisation | Närvaro |
                |---|---|---|
                | Anna Berg | Region Norr | ja |
                | Olof Ek | Norrby kommun | ja |
                | Pia Lund | Länsstyrelsen | förhinder |

                ## Förhinder
                Lars Nord (Söderby kommun)

                ## 1. Föregående anteckningar
                Anteckningarna godkändes.
                """);
        assertEquals(List.of(new Minutes.Person("Anna Berg", Optional.of("Region Norr")),
                new Minutes.Person("Olof Ek", Optional.of("Norrby kommun"))), m.participants());
        assertEquals(List.of(new Minutes.Person("Pia Lund", Optional.of("Länsstyrelsen")),
                new Minutes.Person("Lars Nord", Optional.of("Söderby kommun"))), m.absent());
        assertEquals(List.of("Föregående anteckningar"), m.agendaItems());
    }

    @Test
    void laGetRuntAsANumberedPointWithOrganisationsReportingAndTheSecretaryAfterAnOrganisation() {
        Minutes m = EXTRACTOR.extract("""
                Minnesanteckningar samverkansgruppen 2025-10-14
                Närvarande:
                Anna Berg, Region Norr (ordförande)
                Olof Ek, Norrby kommun
                Maja Holm, Länsstyrelsen (sekreterare)

                1. Laget runt
                Region Norr: Arbetet med vårdplanen pågår.
                Norrby kommun: Ny socialchef börjar i januari.

                2. Handlingsplan
                Olof och Anna tar fram ett underlag till nästa möte.
                """);
        assertEquals(List.of(new Minutes.Report("Region Norr", "Arbetet med vårdplanen pågår."),
                new Minutes.Report("Norrby kommun", "Ny socialchef börjar i januari.")), m.roundTable());
        assertEquals(Optional.of("Maja Holm"), m.noteTaker());
        assertEquals(List.of("Laget runt", "Handlingsplan"), m.agendaItems());
        assertEquals(List.of(List.of("Olof", "Anna")), m.actionItems().stream().map(Minutes.Action::owners).toList());
    }

    @Test
    void anAgendaNumberedUnderItsHeadingAMarkedDecisionInsideALineAndAnAtgardLine() {
        Minutes m = EXTRACTOR.extract("""
                # Anteckningar 2025-05-20

                ## Deltagare
                - Anna Berg (Region Norr)
                - Olof Ek, sekreterare

                ## Dagordning
                1. Välkommen
                2. Projektstatus
                3. Övriga frågor

                ## Anteckningar
                ### 2. Projektstatus
                Olof presenterade läget. Beslut: piloten fortsätter till juni.
                Åtgärd: Anna skickar rapporten till styrgruppen senast 2025-06-01.
                """);
        assertEquals(List.of("Välkommen", "Projektstatus", "Övriga frågor"), m.agendaItems());
        assertEquals(List.of("piloten fortsätter till juni."), m.decisions().stream().map(Minutes.Decision::text).toList());
        assertEquals(List.of(List.of("Anna")), m.actionItems().stream().map(Minutes.Action::owners).toList());
        assertEquals(Optional.of(java.time.LocalDate.of(2025, 6, 1)), m.actionItems().get(0).due());
        assertEquals(Optional.of("Olof Ek"), m.noteTaker());
    }

    @Test
    void notesWrittenInEnglish() {
        Minutes m = EXTRACTOR.extract("""
                # Meeting notes 20 May 2025

                ## Attendees
                - Anna Berg (Region Norr)
                - Olof Ek

                ## Apologies
                - Pia Lund

                ## Agenda
                1. Welcome
                2. Project status

                ## Notes
                Olof presented the status. Decision: the pilot continues until June.
                Action: Anna to send the report to the steering group by 1 June.
                - Olof will book the venue for the workshop.

                ## Next meeting
                2025-06-17, 10:00-11:00
                """);
        assertEquals(Optional.of(java.time.LocalDate.of(2025, 5, 20)), m.meeting().date());
        assertEquals(List.of("Anna Berg", "Olof Ek"), m.participants().stream().map(Minutes.Person::name).toList());
        assertEquals(List.of("Pia Lund"), m.absent().stream().map(Minutes.Person::name).toList());
        assertEquals(List.of("Welcome", "Project status"), m.agendaItems());
        assertEquals(List.of("the pilot continues until June."), m.decisions().stream().map(Minutes.Decision::text).toList());
        assertEquals(List.of(List.of("Anna"), List.of("Olof")), m.actionItems().stream().map(Minutes.Action::owners).toList());
        assertEquals(Optional.of(java.time.LocalDate.of(2025, 6, 1)), m.actionItems().get(0).due());
        assertEquals(List.of(java.time.LocalDate.of(2025, 6, 17)), m.nextMeetings().stream().map(x -> x.date().orElseThrow()).toList());
    }

    @Test
    void plainTextHeadingsOverTheirTextAndEveryoneAsAnOwner() {
        Minutes m = EXTRACTOR.extract("""
                Minnesanteckningar från nätverksträff 3 mars 2025

                Deltagare: Anna Berg (Region Norr), Olof Ek (Norrby kommun), Karin Strand (Länsstyrelsen).

                Inledning
                Anna hälsade alla välkomna och presenterade dagens program.

                Kompetensutveckling
                Nätverket enades om att anordna en utbildningsdag i höst.
                Alla kommuner ska skicka in sina önskemål till Karin senast 15 april.

                Övrigt
                Inga övriga frågor togs upp på mötet.
                """);
        assertEquals(List.of("Inledning", "Kompetensutveckling", "Övrigt"), m.agendaItems());
        assertEquals(List.of(List.of("alla kommuner")), m.actionItems().stream().map(Minutes.Action::owners).toList());
        assertEquals(Optional.of(java.time.LocalDate.of(2025, 4, 15)), m.actionItems().get(0).due());
    }

    @Test
    void headingsUnderlinedInMarkdownArePoints() {
        Minutes m = EXTRACTOR.extract("""
                Anteckningar från arbetsmöte
                ============================

                2025-03-13 Zoom

                Praktiska frågor
                ----------------
                Per meddelade att alla ska kunna ansluta via VPN.

                Kartläggning av maskiner
                ------------------------
                Vi höll en allmän diskussion kring format.
                """);
        assertEquals(List.of("Praktiska frågor", "Kartläggning av maskiner"), m.agendaItems());
    }

    @Test
    void columnsSetApartByTabsKeepTheNameApartFromTheOrganisation() {
        Minutes m = EXTRACTOR.extract("Minnesanteckningar styrgrupp 2025-04-01\n\nNärvarande\nAnna Berg\tRegion Norr\n"
                + "Olof Ek\t\tNorrby kommun\n\nFrånvarande\nLars Nord\tSöderby kommun\n\n1. Inledning\nAnna öppnade mötet.\n");
        assertEquals(List.of(new Minutes.Person("Anna Berg", Optional.of("Region Norr")),
                new Minutes.Person("Olof Ek", Optional.of("Norrby kommun"))), m.participants());
        assertEquals(List.of(new Minutes.Person("Lars Nord", Optional.of("Söderby kommun"))), m.absent());
    }

    @Test
    void whatWasDoneAtTheMeetingIsNoTask() {
        Minutes m = EXTRACTOR.extract("""
                Protokoll samverkansrådet 2025-02-06
                Närvarande: Anna Berg, Olof Ek, Dan Lind sekr.

                1. Reglementet
                Anna påminner om att reglementet är beslutat i fullmäktige. Olof går igenom verksamhetsberättelsen.
                Anna och Olof kompletterar informationen. Olof går ut med en förfrågan till medlemmarna.
                """);
        assertEquals(List.of("går ut med en förfrågan till medlemmarna"),
                m.actionItems().stream().map(Minutes.Action::task).toList());
    }
}
