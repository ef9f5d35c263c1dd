package se.samverka.core.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samverka.core.agenda.AgendaLayout;
import se.samverka.core.domain.AgendaItem;
import se.samverka.core.domain.Meeting;
import se.samverka.core.domain.Note;

/** Where a note or decision goes: the meeting and point written before its text, and the point being discussed. */
class ItemRefTest {
    static final Meeting SEPTEMBER = new Meeting(7, Instant.parse("2026-09-18T07:00:00Z"), Instant.parse("2026-09-18T10:00:00Z"),
            Optional.of("Laholm"), Optional.empty(), Meeting.Status.PLANNED, Optional.empty(), "uid", 0);

    final List<String> asked = new ArrayList<>();

    /** Knows one meeting, "18 september"; says which phrases it was asked about. */
    ItemRef parse(String text) {
        return ItemRef.parse(text, (phrase, datesOnly) -> {
            asked.add(phrase + (datesOnly ? " (date)" : ""));
            return phrase.equals("18 september") ? Optional.of(SEPTEMBER) : Optional.empty();
        });
    }

    @Test
    void aPointFirstIsTheItemAndASpeakerIsText() {
        assertEquals(new ItemRef(Optional.empty(), Optional.of("2"), "Fbg: 3 personer"), parse("punkt 2: Fbg: 3 personer"));
        assertEquals(new ItemRef(Optional.empty(), Optional.of("12"), "Kba: x"), parse("item 12 Kba: x"));
        assertEquals(new ItemRef(Optional.empty(), Optional.empty(), "Fbg: 3 personer"), parse("Fbg: 3 personer"));
        assertEquals(List.of(), asked, "a speaker without a digit is never looked up as a meeting");
        assertEquals(new ItemRef(Optional.empty(), Optional.of("2"), ""), parse("punkt 2:"));
    }

    @Test
    void aMeetingBeforeAPointOrAColonIsTheMeeting() {
        assertEquals(new ItemRef(Optional.of(SEPTEMBER), Optional.of("2"), "Text\nmer"), parse("18 september punkt 2: Text\nmer"));
        assertEquals(new ItemRef(Optional.of(SEPTEMBER), Optional.empty(), "Text"), parse("18 september: Text"));
        assertEquals(new ItemRef(Optional.empty(), Optional.empty(), "Vi tog upp punkt 3 igen"), parse("Vi tog upp punkt 3 igen"));
        assertEquals(new ItemRef(Optional.empty(), Optional.empty(), "1/3 kvotflyktingar: i prognosen"), parse("1/3 kvotflyktingar: i prognosen"));
        assertEquals(List.of("18 september", "18 september (date)", "Vi tog upp", "1/3 kvotflyktingar (date)"), asked);
    }

    static AgendaLayout agenda(List<AgendaItem> own, Map<Long, String> sent) {
        return AgendaLayout.of(new AgendaLayout.Parts(List.of(), own, List.of(), List.of(), Map.of(), sent, !sent.isEmpty()),
                LocalTime.of(9, 0));
    }

    @Test
    void withoutAPointANoteGoesUnderTheLastNotedPointElseTheFirst() {
        AgendaItem one = new AgendaItem(11, Optional.of(7L), false, "Inledning", Optional.empty(), 1);
        AgendaItem two = new AgendaItem(12, Optional.of(7L), false, "Statistik", Optional.empty(), 2);
        AgendaLayout agenda = agenda(List.of(one, two), Map.of());
        assertEquals(new Discussion.Choice.Point(one, "1", Discussion.By.FIRST), Discussion.forNote(agenda, List.of(), Optional.empty()));
        assertEquals(Optional.empty(), Discussion.forDecision(agenda, List.of(), Optional.empty()), "a decision stays the meeting's");
        List<Note> notes = List.of(note(1, 12), note(2, 11), note(3, 12));
        assertEquals(new Discussion.Choice.Point(two, "2", Discussion.By.DISCUSSED), Discussion.forNote(agenda, notes, Optional.empty()));
        assertEquals(Optional.of(new Discussion.Choice.Point(two, "2", Discussion.By.DISCUSSED)),
                Discussion.forDecision(agenda, notes, Optional.empty()));
        assertEquals(new Discussion.Choice.Point(one, "1", Discussion.By.ASKED), Discussion.forNote(agenda, notes, Optional.of("1")));
        assertEquals(new Discussion.Choice.NoSuchPoint("3", 2), Discussion.forNote(agenda, notes, Optional.of("3")));
        assertEquals(new Discussion.Choice.NoAgenda(), Discussion.forNote(agenda(List.of(), Map.of()), List.of(), Optional.empty()));
    }

    @Test
    void onASentAgendaWithAGapThePointsGoByTheirFixedNumbers() {
        AgendaItem one = new AgendaItem(11, Optional.of(7L), false, "Inledning", Optional.empty(), 1);
        AgendaItem three = new AgendaItem(13, Optional.of(7L), false, "Budget", Optional.empty(), 3);
        AgendaLayout agenda = agenda(List.of(one, three), Map.of(11L, "1", 12L, "2", 13L, "3")); // 2 was removed
        assertEquals(new Discussion.Choice.Point(three, "3", Discussion.By.ASKED), Discussion.forNote(agenda, List.of(), Optional.of("3")));
        assertEquals(new Discussion.Choice.NoSuchPoint("2", 2), Discussion.forNote(agenda, List.of(), Optional.of("2")), "2 is a gap");
        assertEquals(new Discussion.Choice.Point(three, "3", Discussion.By.DISCUSSED),
                Discussion.forNote(agenda, List.of(note(1, 13)), Optional.empty()));
    }

    @Test
    void aCommandWordIsNoNoteAndAHashStaysText() {
        assertEquals(Optional.of("ta bort 7"), NoteText.commandWord("ta bort 7"));
        assertEquals(Optional.of("Punkt:"), NoteText.commandWord("Punkt:"));
        assertEquals(Optional.empty(), NoteText.commandWord("Punkten diskuterades"));
        assertEquals("\\# inte en rubrik", NoteText.markdown("# inte en rubrik"));
        assertEquals("Fbg: text", NoteText.markdown("Fbg: text"));
        assertEquals("a\nb c", NoteText.clean("  a \n\n b   c "));
    }

    static Note note(int number, long item) {
        return new Note(number, number, 7, item, "text " + number, Optional.empty(), Instant.EPOCH);
    }
}
