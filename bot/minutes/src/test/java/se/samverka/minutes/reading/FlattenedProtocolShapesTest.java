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
 * Shapes that real minutes outside the dev folder showed (held-out set G), each on input written for the test: PDF
 * copies run together in one line, a board's newsletter of decisions, first names only. Names and matters are made up.
 */
class FlattenedProtocolShapesTest {
    private static final MinutesExtractor EXTRACTOR = MinutesExtractor.load();

    private static List<String> names(List<Minutes.Person> people) {
        return people.stream().map(Minutes.Person::name).toList();
    }

    @Test
    void aHeadRunTogetherKeepsWhoWasAwayAndWhoElseCameApart() {
        String head = "Minnesanteckningar från beredningens möte den 19 december 2025 Närvarande Anna Berg (mp) vice ordförande "
                + "Olof Ek (s) Pia Lund (c) ordförande Karin Strand (m) Ej närvarande Lars Nord (s) Övriga Maja Holm sekreterare "
                + "Johan Ås processtöd 1. Mötets öppnande Pia Lund hälsade välkommen till beredningens möte och dagordningen fastställdes.";
        Minutes m = EXTRACTOR.extract(head + "\n");
        assertEquals(List.of("Anna Berg", "Olof Ek", "Pia Lund", "Karin Strand", "Maja Holm", "Johan Ås"), names(m.participants()));
        assertEquals(List.of("Lars Nord"), names(m.absent()));
    }

    @Test
    void aDecisionsAttClauseAfterASentencesEndAndADecisionThatOpensAPoint() {
        Minutes m = EXTRACTOR.extract("Protokoll styrgruppen 2025-11-02 Närvarande: Anna Berg, Olof Ek "
                + "1 Verksamhetsplan Ett förslag har skickats ut inför mötet. att ställa sig bakom förslaget till verksamhetsplan. "
                + "2 Rapporter Olof informerar om läget.\n\n5. Beslöts att firman tecknas av ordföranden.\n");
        assertEquals(List.of("att ställa sig bakom förslaget till verksamhetsplan.", "Beslöts att firman tecknas av ordföranden."),
                m.decisions().stream().map(Minutes.Decision::text).toList());
    }

    @Test
    void aBoardsNewsletterOfDecisionsAndItsListOfMeetings() {
        Minutes m = EXTRACTOR.extract("""
                Nyhetsbrev från rådets styrelsemöte 28/11 2025

                1) Valberedning

                Styrelsen fattade följande beslut:
                - Valberedningen utses av styrelsen.
                - vd är valberedningens sekreterare

                2) Ekonomi

                Styrelsen gick igenom budgeten.

                3) Styrelsen beslöt om styrelsemötens tidpunkter och platser:
                - 12. mars 2026, Norrby kommun
                - 14. maj 2026, telefonmöte
                """);
        assertEquals(List.of("Valberedningen utses av styrelsen.", "vd är valberedningens sekreterare",
                "Styrelsen beslöt om styrelsemötens tidpunkter och platser:"), m.decisions().stream().map(Minutes.Decision::text).toList());
        assertEquals(List.of(LocalDate.of(2026, 3, 12), LocalDate.of(2026, 5, 14)),
                m.nextMeetings().stream().map(x -> x.date().orElseThrow()).toList());
    }

    @Test
    void decisionsBulletedWithAListInsideOneAndATaskGivenAsAnUppgift() {
        Minutes m = EXTRACTOR.extract("""
                Årsmöte 2025-04-20

                Personval:
                 • Årsmötet gav som uppgift till styrelsen att utse en valberedning.

                Beslut

                 • Årsredovisningen 2024 godkändes. Centrala tal:
                  1. Medlemsintäkter 250 000
                  2. Andra intäkter 74 357
                 • Budget 2026 godkändes
                """);
        assertEquals(List.of("Årsredovisningen 2024 godkändes. Centrala tal:", "Budget 2026 godkändes"),
                m.decisions().stream().map(Minutes.Decision::text).toList());
        assertEquals(List.of("Beslut"), m.agendaItems());
        assertEquals(List.of(List.of("styrelsen")), m.actionItems().stream().map(Minutes.Action::owners).toList());
    }

    @Test
    void firstNamesOnlyAndAChairNamedBetweenCommas() {
        Minutes list = EXTRACTOR.extract("Enhetsmöte 2025-03-12\nNärvarande: Jannike, Anna, Ulla, Pia och Zorana\n\n1. Info\nInget.\n");
        assertEquals(List.of("Jannike", "Anna", "Ulla", "Pia", "Zorana"), names(list.participants()));
        Minutes acted = EXTRACTOR.extract("""
                Protokoll samverkansrådet 2025-02-06
                 • Ordföranden, Jonas Berg (S), hälsar välkommen och öppnar sammanträdet.
                 • Maria Ek, sekreterare, föredrar innehållet i reglementet.
                """);
        assertEquals(List.of("Jonas Berg", "Maria Ek"), names(acted.participants()));
        assertEquals(Optional.empty(), acted.meeting().start());
    }

