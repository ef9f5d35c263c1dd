package se.samverka.minutes.reading;

import java.util.regex.Pattern;

/**
 * The shapes of a line that more than one stage looks at: a numbered point, a Markdown heading, a bullet, a
 * "Beslut:" line, an "Att: …" line, a "Namn: …" report line, a next-meeting phrase.
 */
final class Shapes {
    /**
     * "3. Ekonomi", "§ 4 Val av justerare", "2.1 Budget", "1.1.1. Mötesordförande", "2a. Mötesordförande", and a
     * board's paragraphs numbered on over the year ("§ 131 Val av justerare"), also after a bullet ("• 4 Val av
     * justerare", as a copy of a Word list gives it): group 1 the number, 2 the sub-point's
     * number, 3 a sub-point's letter, 4 the title.
     */
    static final Pattern NUMBERED = Pattern.compile("^\\s*(?:[•▪·]\\s*)?(?:§\\s*(?=\\d{1,3}\\b)|(?=\\d{1,2}\\b|\\d{1,2}[a-h][.)]))(\\d{1,3})"
            + "(?:\\.(\\d{1,2})(?:\\.\\d{1,2})?|([a-h])(?=[.)]))?[.:)]?\\s*(\\p{Lu}.*)$");
    /** "* Recap:" — a top-level bullet of a few words ending in a colon (it heads the indented bullets under it). */
    static final Pattern BULLET_HEADING = Pattern.compile("(?u)^[-*•]\\s+(\\p{Lu}[^:.]{1,40}):\\s*$");
    static final Pattern NESTED_BULLET = Pattern.compile("^(?: {2,}|\\t)\\s*[-*•]\\s+\\S");
    static final Pattern MARKDOWN = Pattern.compile("(?u)^\\s*(#{1,4})(?:\\s+|(?=\\p{Lu}))(.+)$");
    static final Pattern BESLUT = Pattern.compile("(?iu)^\\s*(?:[-•*]\\s*|#{1,4}\\s*)?(?:beslut(?:et)?|decisions?)\\s*(?::\\s*(.*)|$)");
    static final Pattern ATT_LINE = Pattern.compile("(?iu)^\\s*att\\s*:\\s*(.+)$");
    /** "Mats: lyfter …" — a name, a colon and what the person said. */
    static final Pattern ROUND_ENTRY = Pattern.compile("(?u)^\\s*(\\p{Lu}[\\p{L}'-]+(?:\\s\\p{Lu}[\\p{L}'-]+)?)\\s*:\\s*(\\S.*)$");
    static final Pattern NEXT = Pattern.compile("(?iu)\\b(nästa \\p{L}*möte|nästa \\p{L}*sammanträde|kommande \\p{L}*möten"
            + "|planerade möten|mötestider|sammanträdestider|sammanträdesdag|mötesdatum|nästa träff|next meeting"
            + "|\\p{L}*mötens\\s+(?:tidpunkter|tidspunkter|tider|datum))");
    /** A line that opens with a next-meeting phrase (a heading, "Nästa möte: …"). */
    static final Pattern NEXT_OPENS = Pattern.compile("(?iu)^\\s*(?:#+\\s*)?(?:§\\s*)?(?:\\d{1,2}(?:\\.\\d{1,2})?[.:)]?\\s*)?"
            + "(?:[-*•]\\s*)?(?:\\p{L}+\\s+){0,2}?(?:nästa|kommande|planerade|mötestider|sammanträdestider|mötesdatum|next meeting)");

    private Shapes() {}

    /** A numbered line's title (of a {@link #NUMBERED} match). */
    static String pointTitle(java.util.regex.Matcher numbered) {
        return numbered.group(4);
    }

    /** Whether a numbered line is a sub-point ("2.1", "2a", "1.1.1"). */
    static boolean subPoint(java.util.regex.Matcher numbered) {
        return numbered.group(2) != null || numbered.group(3) != null;
    }

    /** Whether a numbered line is a paragraph ("§ 44 …"): a board numbers them on over the year. */
    static boolean paragraph(String line) {
        return line.strip().startsWith("§");
    }

    static boolean isBullet(String line) {
        return line.matches("^[•*▪·-]\\s+.*");
    }

    /** The words of a document's head that are field names, not agenda points or names. */
    static boolean isHeaderWord(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).matches("(plats|tid|tid och plats|närvarande|deltagare|närvaro|"
                + "signaturer|underskrifter|justering|justeras|datum|frånvarande|förhinder|kallade|kallelse|attendees|participants|present|"
                + "apologies|absent|date|time|location)");
    }
}
