package se.samverka.minutes.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samverka.core.domain.Minutes;
import se.samverka.minutes.MinutesExtractor;

/**
 * The head and paragraphs of a municipal body's protocol (an arbetsutskott, a nämnd, a kommunförbund's board) as its
 * template lays them out, on input written for the test (made-up names and matters).
 */
class MunicipalProtocolShapesTest {
    private static final MinutesExtractor EXTRACTOR = MinutesExtractor.load();

    @Test
    void theTemplatesHeadWithoutColonsAndParagraphsThatGiveTheirFileNumberFirst() {
        Minutes m = EXTRACTOR.extract("""
                PROTOKOLL 1 (4)
                Sammanträdesdatum
                Arbetsutskottet 2025-02-12

                Plats och tid Kommunförbundets lokaler, Norrby, kl. 09.00–11.30

                Beslutande Anna Berg (S), ordförande
                Olof Ek (M), vice ordförande
                Pia Lund (C)

                Övriga deltagande Karin Strand, förbundsdirektör
                Johan Ås, sekreterare

                Utses att justera Olof Ek

                § 5 Dnr 2025/12
                Verksamhetsplan 2026

                Arbetsutskottets beslut
                Arbetsutskottet godkänner förslaget till verksamhetsplan.

                § 6 Dnr 2025/15
                Ekonomisk uppföljning

                Arbetsutskottet beslutar
                att lägga rapporten till handlingarna.
                """);
        assertEquals(Optional.of("Kommunförbundets lokaler, Norrby"), m.meeting().place());
        assertEquals(Optional.of(LocalTime.of(11, 30)), m.meeting().end());
        assertEquals(List.of("Anna Berg", "Olof Ek", "Pia Lund", "Karin Strand", "Johan Ås"),
                m.participants().stream().map(Minutes.Person::name).toList());
        assertEquals(Optional.of("Johan Ås"), m.noteTaker());
        assertEquals(List.of("Verksamhetsplan 2026", "Ekonomisk uppföljning"), m.agendaItems());
        assertEquals(List.of("Arbetsutskottet godkänner förslaget till verksamhetsplan.", "att lägga rapporten till handlingarna."),
                m.decisions().stream().map(Minutes.Decision::text).toList());
    }

    @Test
    void aRollCallWithPartiesRolesAndMarks() {
        Minutes m = EXTRACTOR.extract("""
                Protokoll Folkhälsorådet 2025-05-06

                Ledamöter Närvarande
                Anna Berg (S), ordförande X
                Olof Ek (M) X
                Pia Lund (C) -
                Karin Strand (V) x

                Tjänstemän
                Johan Ås, folkhälsostrateg, sekreterare

                § 1 Mötets öppnande
                Ordföranden hälsade välkommen.
                """);
        assertEquals(List.of("Anna Berg", "Olof Ek", "Karin Strand", "Johan Ås"),
                m.participants().stream().map(Minutes.Person::name).toList());
        assertEquals(List.of("Pia Lund"), m.absent().stream().map(Minutes.Person::name).toList());
        assertEquals(Optional.of("Johan Ås"), m.noteTaker());
    }
}
