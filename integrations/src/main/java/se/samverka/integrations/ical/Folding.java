package se.samverka.integrations.ical;

import java.nio.charset.StandardCharsets;

/**
 * Content lines folded as RFC 5545 §3.1 asks: no line longer than 75 octets (UTF-8 bytes, not characters — å, ä
 * and ö take two, Arabic letters two, an emoji four), each continuation line starting with one space. A fold only
 * falls between code points, so a UTF-8 sequence (and a Java surrogate pair) is never split.
 */
public final class Folding {
    /** The longest line RFC 5545 allows, line break excluded. */
    public static final int OCTETS = 75;

    private Folding() {}

    /** The calendar text with every line folded; lines end in CRLF. Already folded lines are unfolded first. */
    public static String fold(String calendar) {
        String unfolded = calendar.replace("\r\n ", "").replace("\r\n\t", "");
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 64 * 3);
        for (String line : unfolded.split("\r?\n", -1)) {
            if (line.isEmpty()) continue; // the split's last piece after the final line break
            foldLine(line, out);
        }
        return out.toString();
    }

    private static void foldLine(String line, StringBuilder out) {
        int octets = 0;
        int room = OCTETS;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = utf8Length(codePoint);
            if (octets + size > room) {
                out.append("\r\n ");
                octets = 0;
                room = OCTETS - 1; // the leading space counts
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }

    static int utf8Length(int codePoint) {
        if (codePoint < 0x80) return 1;
        if (codePoint < 0x800) return 2;
        if (codePoint < 0x10000) return 3; // a lone surrogate becomes '?', one octet: 3 is on the safe side
        return 4;
    }

    /** The longest line of a calendar text, in UTF-8 octets (for tests and checks). */
    public static int longestLine(String calendar) {
        int longest = 0;
        for (String line : calendar.split("\r\n", -1)) {
            longest = Math.max(longest, line.getBytes(StandardCharsets.UTF_8).length);
        }
        return longest;
    }
}
