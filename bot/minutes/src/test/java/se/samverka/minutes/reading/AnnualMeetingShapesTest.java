package se.samverka.minutes.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverka.core.domain.Minutes;
import se.samverka.minutes.MinutesExtractor;

/**
 * Shapes of association and annual-meeting protocols that real minutes outside the dev folder showed (held-out sets
 * E and F), each on input written for the test: the names, places and sentences are made up.
 */
class AnnualMeetingShapesTest {
    private static final MinutesExtractor EXTRACTOR = MinutesExtractor.load();

    private static List<String> names(Minutes m) {
        return m.participants().stream().map(Minutes.Person::name).toList();
    }

    @Test
    void withoutAListThePeopleChosenAndSpeakingWereThere() {
        Minutes m = EXTRACTOR.extract("""
                Protokoll från årsmöte i Norrby vägförening

                Tid: Lördagen den 12 juli 2025, kl. 10.00

                Närvarande: 35 medlemmar enligt närvarolista.

                1. Val av ordförande för mötet.
                Lars Nyberg valdes till ordförande.

                2. Val av justerare
                Till justerare väljs sittande Per Asp och Eva Vik.

                3. Verksamhetsberättelse
                Kassör Åke Strand redogör kort för det ekonomiska läget. Föredrog Maria Berg revisorernas berättelse.
                En skrivelse från Håkan Ek hade inkommit.
                """);
        assertEquals(List.of("Lars Nyberg", "Per Asp", "Eva Vik", "Åke Strand", "Maria Berg"), names(m));
    }

    @Test
    void aListOfThemKeepsTheTextFromAddingMore() {
        Minutes m = EXTRACTOR.extract("""
                Protokoll styrelsemöte 2025-03-04
                Närvarande: Anna Berg, Olle Lind
                1. Ekonomi
                Kassör Åke Strand redogör för läget.
                """);
        assertEquals(List.of("Anna Berg", "Olle Lind"), names(m));
    }

    @Test
    void pointsAllNumberedOneAndPointsAfterABullet() {
        Minutes ones = EXTRACTOR.extract("""
                Protokoll 2025-07-12

                 1. Val av ordförande för stämman.

                Lars Nyberg valdes till ordförande.

                 1. Val av sekreterare för stämman.

                 1. Styrelsens verksamhetsberättelse
                """);
        assertEquals(List.of("Val av ordförande för stämman", "Val av sekreterare för stämman", "Styrelsens verksamhetsberättelse"),
                ones.agendaItems());
        Minutes bullets = EXTRACTOR.extract("""
                PROTOKOLL FÖRT VID ÅRSMÖTE DEN 9 APRIL 2025

                 • 1 Mötets öppnande

                 Mötet öppnades av ordförande Carin Nilsson.

                 • 2 Godkännande av kallelse

                 • 3 Val av justerare
                """);
        assertEquals(List.of("Mötets öppnande", "Godkännande av kallelse", "Val av justerare"), bullets.agendaItems());
        assertEquals(List.of("Carin Nilsson"), names(bullets));
    }

    @Test
    void theVerbBeforeTheBodyOpensADecisionAndExplicitAssignmentsAreActions() {
        Minutes m = EXTRACTOR.extract("""
                Protokoll styrelsemöte 2025-03-04
                Närvarande: Anna Berg, Olle Lind, Karin Ek

                1. Marken
                Beslöt årsmötet att inte sälja någon del av föreningens mark.
                Styrelsen fick i uppdrag att ombesörja röjning längs vägen. Olle Lind får i uppdrag att kontakta kommunen.
                Uppdrogs åt Karin Ek att boka lokal. Påminnelsen om rapporterna skickas av Anna.
                Mötet leds av Anna.
                """);
        assertEquals(List.of("Beslöt årsmötet att inte sälja någon del av föreningens mark."),
                m.decisions().stream().map(Minutes.Decision::text).toList());
        List<List<String>> owners = m.actionItems().stream().map(Minutes.Action::owners).toList();
        assertEquals(List.of(List.of("Styrelsen"), List.of("Olle Lind"), List.of("Karin Ek"), List.of("Anna")), owners);
        assertEquals("boka lokal", m.actionItems().get(2).task());
        assertTrue(m.actionItems().get(3).task().startsWith("Påminnelsen om rapporterna skickas"));
    }

