package se.samverka.core.justering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineDiffTest {

    @Test
    void keptLinesStayAndChangedOnesAreMarked() {
        assertEquals(List.of("  a", "- b", "+ B", "  c"), LineDiff.diff(List.of("a", "b", "c"), List.of("a", "B", "c")));
    }

    @Test
    void addedAndRemovedAtTheEndsAreFound() {
        assertEquals(List.of("- x", "  a", "  b", "+ y"), LineDiff.diff(List.of("x", "a", "b"), List.of("a", "b", "y")));
    }

    @Test
    void theSameTextHasNoChanges() {
        assertEquals(List.of(), LineDiff.changes(List.of("a", "b"), List.of("a", "b")));
    }

    @Test
    void emptyBeforeOrAfter() {
        assertEquals(List.of("+ a"), LineDiff.diff(List.of(), List.of("a")));
        assertEquals(List.of("- a"), LineDiff.diff(List.of("a"), List.of()));
    }

    @Test
    void aMovedLineIsOneRemovalAndOneAddition() {
        assertEquals(List.of("- a", "+ a"), LineDiff.changes(List.of("a", "b", "c"), List.of("b", "c", "a")));
    }
}
