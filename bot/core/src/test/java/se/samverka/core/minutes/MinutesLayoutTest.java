package se.samverka.core.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samverka.core.domain.Lang;
import se.samverka.core.text.Texts;

/** The layout of the minutes from their content, without a store: the slots for sections and sub-items too. */
class MinutesLayoutTest {
    final Texts sv = Texts.of(Lang.SV);

    MinutesContent content(List<MinutesContent.Entry> entries) {
        var present = List.of(new MinutesContent.Person("Tor Jacobsen", Optional.of("Falkenberg"), false),
                new MinutesContent.Person("Lena Svensson", Optional.of("Arbetsförmedlingen"), true),
                new MinutesContent.Person("Amina Boulaabi", Optional.empty(), false));
        var absent = List.of(new MinutesContent.Person("Annika Vannerberg", Optional.of("Halmstad"), false));
        return new MinutesContent("Strategisk grupp integration", "2017-09-05", false, "Tid: 09.00-12.00", "Laholm",
                new MinutesContent.Participants(present, absent, true), entries, List.of(), Optional.empty(),
                List.of("Tor: Traumadagarna"), Optional.of("20 oktober 09.00–12.00 Halmstad"), List.of(),
                Optional.of("Amina Boulaabi"));
    }

    @Test
    void sectionsAndSubItemsHaveTheirPlaceAndPointsTheirNotesDecisionsAndActions() {
        MinutesDocument doc = MinutesLayout.layout(content(List.of(
                new MinutesContent.Section("Samverkan:"),
                new MinutesContent.Point("2", "Kartläggning", List.of("Fbg: 3 personer.", "- BUF söker", "- UAF söker"),
                        List.of("Stående punkt."), List.of(new MinutesContent.Action("Boel och Amina",
                        "Kollar upp indikatorer", Optional.of("2017-10-20"), Optional.empty()))),
                new MinutesContent.Point("2.1", "Återsökningar", List.of(), List.of(), List.of()))), sv);
        String md = doc.markdown();
        assertTrue(md.contains("""
                **Samverkan:**

                ## 2. Kartläggning

                Fbg: 3 personer.

                - BUF söker
                - UAF söker

                **Beslut:** Stående punkt.

                - Åtgärd: Boel och Amina kollar upp indikatorer (senast 2017-10-20)

                ### 2.1 Återsökningar
                """), md);
        assertTrue(md.contains("Deltagare:\n\n- Arbetsförmedlingen: Lena Svensson (gäst)\n- Falkenberg: Tor Jacobsen\n"
                + "- Amina Boulaabi\n\nAnmält förhinder: Halmstad, Annika Vannerberg\n"), "by organisation, those without one last: " + md);
        assertEquals(new MinutesDocument.Footer("Strategisk grupp integration", "Sida"), doc.footer());
        assertEquals(doc, MinutesDocument.parse(md, doc.footer()), "the Markdown is the whole document");
    }

    @Test
    void aNoteThatLooksLikeMarkdownStaysTextThroughTheRoundTrip() {
        MinutesDocument doc = MinutesLayout.layout(content(List.of(new MinutesContent.Point("1", "Inledning",
                List.of("# inte en rubrik", "\\ snedstreck"), List.of(), List.of()))), sv);
        String md = doc.markdown();
        assertTrue(md.contains("\n\\# inte en rubrik\n\n\\\\ snedstreck\n"), md);
        assertEquals(doc, MinutesDocument.parse(md, doc.footer()));
        assertTrue(MinutesHtml.render(doc, "sv").contains("<p># inte en rubrik</p>"));
    }

    @Test
    void aPointCalledNastaMoteSaysWhenTheNextMeetingIsAndTheMinutesDoNotSayItTwice() {
        MinutesDocument doc = MinutesLayout.layout(content(List.of(
                new MinutesContent.Point("6", "Övriga frågor", List.of(), List.of(), List.of()),
                new MinutesContent.Point("7", "Nästa möte", List.of("Vi lägger möten för våren nästa gång vi ses."),
                        List.of(), List.of()))), sv);
        String md = doc.markdown();
        assertTrue(md.contains("## 7. Nästa möte\n\nVi lägger möten för våren nästa gång vi ses.\n\n"
                + "20 oktober 09.00–12.00 Halmstad\n\n## Laget runt") || md.contains("## 7. Nästa möte\n\nVi lägger möten för våren nästa gång vi ses.\n\n"
                + "20 oktober 09.00–12.00 Halmstad\n\n## Vid tangenterna"), md);
        assertEquals(1, md.split("Nästa möte", -1).length - 1, "one heading: " + md);
    }
}
