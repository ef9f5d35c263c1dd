package se.samverka.minutes.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samverka.core.domain.Minutes;
import se.samverka.minutes.MinutesExtractor;

/**
 * Shapes that real minutes outside the dev folder showed (issue 16's held-out set), each rule on input written for
 * the test: the names, groups and sentences are made up.
 */
class UnseenShapesTest {
    private static final MinutesExtractor EXTRACTOR = MinutesExtractor.load();

    @Test
    void aMarkdownBoardProtocolWithItsHeadInHeadingsAndBulletedAttendance() {
        Minutes m = EXTRACTOR.extract("""
                # Protokoll
                ## Klubben Gnistan
                ## 4 mars 2024

                ## Kallade
                Anna Berg, Olof Ek, Pia Lund

                ## Närvarande
                - Anna Berg
                - Olof Ek

                ## Mötets öppnande
                18:02

                ## Lokalen
                Olof väljs att boka salen till våren.

                ##Budget
                Beslutar att skjuta på frågan till nästa möte.

                ## Mötet avslutas
                18:40
                """);
        assertEquals(Optional.of(LocalDate.of(2024, 3, 4)), m.meeting().date());
        assertEquals(List.of("Anna Berg", "Olof Ek"), m.participants().stream().map(Minutes.Person::name).toList());
        assertEquals(List.of("Mötets öppnande", "Lokalen", "Budget", "Mötet avslutas"), m.agendaItems());
        assertEquals(List.of(List.of("Olof")), m.actionItems().stream().map(Minutes.Action::owners).toList());
        assertEquals(List.of("Beslutar att skjuta på frågan till nästa möte."),
                m.decisions().stream().map(Minutes.Decision::text).toList());
    }

    @Test
    void headingsWithTextUnderThemAreNoHeadEvenAboveALaterList() {
        Minutes m = EXTRACTOR.extract("""
                # Anteckningar 2024-05-02
                ## Läget
                Vi gick igenom planen.
                ## Medverkande
                * Region Norr
                * Region Syd
                ## Att göra
                * Sara kollar lokalen.
                """);
        assertEquals(List.of("Läget", "Medverkande", "Att göra"), m.agendaItems()); // "Läget" kept: it has text
    }

    @Test
    void listsAfterAHardLineBreakAndBullets() {
        Minutes m = EXTRACTOR.extract("Möte i nätverket\n\nDatum: 2023-02-10\n\nNärvarande:\\\n\n- Kim Ahl\n- Rut Dahl\n\n"
                + "Frånvarande:\\\n\n - Lars Borg\n\nAnteckningar\n\nRut har lovat att skicka listan senast 20 februari.\n");
        assertEquals(List.of("Kim Ahl", "Rut Dahl"), m.participants().stream().map(Minutes.Person::name).toList());
        assertEquals(List.of("Lars Borg"), m.absent().stream().map(Minutes.Person::name).toList());
        Minutes.Action a = m.actionItems().get(0);
        assertEquals(List.of("Rut"), a.owners());
        assertEquals(Optional.of(LocalDate.of(2023, 2, 20)), a.due());
    }

    @Test
    void softHyphensOfAPdfCopyAreHyphens() {
        Minutes m = EXTRACTOR.extract("Föreningen Bryggan 2023\u00ad04\u00ad11\nNärvarande:\nIda Holm, Per Falk\n"
                + "1. Mötets öppnande 18:00\n2. Kick\u00adOff\n\u00ad Per kollar med kansliet om lokalen.\n3. Mötet avslutas 19:10\n");
        assertEquals(Optional.of(LocalDate.of(2023, 4, 11)), m.meeting().date());
        assertEquals(List.of("Mötets öppnande", "Kick-Off", "Mötet avslutas"), m.agendaItems());
        assertEquals(List.of(List.of("Per")), m.actionItems().stream().map(Minutes.Action::owners).toList());
    }

    @Test
    void aNumberedListInsideAPointIsNoPoint() {
        Minutes m = EXTRACTOR.extract("""
                Höstmöte 2022-11-08
                1. Mötet öppnas
                2. Val av ordförande
                3. Verksamhetsberättelse
                a. Evenemang
                1. Pubkväll
                2. Filmkväll
                3. Kodkväll
                4. Spelkväll
                4. Ekonomisk berättelse
                5. Övriga frågor
                """);
        assertEquals(List.of("Mötet öppnas", "Val av ordförande", "Verksamhetsberättelse", "Ekonomisk berättelse",
                "Övriga frågor"), m.agendaItems());
        Minutes shorter = EXTRACTOR.extract("Möte 2022-11-08\n1. Mötet öppnas\n2. Rapporter\n1. Kassören\n2. Ordföranden\n"
                + "3. Övriga frågor\n");
        assertEquals(List.of("Mötet öppnas", "Rapporter", "Övriga frågor"), shorter.agendaItems());
    }

    @Test
    void agreementsAndTablingAreDecisions() {
        assertTrue(DecisionPhrases.decides("Efter en stunds diskussion enades mötet om att byta lokal."));
        assertTrue(DecisionPhrases.decides("Beslut om avgiften bordläggs tills vidare"));
        assertTrue(DecisionPhrases.decides("Frågan bordlades."));
        assertTrue(DecisionPhrases.decides("Beslutar att vänta till hösten."));
        assertFalse(DecisionPhrases.decides("Frågan om avgiften diskuterades länge."));
        assertFalse(DecisionPhrases.decides("Vi enades inte."));
    }

    @Test
    void commitmentsNameTheirOwner() {
        Minutes m = EXTRACTOR.extract("""
                Möte 2024-01-15
                Närvarande: Lisa Ström, Omar Said, Eva Lind
                Det beslutades gemensamt att Lisa får till uppgift att ringa hyresvärden.
                Omar och Eva tar på sig att se över stadgarna.
                Eva väljs ansvarig för att boka bussen.
                Omar åtog sig förra gången att skriva inbjudan, vilket är gjort.
                """);
        assertEquals(List.of(List.of("Lisa"), List.of("Omar", "Eva"), List.of("Eva")),
                m.actionItems().stream().map(Minutes.Action::owners).toList());
    }
}
