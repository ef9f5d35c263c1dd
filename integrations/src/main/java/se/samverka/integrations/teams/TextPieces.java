package se.samverka.integrations.teams;

import com.google.gson.Gson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A card's text cut into pieces that each take at most a given number of bytes as a JSON string in UTF-8 (escapes
 * counted): between list items (Adaptive Card Markdown separates them with {@code \r}) where it can, else between
 * code points — never inside a character, a surrogate pair or a UTF-8 sequence.
 */
final class TextPieces {
    private static final Gson GSON = new Gson();
    private static final String ITEM = "\r";

    private TextPieces() {}

    /** The pieces, in order; joined with {@code \r} where they were cut between items they give the text back. */
    static List<String> split(String text, int maxBytes) {
        if (maxBytes < 8) throw new IllegalArgumentException("no room for text: " + maxBytes);
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        int size = 0;
        int separator = escaped(ITEM);
        for (String item : text.split(ITEM, -1)) {
            for (String part : codePoints(item, maxBytes)) {
                int length = escaped(part);
                int joined = piece.isEmpty() ? length : size + separator + length;
                if (joined > maxBytes && !piece.isEmpty()) {
                    pieces.add(piece.toString());
                    piece.setLength(0);
                    joined = length;
                }
                if (!piece.isEmpty()) piece.append(ITEM);
                piece.append(part);
                size = joined;
            }
        }
        pieces.add(piece.toString());
        return pieces;
    }

    /** One item, cut between code points into parts of at most {@code maxBytes} escaped bytes. */
    private static List<String> codePoints(String item, int maxBytes) {
        if (escaped(item) <= maxBytes) return List.of(item);
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        int size = 0;
        for (int i = 0; i < item.length(); ) {
            int codePoint = item.codePointAt(i);
            String one = new String(Character.toChars(codePoint));
            int length = escaped(one);
            if (size + length > maxBytes && !part.isEmpty()) {
                parts.add(part.toString());
                part.setLength(0);
                size = 0;
            }
            part.append(one);
            size += length;
            i += Character.charCount(codePoint);
        }
        parts.add(part.toString());
        return parts;
    }

    /** The bytes of the text inside a JSON string, as Gson writes it (its escapes included), in UTF-8. */
    static int escaped(String text) {
        return GSON.toJson(text).getBytes(StandardCharsets.UTF_8).length - 2;
    }
}
