package se.samverka.core.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReplyCodecTest {
    @Test
    void everyBlockComesBackAsItWas() {
        Reply reply = new Reply(List.of(new Block.Heading("Veckosammanfattning\tvecka 45"),
                new Block.Paragraph("två\nrader med \\ och \t"), new Block.Items(List.of("a", "b\tc", ""), true),
                new Block.Entry("#1 bokar lokal", List.of(new Button("Klar", "klar 1", Button.Kind.RUN).in("C01"),
                        new Button("Ändra", "åtgärd Tor …", Button.Kind.EDIT))),
                new Block.Entry("utan knappar", List.of()), new Block.Context("liten text"),
                new Block.Document("inbjudan.ics", "text/calendar; method=REQUEST", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")),
                Reply.Outcome.DONE, true);
        assertEquals(reply, ReplyCodec.decode(ReplyCodec.encode(reply)));
        Reply empty = Reply.builder().rejected();
        assertEquals(empty, ReplyCodec.decode(ReplyCodec.encode(empty)));
    }
}
