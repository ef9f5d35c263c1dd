package se.samverka.core.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When a decision read from minutes is one the meeting holds already. */
class ImportRecordsTest {

    @Test
    void aDecisionTheMinutesAddToIsTheSameDecisionByItsFirstSentence() {
        String chat = "Bjuda in ngn från analysavdelningen för att gå igenom statistik. Boel och Amina kollar upp "
                + "möjligheterna kring att göra en fördjupning kring indikatorer.";
        String minutes = "Bjuda in ngn från analysavdelningen för att gå igenom statistik. Ev. koppla ihop detta med "
                + "forskningen för att identifiera framtida insatser. Generera forskning, hitta områden för följeforskning.";
        assertEquals(1.0, ImportRecords.sameDecision(chat, minutes));
    }

    @Test
    void decisionsThatOnlyBeginAlikeInAShortSentenceAreNot() {
        assertEquals(0.0, ImportRecords.sameDecision("Beslut. Vi antar budgeten för 2027.", "Beslut. Vi bjuder in Migrationsverket."));
        assertEquals(0.0, ImportRecords.sameDecision("Bjuda in AF och MV till nästa möte.",
                "Bjuda in ngn från analysavdelningen för att gå igenom statistik."));
    }

    @Test
    void wholeTextsAlikeStayAlike() {
        assertTrue(ImportRecords.sameDecision("Lovisa bevakar nästa utbildningstillfälle om hederskultur.",
                "Lovisa bevakar nästa utbildningstillfälle.") > 0);
    }
}
