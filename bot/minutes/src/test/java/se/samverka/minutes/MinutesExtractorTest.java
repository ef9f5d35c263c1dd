package se.samverka.minutes;

import se.samverka.core.domain.Minutes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Hand-written minutes and sentences (not from the evaluation folder): the shapes the extractor must read. */
class MinutesExtractorTest {
    static final MinutesExtractor EXTRACTOR = MinutesExtractor.load();

    static Minutes read(String text) {
        return EXTRACTOR.extract(text);
    }

    /** A short document around one sentence, with a roster so that the names are known. */
    static Minutes around(String sentence) {
        return read("""
                Minnesanteckningar Samverkansgruppen 2025-03-12
                Tid: 13.00-15.00
                Närvarande: Petra Holm, Göran Ek, Sara Lind, Yusuf Ali
                1. Aktuellt
                %s
                """.formatted(sentence));
    }

    static Stream<Arguments> actionSentences() {
        return Stream.of(
                Arguments.of("Petra skickar ut presentationen.", List.of("Petra"), null),
                Arguments.of("Göran och Sara tar fram ett förslag till nästa möte.", List.of("Göran", "Sara"), null),
                Arguments.of("Petra, Göran och Yusuf bokar lokal senast 20 mars.", List.of("Petra", "Göran", "Yusuf"), "2025-03-20"),
                Arguments.of("Beslut: Yusuf kontaktar Arbetsförmedlingen.", List.of("Yusuf"), null),
                Arguments.of("Vi beslöt att Sara sammanställer svaren senast den 28:e.", List.of("Sara"), "2025-03-28"),
                Arguments.of("Styrelsen uppdrar åt Göran att skriva verksamhetsberättelsen.", List.of("Göran"), null),
                Arguments.of("Sekreteraren skickar ut anteckningarna inom en vecka.", List.of("Sekreteraren"), null),
                Arguments.of("Informationen sprids vidare; Petra ansvarar/återkopplar.", List.of("Petra"), null),
                Arguments.of("Sara ska ta fram statistik till 15/4.", List.of("Sara"), "2025-04-15"),
                Arguments.of("Underlaget skickas till Göran som lägger upp det på webben.", List.of("Göran"), null),
                // verbs outside the list of verbs of doing: the trained model tells these from descriptions
                Arguments.of("Sara formulerar ett svar till kommunen senast 20 mars.", List.of("Sara"), "2025-03-20"),
                Arguments.of("Göran skissar på en affisch till nästa möte.", List.of("Göran"), null));
    }

    @ParameterizedTest
    @MethodSource("actionSentences")
    void anActionItemHasItsOwnersAndDueDate(String sentence, List<String> owners, String due) {
        List<Minutes.Action> actions = around(sentence).actionItems();
        assertEquals(1, actions.size(), sentence + " → " + actions);
        assertEquals(owners, actions.get(0).owners(), sentence);
        assertEquals(Optional.ofNullable(due).map(LocalDate::parse), actions.get(0).due(), sentence);
        assertEquals(sentence, actions.get(0).sourceText());
    }

    static Stream<String> notActions() {
        return Stream.of(
                "Petra informerade om läget i kommunen.",
                "Göran hade varit på en konferens.",
                "Sara: lyfter frågan om uppföljning.",
                "Beslut: Ingen konferens är aktuell i nuläget.",
                "Styrelsen godkänner dagordningen.",
                "Yusuf ska vara föräldraledig under hösten.",
                "Arbetsförmedlingen har tagit fram en ny prognos.",
                "Petra Holm utsågs att justera protokollet.",
                "Göran presenterar resultatet av enkäten.",
                "Sara påpekar att statistiken är osäker.",
                "Petra leder arbetsgruppen sedan i våras.",
                "Göran sitter i styrgruppen för projektet.",
                "Yusuf tar upp frågan om lokaler.");
    }

    @ParameterizedTest
    @MethodSource("notActions")
    void reportsOpinionsAndNegationsAreNoActionItems(String sentence) {
        assertEquals(List.of(), around(sentence).actionItems(), sentence);
    }

