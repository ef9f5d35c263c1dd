package se.samverka.integrations.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samverka.core.chat.Block;
import se.samverka.core.chat.Button;
import se.samverka.core.chat.Reply;

class SlackBlocksTest {

    @Test
    void aLongListIsPagedWithinSlacksBlockLimitAndNoLineLosesItsButtons() {
        Reply.Builder reply = Reply.builder().heading("Öppna åtgärder");
        for (int i = 1; i <= 120; i++) {
            reply.entry("#" + i + " uppgift " + i, new Button("Bekräfta", "åtgärd " + i, Button.Kind.CONFIRM),
                    new Button("Ändra", "åtgärd " + i, Button.Kind.EDIT));
        }
        List<List<LayoutBlock>> pages = SlackBlocks.pages(reply.context("slut").ok(), SlackBlocks.MESSAGE_BLOCKS);
        assertEquals(5, pages.size(), "1 header + 240 blocks + 1 context in pages of 50");
        for (List<LayoutBlock> page : pages) {
            assertTrue(page.size() <= 50, "page of " + page.size());
            assertTrue(page.get(0) instanceof HeaderBlock || page.get(0) instanceof SectionBlock, "a page never starts with buttons");
        }
        long sections = pages.stream().flatMap(List::stream).filter(SectionBlock.class::isInstance).count();
        long actions = pages.stream().flatMap(List::stream).filter(ActionsBlock.class::isInstance).count();
        assertEquals(120, sections);
        assertEquals(120, actions);
    }

    @Test
    void aHeadingIsCarriedToTheNextPageWithWhatItHeads() {
        Reply.Builder reply = Reply.builder();
        for (int i = 0; i < 49; i++) reply.text("rad " + i);
        reply.heading("Nästa del").text("första raden i nästa del");
        List<List<LayoutBlock>> pages = SlackBlocks.pages(reply.ok(), SlackBlocks.MESSAGE_BLOCKS);
        assertEquals(49, pages.get(0).size());
        assertTrue(pages.get(1).get(0) instanceof HeaderBlock);
    }

    @Test
    void longTextIsSplitIntoSectionsOfAtMost3000Characters() {
        String line = "x".repeat(70);
        String text = String.join("\n", java.util.Collections.nCopies(100, line)); // 7 099 characters
        List<LayoutBlock> sections = SlackBlocks.sections(text);
        assertEquals(3, sections.size());
        for (LayoutBlock s : sections) assertTrue(((SectionBlock) s).getText().getText().length() <= 3000);
        assertEquals(text.replace("\n", ""), sections.stream().map(s -> ((SectionBlock) s).getText().getText())
                .reduce("", String::concat).replace("\n", ""), "nothing lost");
        assertEquals(2, SlackBlocks.sections("y".repeat(4500)).size(), "one very long line is cut too");
    }

    @Test
    void userTextCannotBecomeMarkupAndTheViewIsCutAt100Blocks() {
        String shown = ((SectionBlock) SlackBlocks.pages(Reply.ok(new Block.Paragraph("<!channel> & <@U1>")), 50)
                .get(0).get(0)).getText().getText();
        assertEquals("&lt;!channel&gt; &amp; &lt;@U1&gt;", shown);
        Reply.Builder big = Reply.builder();
        for (int i = 0; i < 150; i++) big.text("rad " + i);
        assertEquals(100, SlackBlocks.view(big.ok()).size());
    }

    @Test
    void aButtonCarriesItsCommandAndChannel() {
        Reply reply = Reply.ok(new Block.Entry("#4 bokar lokal", List.of(new Button("Klar", "klar 4", Button.Kind.RUN).in("C9"))));
        SectionBlock section = (SectionBlock) SlackBlocks.pages(reply, 50).get(0).get(0);
        var button = (com.slack.api.model.block.element.ButtonElement) section.getAccessory();
        assertEquals("samverka.run", button.getActionId());
        assertEquals(Optional.of(new SlackBlocks.Carried("klar 4", Optional.of("C9"))), SlackBlocks.Carried.read(button.getValue()));
        assertEquals(Optional.empty(), SlackBlocks.Carried.read("not json"));
    }

    @Test
    void threeButtonsOnOneLineHaveActionIdsUniqueInTheirBlock() {
        Reply reply = Reply.ok(new Block.Entry("#4 bokar lokal", List.of(new Button("Klar", "klar 4", Button.Kind.CONFIRM).in("C9"),
                new Button("Pågår", "pågår 4", Button.Kind.RUN).in("C9"),
                new Button("Flytta till nästa möte", "flytta till nästa möte 4", Button.Kind.RUN).in("C9"))));
        var actions = (com.slack.api.model.block.ActionsBlock) SlackBlocks.pages(reply, 50).get(0).get(1);
        List<String> ids = actions.getElements().stream()
                .map(e -> ((com.slack.api.model.block.element.ButtonElement) e).getActionId()).toList();
        assertEquals(List.of("samverka.confirm", "samverka.run.1", "samverka.run.2"), ids);
        assertEquals(Optional.of(new SlackBlocks.Carried("flytta till nästa möte 4", Optional.of("C9"))), SlackBlocks.Carried.read(
                ((com.slack.api.model.block.element.ButtonElement) actions.getElements().get(2)).getValue()));
    }

    @Test
    void slackMarkupBecomesWhatTheUserTyped() {
        assertEquals("åtgärd <@U0TOR|tor> ringer #strategisk-grupp om https://example.se & kolla a@b.se",
                SlackText.toCommand("åtgärd <@U0TOR|tor> ringer <#C1|strategisk-grupp> om <https://example.se> &amp; kolla <mailto:a@b.se|a@b.se>"));
        assertEquals("punkt 3 < 4 > 2", SlackText.toCommand("punkt 3 &lt; 4 &gt; 2"));
    }
}
