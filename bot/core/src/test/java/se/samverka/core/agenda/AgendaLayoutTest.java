package se.samverka.core.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samverka.core.domain.AgendaItem;

class AgendaLayoutTest {
    static AgendaItem own(long id, int position) {
        return new AgendaItem(id, Optional.of(1L), false, "Punkt " + id, Optional.empty(), position);
    }

    static AgendaItem standing(long id) {
        return new AgendaItem(id, Optional.empty(), true, "Stående " + id, Optional.empty(), (int) id);
    }

    static List<String> labels(AgendaLayout layout) {
        return layout.lines().stream().map(l -> l.label() + " " + l.item().text()).toList();
    }

    @Test
    void onceSentARemovedItemLeavesAGapAndANewOneGetsTheNextNumberLast() {
        // sent with 1 Stående 1, 2 Punkt 10, 3 Punkt 11, 4 Punkt 12, 5 Stående 2 (closing); Punkt 11 removed since
        Map<Long, String> sent = Map.of(1L, "1", 10L, "2", 11L, "3", 12L, "4", 2L, "5");
        AgendaLayout layout = AgendaLayout.of(new AgendaLayout.Parts(List.of(standing(1), standing(2)),
                List.of(own(10, 1), own(12, 3), own(13, 4)), List.of(), List.of(),
                Map.of(2L, new ItemDetails(2, Optional.empty(), Optional.empty(), Optional.empty(), true,
                        Optional.empty(), Optional.empty())), sent, true), LocalTime.of(13, 0));
        assertEquals(List.of("1 Stående 1", "2 Punkt 10", "4 Punkt 12", "5 Stående 2", "6 Punkt 13"), labels(layout));
        assertTrue(layout.line("3").isEmpty(), "3 stays a gap");
    }

    @Test
    void beforeSendingTheItemsAreNumberedInOrderWithSubItemsAndSections() {
        AgendaItem sub = own(20, 9);
        AgendaLayout layout = AgendaLayout.of(new AgendaLayout.Parts(List.of(standing(1)),
                List.of(own(10, 2), own(11, 4)), List.of(sub), List.of(new Section(5, "Samverkan", 3)),
                Map.of(20L, new ItemDetails(20, Optional.of(10L), Optional.of("Boel"), Optional.of(10), false,
                        Optional.empty(), Optional.empty()), 1L, new ItemDetails(1, Optional.empty(), Optional.empty(),
                        Optional.of(15), false, Optional.empty(), Optional.empty())), Map.of(), false), LocalTime.of(9, 0));
        assertEquals(List.of("1 Stående 1", "2 Punkt 10", "2.1 Punkt 20", "3 Punkt 11"), labels(layout));
        assertEquals(Optional.of(LocalTime.of(9, 15)), layout.line("2").orElseThrow().startsAt());
        assertEquals(Optional.empty(), layout.line("3").orElseThrow().startsAt(), "item 2 has no time, so 3's start is unknown");
        assertEquals("Samverkan", layout.line("3").orElseThrow().section().orElseThrow().title());
        assertEquals(List.of("2.1"), layout.subItems(10).stream().map(AgendaLayout.Line::label).toList());
    }
}
