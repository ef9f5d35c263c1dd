package se.samverka.integrations.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Folding at 75 octets, between code points, checked on every line as bytes. */
class FoldingTest {

    /** Each line is whole UTF-8 on its own (a split sequence would not decode) and at most 75 octets. */
    static void assertFoldedLines(String folded) throws CharacterCodingException {
        assertTrue(folded.endsWith("\r\n"), "ends with CRLF");
        for (String line : folded.substring(0, folded.length() - 2).split("\r\n", -1)) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            assertTrue(bytes.length <= Folding.OCTETS, bytes.length + " octets: " + line);
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            assertTrue(line.isEmpty() || !Character.isLowSurrogate(line.charAt(0)), "a surrogate pair split: " + line);
        }
    }

    static String unfold(String folded) {
        return folded.replace("\r\n ", "");
    }

    @Test
    void aLineOfTwoOctetLettersIsFoldedAt75OctetsNotAt75Characters() throws Exception {
        String line = "DESCRIPTION:" + "åäö".repeat(40);
        String folded = Folding.fold(line + "\r\n");
        assertFoldedLines(folded);
        assertEquals(line + "\r\n", unfold(folded));
        String first = folded.substring(0, folded.indexOf("\r\n"));
        assertTrue(first.getBytes(StandardCharsets.UTF_8).length >= 74, "lines are filled, not cut short: " + first);
    }

    @Test
    void anyMixOfSwedishArabicAndEmojiIsFoldedBetweenCodePointsAndUnfoldsToTheSame() throws Exception {
        int[] alphabet = {'a', ' ', ';', 'å', 'ö', 'Ä', 'ب', 'ع', 'ة', 0x1F44D, 0x1F1F8, 0x1F1EA, '–', '\u200f'};
        Random random = new Random(14);
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder("SUMMARY:");
            int length = random.nextInt(400);
            for (int i = 0; i < length; i++) text.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
            String calendar = "BEGIN:VEVENT\r\n" + text + "\r\nEND:VEVENT\r\n";
            String folded = Folding.fold(calendar);
            assertFoldedLines(folded);
            assertEquals(calendar, unfold(folded), "round " + round);
            assertEquals(folded, Folding.fold(folded), "folding twice changes nothing");
        }
    }
}
