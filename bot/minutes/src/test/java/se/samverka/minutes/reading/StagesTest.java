package se.samverka.minutes.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samverka.core.domain.Minutes;
import se.samverka.minutes.MinutesExtractor;
import se.samverka.minutes.quality.Loso;

/** The pipeline's stages, each on a small hand-written input. */
class StagesTest {
    static final Words WORDS = Words.load();

    @Test
    void theHeaderReadsDateTimeAndPlace() {
        Minutes.Meeting m = Header.meeting(Layout.lines("Minnesanteckningar\n4 mars 2025\nTid: 13.00-15.30\nPlats: Kommunhuset"));
        assertEquals(Optional.of(LocalDate.of(2025, 3, 4)), m.date());
        assertEquals(Optional.of(LocalTime.of(13, 0)), m.start());
        assertEquals(Optional.of(LocalTime.of(15, 30)), m.end());
        assertEquals(Optional.of("Kommunhuset"), m.place());
    }

    @Test
    void attendanceReadsOrganisationsAndClaimsItsLines() {
        Reading r = new Reading("Protokoll 2025-03-04\nNärvarande:\nMölndal: Sara Lind\nPartille: Jonas Berg\n\n1. Budget\n");
        Attendance.read(r, WORDS);
        assertEquals(List.of(new Minutes.Person("Sara Lind", Optional.of("Mölndal")),
                new Minutes.Person("Jonas Berg", Optional.of("Partille"))), r.participants);
        assertTrue(r.claimed.containsAll(List.of(1, 2, 3)));
    }

    @Test
    void aSentenceRightUnderTheListIsNoName() {
        Reading r = new Reading("Protokoll 2025-03-04\nDeltagare: Sara Lind, Jonas Berg\nJonas skickar ut rapporten senast 20 mars.\n");
        Attendance.read(r, WORDS);
        assertEquals(2, r.participants.size(), r.participants.toString());
        assertTrue(!r.claimed.contains(2), "the sentence is left for the action stage");
    }

    @Test
    void theAgendaKeepsNumbersInSequenceAndDecisionsGoUnderTheirPoint() {
        Reading r = new Reading("Protokoll 2025-03-04\n1. Budget\nBeslut: Budgeten fastställs.\n7 personer deltog.\n"
                + "2. Rekrytering\nGruppen beslutade att anställa en projektledare.\n");
        Agenda.read(r, WORDS);
        Decisions.read(r);
        assertEquals(List.of("Budget", "Rekrytering"), r.agenda);
        assertEquals(List.of(new Minutes.Decision("Budgeten fastställs.", Optional.of(0)),
                new Minutes.Decision("Gruppen beslutade att anställa en projektledare.", Optional.of(1))), r.decisions);
    }

    @Test
    void actionsTakeTheirOwnersAndDueDate() {
        Reading r = new Reading("Protokoll 2025-03-04\nDeltagare: Sara Lind, Jonas Berg\n1. Rapporten\nJonas skickar ut rapporten senast 20 mars.\n");
        Attendance.read(r, WORDS);
        new Actions(r, WORDS, SentenceKinds.load()).read();
        assertEquals(1, r.actions.size());
        assertEquals(List.of("Jonas"), r.actions.get(0).owners());
        assertEquals(Optional.of(LocalDate.of(2025, 3, 20)), r.actions.get(0).due());
    }

    @Test
    void withoutNumbersOrHeadingsTheSegmentClassifierFindsThePoints() {
        // no blank line sets the points apart (the plain-text headings rule needs one)
        String text = "Minnesanteckningar styrgruppen 2025-03-04\nNärvarande: Sara Lind, Jonas Berg\nBudget\n"
                + "Gruppen gick igenom utfallet. Kostnaderna ligger under budget.\nRekrytering av projektledare\n"
                + "Två ansökningar har kommit in och intervjuer bokas.\nÖvriga frågor\nInga övriga frågor.\n";
        MinutesExtractor rulesOnly = MinutesExtractor.load(SentenceKinds.load(), Optional.empty());
        MinutesExtractor learned = MinutesExtractor.load(SentenceKinds.load(), Optional.of(LineKinds.train(Loso.writtenLines())));
        assertEquals(List.of(), rulesOnly.extract(text).agendaItems(), "no rule finds these points");
        String spaced = text.replace("\nBudget", "\n\nBudget").replace("\nRekrytering", "\n\nRekrytering")
                .replace("\nÖvriga frågor", "\n\nÖvriga frågor");
        assertEquals(List.of("Budget", "Rekrytering av projektledare", "Övriga frågor"), rulesOnly.extract(spaced).agendaItems(),
                "with blank lines before them the plain-text headings rule finds them");
        List<String> points = learned.extract(text).agendaItems();
        assertTrue(points.containsAll(List.of("Rekrytering av projektledare", "Övriga frågor")), points.toString());
        assertTrue(points.stream().allMatch(p -> List.of("Budget", "Rekrytering av projektledare", "Övriga frågor").contains(p)),
                "no running text taken for a point: " + points);
    }
}