    @Test
    void aTableCopiedFlatKeepsPeopleApartFromTheirBodiesAndHeadings() {
        Minutes m = EXTRACTOR.extract("""
                Anteckningar beredningsgruppen 2025-04-10
                Närvarande Kommunernas ledamöter Anna Berg (Norrby), Olof Ek, Pia Lund Sekreterare Eva Holm Övriga närvarande
                Lars Nord, Kommunförbundet Norrby Eva Vik, Västra Norrbyregionen Nils Dahl, Carl von Ekenstam
                """);
        assertEquals(List.of("Anna Berg", "Olof Ek", "Pia Lund", "Eva Holm", "Lars Nord", "Eva Vik", "Nils Dahl", "Carl von Ekenstam"),
                names(m));
        assertEquals(java.util.Optional.of("Kommunförbundet Norrby"), m.participants().get(4).org());
    }

    @Test
    void aPointsKeywordRepeatedInTheMarginIsNoPartOfItsTitle() {
        Minutes m = EXTRACTOR.extract("""
                Protokoll fört vid styrelsemöte 2025-05-02
                1 Mötets öppnande Öppnande Ordföranden förklarade mötet öppnat.
                2 Upprop Upprop Närvarande ledamöter: Anna Berg och Olof Ek.
                3 Godkännande av dagordning Dagordning Dagordningen godkändes.
                """);
        assertEquals(List.of("Mötets öppnande", "Upprop", "Godkännande av dagordning"), m.agendaItems());
    }

    @Test
    void anAgendaListedUnderTheTitleAndBulletedDecisionsUnderABeslutHeading() {
        Minutes m = EXTRACTOR.extract("""
                # Agenda & anteckningar 2025-02-11

                https://möte.example.se/rum

                * Intro och återblick
                * Budgeten
                * Seminariet

                ## Närvarande
                * Anna Berg
                * Olof Ek

                ## Anteckningar
                * Anna gick igenom förra mötets anteckningar.

                ## Beslut

                * Vi beslutade att hålla seminariet i maj.

                * Gruppen avvaktar budgetbeskedet.

                * Nästa möte - 2025-03-11
                """);
        assertEquals(List.of("Intro och återblick", "Budgeten", "Seminariet"), m.agendaItems());
        assertEquals(List.of("Vi beslutade att hålla seminariet i maj.", "Gruppen avvaktar budgetbeskedet."),
                m.decisions().stream().map(Minutes.Decision::text).toList());
        assertEquals(List.of("Anna Berg", "Olof Ek"), names(m));
    }

    @Test
    void theDateAsSixDigitsAfterItsLabelAndTheHoursTheMeetingLasted() {
        Minutes m = EXTRACTOR.extract("""
                Protokoll från sammanträde i delegationen
                Datum: 250603

                § 1 Ordföranden öppnar sammanträdet.

                § 2 Sammanträdet, som pågick kl. 13.00 – 15.30, förklaras avslutat.
                """);
        assertEquals(java.util.Optional.of(java.time.LocalDate.of(2025, 6, 3)), m.meeting().date());
        assertEquals(java.util.Optional.of(java.time.LocalTime.of(13, 0)), m.meeting().start());
        assertEquals(java.util.Optional.of(java.time.LocalTime.of(15, 30)), m.meeting().end());
    }

    @Test
    void anOwnerAfterAFrontedPhraseOrAfterACommaOwnsTheTask() {
        Minutes m = EXTRACTOR.extract("""
                Minnesanteckningar 2025-03-04
                Närvarande: Anna Berg, Olle Lind

                1. Övrigt
                Då bara en förening berörs tar ordföranden kontakt med föreningen. Till nästa möte tar Olle fram ett förslag.
                Kopiera dagordningen, Anna tar med sig papperen till mötet. Sedan tar Anna upp frågan om lokalen.
                """);
        List<String> owners = m.actionItems().stream().map(a -> String.join(",", a.owners())).toList();
        assertEquals(List.of("ordföranden", "Olle", "Anna"), owners);
        assertEquals("tar fram ett förslag", m.actionItems().get(1).task());
    }

    @Test
    void tasksGivenInOtherWordsAndABodysRemitIsNoTask() {
        Minutes m = EXTRACTOR.extract("""
                Minnesanteckningar 2025-03-04
                Närvarande: Anna Berg, Olof Ek, Pia Lund

                1. Uppföljning
                Nätverket har i uppdrag att samordna arbetet i länet.
                Olof har i uppdrag att sammanställa enkätsvaren. Pia får i uppgift att kontakta skolorna.
                Anna ombeds att återkomma med ett förslag.
                Uppdrag till Pia: ta fram en tidplan.
                """);
        assertEquals(List.of("sammanställa enkätsvaren", "kontakta skolorna", "återkomma med ett förslag", "ta fram en tidplan"),
                m.actionItems().stream().map(Minutes.Action::task).toList());
        assertEquals(List.of(List.of("Olof"), List.of("Pia"), List.of("Anna"), List.of("Pia")),
                m.actionItems().stream().map(Minutes.Action::owners).toList());
    }
}
