package se.samverka.minutes.reading;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverka.minutes.quality.Loso;

class LineKindsTest {
    @Test
    void theSameLinesGiveTheSameModel() {
        List<LineKinds.Labelled> docs = Loso.writtenLines();
        assertTrue(docs.size() >= 3, "the written example documents are read");
        assertArrayEquals(LineKinds.train(docs).bytes(), LineKinds.train(docs).bytes());
    }

    @Test
    void aModelReadBackGivesWhatItGaveBefore() throws Exception {
        LineKinds model = LineKinds.train(Loso.writtenLines());
        LineKinds again = LineKinds.read(model.bytes());
        List<String> lines = LineKinds.lines("Protokoll 2025-01-01\n\n1. Ekonomi\nBudgeten godkändes.\n");
        for (int i = 0; i < lines.size(); i++) assertEquals(model.best(lines, i), again.best(lines, i));
    }

    @Test
    void theFeaturesSeeTheLineAndItsNeighbours() {
        List<String> lines = List.of("Närvarande:", "Mölndal: Sara Lind", "");
        List<String> f = List.of(LineFeatures.of(lines, 1));
        assertTrue(f.contains("key=mölndal"));
        assertTrue(f.contains("pshape=upper") && f.contains("pw0=närvarande"));
        assertTrue(f.contains("nnone"));
        assertTrue(f.contains("h=närvarande"), "the heading above: " + f);
    }

    @Test
    void theClassifierTellsAHeadingFromADecisionInWrittenShapes() {
        LineKinds model = LineKinds.train(Loso.writtenLines());
        List<String> lines = LineKinds.lines("Minnesanteckningar\n2025-01-01\n\n1. Mötets öppnande\n"
                + "Ordföranden hälsade välkommen.\n2. Budget\nBudgeten fastställdes för året.\n");
        assertEquals("AGENDA_ITEM", model.best(lines, 3));
        assertEquals("HEADER", model.best(lines, 1));
    }
}
