package se.samverka.minutes.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samverka.core.domain.Minutes;
import se.samverka.minutes.MinutesExtractor;

/**
 * Shapes of national associations' board protocols that the second held-out round (issue 16, set C) showed, each
 * rule on input written for the test: the names, bodies and sentences are made up.
 */
class BoardProtocolShapesTest {
    private static final MinutesExtractor EXTRACTOR = MinutesExtractor.load();

    private static List<String> names(List<Minutes.Person> people) {
        return people.stream().map(Minutes.Person::name).toList();
    }

    @Test
    void aRollCallTableWithMarksGroupsAndParagraphsNumberedOnOverTheYear() {
        Minutes m = EXTRACTOR.extract("""
                Möte med föreningens styrelse den 7-8 mars 2021

                Ledamöter Närvarande
                Ragnvi Sandell X
                Torvald Ek X, mötesordförande § 12-15
                Bodil Rask anmält förhinder

                Suppleanter
                Eskil Brand X

                Övriga
                Gunborg Lind § 14
                Vidar Holm Visning av medlemsregistret
                Tora Vik sekreterare

                § 12 Val av justerare

                Beslut

                att välja Eskil Brand till justerare,

                att välja Ragnvi Sandell till ordförandereserv.

                § 13 Fastställande av dagordning

                Beslut att fastställa dagordningen.
                """);
        assertEquals(Optional.of(LocalDate.of(2021, 3, 7)), m.meeting().date(), "of a meeting over two days, the first");
        assertEquals(List.of("Ragnvi Sandell", "Torvald Ek", "Eskil Brand", "Gunborg Lind", "Vidar Holm", "Tora Vik"),
                names(m.participants()));
        assertEquals(List.of("Bodil Rask"), names(m.absent()));
        assertEquals(List.of("Val av justerare", "Fastställande av dagordning"), m.agendaItems());
        assertEquals(List.of("att välja Eskil Brand till justerare,", "att välja Ragnvi Sandell till ordförandereserv.",
                "Beslut att fastställa dagordningen."), m.decisions().stream().map(Minutes.Decision::text).toList());
        assertTrue(m.actionItems().isEmpty(), "a roll call row is no task: " + m.actionItems());
    }

    @Test
    void aPartyBoardsSentencesOfAttendanceAndPointsNumberedInThreeLevels() {
        Minutes m = EXTRACTOR.extract("""
                Protokoll från styrelsemöte 12 maj 2022

                1. Mötets öppnande

                Närvarande styrelseledamöter är Ragnvi Sandell, Torvald Ek, Solveig Brand samt Vidar Holm.

                Frånvarande styrelseledamöter är Inga Rask och Bror Lind.

                Övriga närvarande är kanslist Tora Vik.

                1.1. Val av mötesfunktionärer

                1.1.1. Mötesordförande

                Mötet väljer Ragnvi Sandell till mötesordförande.

                2. Lokala föreningar

                2a. Svar till Föreningen i Norrby

                Styrelsen uppdrar åt sammankallande att sända svaret till Föreningen i Norrby.

                2b. Medlemsregistret

                I januari beslöt styrelsen att byta system. Mötet valde att bordlägga frågan.
                Mötet beslutade att anta planen, samt delegera till ledningen att skriva en tidplan.
                """);
        assertEquals(List.of("Ragnvi Sandell", "Torvald Ek", "Solveig Brand", "Vidar Holm", "Tora Vik"), names(m.participants()));
        assertTrue(m.participants().stream().allMatch(p -> p.org().isEmpty()), "a name after a name is no organisation");
        assertEquals(List.of("Inga Rask", "Bror Lind"), names(m.absent()));
        assertEquals(List.of("Mötets öppnande", "Val av mötesfunktionärer", "Mötesordförande", "Lokala föreningar",
                "Svar till Föreningen i Norrby", "Medlemsregistret"), m.agendaItems());
        assertEquals(List.of("Mötet valde att bordlägga frågan.", "Mötet beslutade att anta planen, samt delegera till ledningen att skriva en tidplan."),
                m.decisions().stream().map(Minutes.Decision::text).toList(), "the report of January's decision is none");
        assertEquals(List.of(List.of("sammankallande"), List.of("ledningen")),
                m.actionItems().stream().map(Minutes.Action::owners).toList());
        assertEquals("skriva en tidplan", m.actionItems().get(1).task());
    }

    @Test
    void aNumberedPointThatHeadsTheListAndThoseCoOptedForTheMeeting() {
        Minutes m = EXTRACTOR.extract("""
                Protokoll fört vid styrelsemöte 2023-02-04

                § 1. Mötets öppnande

                § 2. Närvarande ledamöter voro:
                Ragnvi Sandell, Torvald Ek (ej vid § 5), Solveig Brand

                Därtill vid detta möte adjungerad var
                 • JP Lund (punkt 4)

                § 3. Ekonomi
                Protokollet från styrelsens möte 12 januari 2023 lades till handlingarna.
                Styrelsen ber kansliet att till styrelsens möte 7 mars ta fram en ny budget.
                """);
        assertEquals(List.of("Ragnvi Sandell", "Torvald Ek", "Solveig Brand", "JP Lund"), names(m.participants()));
        assertEquals(List.of("Mötets öppnande", "Närvarande ledamöter voro", "Ekonomi"), m.agendaItems());
        assertEquals(List.of(List.of("kansliet")), m.actionItems().stream().map(Minutes.Action::owners).toList());
        assertEquals(Optional.of(LocalDate.of(2023, 3, 7)), m.actionItems().get(0).due());
        assertEquals(List.of(Optional.of(LocalDate.of(2023, 3, 7))), m.nextMeetings().stream().map(Minutes.Meeting::date).toList(),
                "the board's later meeting, not its earlier one");
    }
}