    @Test
    void decisionsInTheirManyForms() {
        Minutes m = read("""
                Styrelsemöte 2024-02-04
                1. Mötets öppnande 18:05
                2. Ekonomi
                Att: Godkänna budgeten för 2024.
                Beslut: Attsats bifalles
                Att: Köpa en ny projektor.
                Beslut: Attsats avslås
                3. Arbetsordning
                Styrelsen beslutar:
                att mötena hålls första söndagen i månaden.
                att protokollet justeras inom en vecka.
                4. Övrigt
                Beslut: Ingen konferens är aktuell i nuläget.
                Vi beslöt att bjuda in kommunen till nästa möte.
                5. Mötets avslutande 19:40
                """);
        assertEquals(List.of("Godkänna budgeten för 2024.", "att mötena hålls första söndagen i månaden.",
                "att protokollet justeras inom en vecka.", "Ingen konferens är aktuell i nuläget.",
                "Vi beslöt att bjuda in kommunen till nästa möte."),
                m.decisions().stream().map(Minutes.Decision::text).toList());
        assertEquals(List.of(1, 2, 2, 3, 3), m.decisions().stream().map(d -> d.agendaItem().orElse(-1)).toList());
        assertEquals(List.of(), m.actionItems());
        assertEquals(Optional.of(LocalTime.of(18, 5)), m.meeting().start());
        assertEquals(Optional.of(LocalTime.of(19, 40)), m.meeting().end());
        assertEquals(List.of("Mötets öppnande", "Ekonomi", "Arbetsordning", "Övrigt", "Mötets avslutande"), m.agendaItems());
    }

    @Test
    void theNoteTakerUnderAHeadingWithoutAColonAsSamverkaWritesIt() {
        for (String heading : List.of("## Vid tangenterna", "Vid tangenterna", "## Vid tangenterna:")) {
            Minutes m = read("Minnesanteckningar Strategisk grupp integration\n\n2017-09-05\n\nDeltagare: Amina Boulaabi, "
                    + "Tor Jacobsen\n\n## 1. Inledning\n\n" + heading + "\n\nAmina Boulaabi\n");
            assertEquals(Optional.of("Amina Boulaabi"), m.noteTaker(), heading);
        }
    }

    @Test
    void aCopyWithLostLineBreaksIsReadAsWell() {
        Minutes m = read("MINNESANTECKNINGAR FRÅN STYRGRUPPEN Onsdag den 5 mars 2025, kl. 9 Stadshuset, Varberg "
                + "Närvarande: Karin Holm (ordförande), Leif Strand, Anna-Karin Berg och Mats Dahl (sekreterare) "
                + "Förhinder: Eva Lund, Olof Bergman 1. Mötet öppnas Ordföranden hälsade alla välkomna. "
                + "2. Uppföljning av handlingsplanen Leif redovisade läget i kommunerna. Beslut: Styrgruppen "
                + "beslutade att förlänga handlingsplanen ett år. Leif skickar ut den reviderade planen senast 1 april. "
                + "3. Nästa möte Nästa möte hålls den 14 maj kl. 9-12 i Falkenberg.");
        assertEquals(Optional.of(LocalDate.of(2025, 3, 5)), m.meeting().date());
        assertEquals(Optional.of(LocalTime.of(9, 0)), m.meeting().start());
        assertEquals(List.of("Karin Holm", "Leif Strand", "Anna-Karin Berg", "Mats Dahl"),
                m.participants().stream().map(Minutes.Person::name).toList());
        assertEquals(List.of("Eva Lund", "Olof Bergman"), m.absent().stream().map(Minutes.Person::name).toList());
        assertEquals(Optional.of("Mats Dahl"), m.noteTaker());
        assertEquals(List.of("Mötet öppnas", "Uppföljning av handlingsplanen", "Nästa möte"), m.agendaItems());
        assertEquals(1, m.decisions().size(), m.decisions().toString());
        assertTrue(m.decisions().get(0).text().startsWith("Styrgruppen beslutade att förlänga"), m.decisions().toString());
        assertEquals(1, m.actionItems().size(), m.actionItems().toString());
        assertEquals(List.of("Leif"), m.actionItems().get(0).owners());
        assertEquals(Optional.of(LocalDate.of(2025, 4, 1)), m.actionItems().get(0).due());
        assertEquals(1, m.nextMeetings().size());
        assertEquals(Optional.of(LocalDate.of(2025, 5, 14)), m.nextMeetings().get(0).date());
        assertEquals(Optional.of(LocalTime.of(9, 0)), m.nextMeetings().get(0).start());
    }

