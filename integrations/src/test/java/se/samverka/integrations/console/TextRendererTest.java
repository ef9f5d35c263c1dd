package se.samverka.integrations.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import se.samverka.core.chat.Button;
import se.samverka.core.chat.Reply;

class TextRendererTest {
    @Test
    void theCarryOverShowsKlarBesidePagarAndFlytta() {
        Reply carryOver = Reply.builder().entry("#3 kollar upp lokalen — senast 20 november",
                new Button("Klar", "klar 3", Button.Kind.CONFIRM), new Button("Pågår", "pågår 3", Button.Kind.RUN),
                new Button("Flytta till nästa möte", "flytta till nästa möte 3", Button.Kind.RUN)).ok();
        assertEquals("- #3 kollar upp lokalen — senast 20 november   [Klar: klar 3]   [Pågår: pågår 3]"
                + "   [Flytta till nästa möte: flytta till nästa möte 3]", TextRenderer.render(carryOver));
    }

    @Test
    void aProposedCommandIsShownOnceNotAgainAsItsConfirmOrEditButton() {
        Reply proposal = Reply.builder().entry("åtgärd Ibrahim mailar ut syftet",
                new Button("Bekräfta", "åtgärd Ibrahim mailar ut syftet", Button.Kind.CONFIRM),
                new Button("Ändra", "åtgärd Ibrahim mailar ut syftet", Button.Kind.EDIT)).ok();
        assertEquals("- åtgärd Ibrahim mailar ut syftet", TextRenderer.render(proposal));
    }
}