    @Test
    void aRollCallRunTogetherWithRolesAndBodiesBetweenTheNames() {
        String text = "PROTOKOLL Brottsförebyggande rådet Sammanträdesdag 2025-02-17 Tid: 9:00 - 11.15 Plats: Stora rummet, "
                + "Storgatan 21 Närvarande Ulf Berg, förste vice ordförande SDN Öster. t.o.m. punkt 5 Gülsen Ek, områdeschef skola "
                + "Kjell-Åke Lind, områdeschef fritid Ulrika Holm, tf områdeschef IFO Stefan Nord, polisen Karin Ström, "
                + "nämndsekreterare Anmält förhinder Henry Vik, Räddningstjänstförbundet Ida Ås, ordförande SDN Öster "
                + "Adjungerade Marika Dahl, rektor Bodaskolan, t.o.m. punkt 4 1. Mötets öppnande Ulrika Holm hälsar välkomna.";
        Minutes m = EXTRACTOR.extract(text + "\n");
        assertEquals(List.of("Ulf Berg", "Gülsen Ek", "Kjell-Åke Lind", "Ulrika Holm", "Stefan Nord", "Karin Ström", "Marika Dahl"),
                names(m.participants()));
        assertEquals(List.of("Henry Vik", "Ida Ås"), names(m.absent()));
        Minutes council = EXTRACTOR.extract("Pensionärsrådet 10 april 2025 Plats och tid Hamnen, kl 13:00-16:00. Beslutande "
                + "Lars Holm PRO, Ordförande Uno Ek Omsorgsnämnden Susanne Berg Humanistiska nämnden Gerd Lind "
                + "Samhällsbyggnadsnämnden Jan Nord Kultur- och fritidsnämnden Lena Vik Kommunstyrelsen Bo Örjan Dahl SPF\n");
        assertEquals(List.of("Lars Holm", "Uno Ek", "Susanne Berg", "Gerd Lind", "Jan Nord", "Lena Vik", "Bo Örjan Dahl"),
                names(council.participants()));
    }

    @Test
    void bodiesAndPlacesInATablesColumnAreNoPeople() {
        Minutes m = EXTRACTOR.extract("""
                Minnesanteckningar medlemsmöte 2025-02-13
                Närvarande:
                Maria Berg
                Regionbibliotek Halland
                Katinka Ek
                Länsbibliotek Jönköping
                Susanne Lind
                Göteborgs Stad
                Eskilstuna

                1. Inledning
                Maria hälsade välkommen.
                """);
        assertEquals(List.of("Maria Berg", "Katinka Ek", "Susanne Lind"), names(m.participants()));
    }

    @Test
    void titlesInCapitalsOrBeforeAFullNameAndATaskInADecisionTaken() {
        Minutes m = EXTRACTOR.extract("""
                Protokoll styrelsemöte 2025-05-29
                Närvarande: Anna Berg, Lars Nord, Anders Ek

                § 1 VAL AV JUSTERINGSMAN Lars Nord valdes som justeringsman.
                § 2 EKONOMISK RAPPORT
                Beslut togs att Anders och Lars ska ta fram ett förslag till budget.
                § 3 Avrapportering från kommittén Lars Nord informerade från kommitténs möte.
                """);
        assertEquals(List.of("VAL AV JUSTERINGSMAN", "EKONOMISK RAPPORT", "Avrapportering från kommittén"), m.agendaItems());
        assertEquals(List.of(List.of("Anders", "Lars")), m.actionItems().stream().map(Minutes.Action::owners).toList());
    }

    @Test
    void aDecisionEndsBeforeARemarkOrTheNextItemAndGoesOnOverItsIndentedLines() {
        Minutes m = EXTRACTOR.extract("""
                Protokoll sektionen 2025-06-01
                Närvarande: Anna Berg, Lars Nord

                4. Dispenser
                Beslut: Ansökan avslås då reglerna inte uppfylls. (Sektionen efterlyste tydligare svar.) 25/ Björn Ek ansöker om dispens.

                5. Firma
                Styrelsen beslutade att utse Anna Berg och Lars Nord
                  att var för sig teckna föreningens firma.
                """);
        assertEquals(List.of("Ansökan avslås då reglerna inte uppfylls.",
                "Styrelsen beslutade att utse Anna Berg och Lars Nord att var för sig teckna föreningens firma."),
                m.decisions().stream().map(Minutes.Decision::text).toList());
    }

    @Test
    void aTaskAfterTheBoardsDecidedColonWithOwnersJoinedByAPlus() {
        Minutes m = EXTRACTOR.extract("Protokoll 2025-05-23\nNärvarande: Lars Nord, Martin Ek\n\n1. Köket\n"
                + "Styrelsen beslutade:Lars+Martin ordnar offert på beklädnad till köket.\n");
        assertEquals(List.of("Lars+Martin ordnar offert på beklädnad till köket."),
                m.decisions().stream().map(Minutes.Decision::text).toList());
        assertEquals(List.of(List.of("Lars", "Martin")), m.actionItems().stream().map(Minutes.Action::owners).toList());
    }

    @Test
    void aSentenceWrappedOverLinesABoardsAttClausesOnTheirOwnAndDecidingAfterAnotherVerb() {
        Minutes m = EXTRACTOR.extract("""
                Protokoll styrelsemöte 2025-03-01
                Närvarande: Martin Ek, Johan Berg, Lasse Lind

                § 4 Planerna
                Martin kollar med
                Alf hur ekonomin ser ut. Johan tar fram en
                sammanställning av kostnaderna till mötet i augusti.

                § 5 Budget
                Förslaget till budget presenterades.
                Att ge kansliet i uppdrag att återkomma med en rapport i maj.
                Att göra: boka lokal.

                § 6 Information
                LAG anser sig ha tagit del av informationen och beslutar att lägga den till handlingarna.
                """);
        assertEquals(List.of(List.of("Martin"), List.of("Johan")),
                m.actionItems().stream().filter(a -> !a.owners().contains("kansliet")).map(Minutes.Action::owners).toList());
        assertTrue(m.actionItems().get(1).task().contains("sammanställning av kostnaderna"), m.actionItems().toString());
        assertEquals(List.of("Att ge kansliet i uppdrag att återkomma med en rapport i maj.",
                "LAG anser sig ha tagit del av informationen och beslutar att lägga den till handlingarna."),
                m.decisions().stream().map(Minutes.Decision::text).toList());
    }
}