    @Test
    void attendanceByOrganisationAndRoundTheTable() {
        Minutes m = read("""
                Minnesanteckningar Strategisk grupp
                2025-01-20
                Deltagare:
                Falkenberg: Erik Holm
                Region Halland: Maria Lind, Sofia Berg
                Hylte: Jonas Sand
                Anmält förhinder: Kungsbacka, Lena Ek

                Laget runt:
                Erik: Ny samordnare på plats.
                Maria: Konferens i maj.

                Nästa möte
                13/3 9:00-12:00 Hylte
                """);
        assertEquals(List.of(new Minutes.Person("Erik Holm", Optional.of("Falkenberg")),
                new Minutes.Person("Maria Lind", Optional.of("Region Halland")),
                new Minutes.Person("Sofia Berg", Optional.of("Region Halland")),
                new Minutes.Person("Jonas Sand", Optional.of("Hylte"))), m.participants());
        assertEquals(List.of(new Minutes.Person("Lena Ek", Optional.of("Kungsbacka"))), m.absent());
        assertEquals(List.of(new Minutes.Report("Erik", "Ny samordnare på plats."),
                new Minutes.Report("Maria", "Konferens i maj.")), m.roundTable());
        assertEquals(Optional.of(LocalDate.of(2025, 3, 13)), m.nextMeetings().get(0).date(), "the meeting's year");
        assertEquals(Optional.of("Hylte"), m.nextMeetings().get(0).place());
        assertEquals(List.of(), m.actionItems(), "round-the-table lines are reports");
    }

    @Test
    void paragraphSignsDecisionsUnderTheirHeadingAndActionLists() {
        Minutes m = read("""
                PROTOKOLL
                Styrelsen för Föreningen Samverkan, 2025-05-06 kl. 18.00-20.00
                Närvarande: Kim Nyberg (ordförande), Elin Sjö, Omar Haddad

                § 1 Mötets öppnande
                Ordföranden öppnade mötet.

                § 2 Ekonomi
                Kassören redovisade resultatet.
                Beslut
                Styrelsen beslutar att lägga rapporten till handlingarna.

                § 3 Åtgärdslista
                - Boka lokal till höstmötet. Ansvarig: Elin. Klart: 2025-06-01
                - Uppdatera hemsidan. Ansvarig: Omar och Kim

                § 4 Mötets avslutande
                """);
        assertEquals(List.of("Mötets öppnande", "Ekonomi", "Åtgärdslista", "Mötets avslutande"), m.agendaItems());
        assertEquals(List.of("Styrelsen beslutar att lägga rapporten till handlingarna."),
                m.decisions().stream().map(Minutes.Decision::text).toList());
        assertEquals(2, m.actionItems().size(), m.actionItems().toString());
        assertEquals(List.of("Elin"), m.actionItems().get(0).owners());
        assertEquals("Boka lokal till höstmötet", m.actionItems().get(0).task());
        assertEquals(Optional.of(LocalDate.of(2025, 6, 1)), m.actionItems().get(0).due());
        assertEquals(List.of("Omar", "Kim"), m.actionItems().get(1).owners());
        assertEquals(Optional.of(LocalTime.of(18, 0)), m.meeting().start());
        assertEquals(Optional.of(LocalTime.of(20, 0)), m.meeting().end());
    }

    @Test
    void aWordFileIsReadLikeText() throws Exception {
        byte[] docx = MinutesDocx.write("""
                # Minnesanteckningar Samverkansgruppen

                **2025-02-11**

                Tid: 09.00-11.00

                Deltagare:

                - Varberg: Petra Holm
                - Hylte: Göran Ek

                ## 1. Bostäder

                **Beslut:** Petra sammanställer läget i kommunerna senast 1 mars.
                """, "Minnesanteckningar");
        java.nio.file.Path file = java.nio.file.Files.createTempFile("minutes", ".docx");
        try {
            java.nio.file.Files.write(file, docx);
            Minutes m = read(Documents.text(file));
            assertEquals(Optional.of(LocalDate.of(2025, 2, 11)), m.meeting().date());
            assertEquals(List.of("Petra Holm", "Göran Ek"), m.participants().stream().map(Minutes.Person::name).toList());
            assertEquals(List.of("Bostäder"), m.agendaItems());
            assertEquals(1, m.decisions().size());
            assertEquals(List.of("Petra"), m.actionItems().get(0).owners());
            assertEquals(Optional.of(LocalDate.of(2025, 3, 1)), m.actionItems().get(0).due());
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }
}
