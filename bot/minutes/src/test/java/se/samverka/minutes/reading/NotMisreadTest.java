package se.samverka.minutes.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import se.samverka.core.domain.Minutes;
import se.samverka.core.port.ActionFinder;
import se.samverka.minutes.MinutesExtractor;

/**
 * What the general rules must not read into text — found by a second read of them: plain sentences a user writes in
 * chat, and shapes of documents that an over-eager rule lost or misread. Each input is made up.
 */
class NotMisreadTest {
    private static final MinutesExtractor EXTRACTOR = MinutesExtractor.load();
    private static final List<String> ROSTER = List.of("Anna Berg", "Olof Lind", "Pia Holm");

    private static List<ActionFinder.Found> chat(String text) {
        return EXTRACTOR.actions(text, ROSTER, List.of("Laholm"), LocalDate.of(2025, 5, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mötet hölls av Anna.", "Protokollet skrevs av Pia.", "Huset ägs av Olof.", "Vi skickas av Olof.",
        "Frågan diskuteras av Anna.", "Ibland skriver Olof dikter.", "Nu ligger Olof sjuk.", "När det regnar tar Olof bussen.",
        "Alla ska komma i tid.", "Alla behöver inte komma.", "Alla ska ha en trevlig sommar.", "Alla ska kunna delta.",
        "Anna fick inte i uppdrag att boka lokalen.", "Olof har ingen uppgift att fylla i dag.",
        "Personalen ombeds att inte parkera här.", "Eleverna ombeds att ta med lunch.", "Olof will nog komma.",
        "Anna påminner om att reglementet gäller.", "Olof går igenom budgeten."})
    void aPlainSentenceInChatIsNoTask(String sentence) {
        assertEquals(List.of(), chat(sentence));
    }

    @Test
    void ownersBeforeACommaStayOwners() {
        assertEquals(List.of(List.of("Pia", "Olof")), chat("Pia, Olof skickar in statistik.").stream().map(ActionFinder.Found::owners).toList());
        assertEquals(List.of(List.of("Olof")), chat("Kopiera dagordningen, Olof tar med sig papperen.").stream()
                .map(ActionFinder.Found::owners).toList());
    }

    @Test
    void noDecisionAfterAnAbbreviationAndNoneNotTaken() {
        Minutes m = EXTRACTOR.extract("Protokoll 2025-05-01\nNärvarande: Anna Berg, Olof Lind\n\n1. Övrigt\n"
                + "Gruppen diskuterade bl.a. att starta en ny arbetsgrupp. Regionen tog inget beslut om att införa avgift.\n"
                + "Styrelsen fattade beslut: att anta budgeten för 2026.\n");
        assertEquals(List.of("att anta budgeten för 2026."), m.decisions().stream().map(Minutes.Decision::text).toList());
    }

    @Test
    void aTabAfterAPointsNumberAndALineOverDashesKeepTheirMeaning() {
        Minutes tabs = EXTRACTOR.extract("Protokoll 2025-05-01\n\n1.\tMötets öppnande\n2.\tVal av justerare\n§ 3\tÖvrigt\n");
        assertEquals(List.of("Mötets öppnande", "Val av justerare", "Övrigt"), tabs.agendaItems());
        Minutes dashes = EXTRACTOR.extract("Anteckningar 2025-05-01\nNärvarande: Anna Berg, Olof Lind\n\n1. Budget\n"
                + "Olof skickar budgeten till alla senast 1 maj.\n---\nAnna bokar lokalen.\n");
        assertEquals(List.of(List.of("Olof"), List.of("Anna")), dashes.actionItems().stream().map(Minutes.Action::owners).toList());
    }

    @Test
    void theRoundEndsAtTheMinutesOwnMarksAndAnActionTableIsNoAttendance() {
        Minutes m = EXTRACTOR.extract("""
                Anteckningar 2025-05-01
                Deltagare:
                Anna Berg
                Olof Lind

                | Ansvarig | Åtgärd | Klart |
                |---|---|---|
                | Pia Holm | Boka lokal | 2025-05-20 |

                2. Laget runt
                Anna: Arbetet går enligt plan.
                Åtgärd: Anna skickar protokollet.
                Nästa möte: 2025-06-12
                """);
        assertEquals(List.of("Anna Berg", "Olof Lind"), m.participants().stream().map(Minutes.Person::name).toList());
        assertEquals(List.of(new Minutes.Report("Anna", "Arbetet går enligt plan.")), m.roundTable());
        assertEquals(List.of(List.of("Anna"), List.of("Pia Holm")), m.actionItems().stream().map(Minutes.Action::owners).toList());
    }

    @Test
    void aPlaceWithANumberKeepsItAndPeopleOnlyTalkedAboutWereNotThere() {
        Minutes place = EXTRACTOR.extract("Protokoll 2025-05-01\nPlats: Sal 1.05, Kommunhuset\n\n1. Öppnande\nMötet öppnades.\n");
        assertEquals(Optional.of("Sal 1.05, Kommunhuset"), place.meeting().place());
        Minutes talked = EXTRACTOR.extract("Årsmöte 2025-04-20\n\n1. Öppnande\nI en skrivelse från Håkan Ek informerade kommunen om "
                + "vägen. Vid förra årsmötet berättade Astrid Lind om bygdens historia. Lars Nyberg valdes till ordförande.\n");
        assertEquals(List.of("Lars Nyberg"), talked.participants().stream().map(Minutes.Person::name).toList());
    }

    @Test
    void aVeryLongWordInCapitalsStillGivesTheAgenda() {
        Minutes m = EXTRACTOR.extract("Protokoll 2025-05-01\n\n1. A " + "X".repeat(5000) + " 1\n2. Budget\n3. Övrigt\n");
        assertEquals(List.of("Budget", "Övrigt"), m.agendaItems().subList(1, 3));
    }

    @Test
    void anEmailsGreetingsAreNoAgenda() {
        Minutes m = EXTRACTOR.extract("Hej alla\nHär kommer en kort sammanfattning av läget i projektet.\n\n"
                + "Vad gör vi nu?\nVi behöver bestämma oss för hur vi går vidare med arbetet.\n\n"
                + "Med vänliga hälsningar\nAnna Berg, projektledare på Region Norr\n");
        assertEquals(List.of(), m.agendaItems());
    }
}
