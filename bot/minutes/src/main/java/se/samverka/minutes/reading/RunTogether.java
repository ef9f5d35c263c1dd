package se.samverka.minutes.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a PDF-to-text copy that lost its line breaks had its lines: before the numbers of its points when they run
 * on in sequence inside the line ("Dagordning: 1.1 Mötets öppnande 1.2 Val av mötesordförande … 2. Rapporter 2.1
 * Inkommen post"), and before a field that follows a sentence's end ("… Anneli Henriksson. Gäster: …"). A number
 * alone is cut before only when it continues the numbers before it, so "kl 10 Mötet" or "3 personer" stay whole.
 */
final class RunTogether {
    /** A number of one to three levels ("2", "2.1", "1.1.1", with or without a dot after it) before a capital. */
    private static final Pattern NUMBER = Pattern.compile("(?u)(?<=\\s)(\\d{1,2}(?:\\.\\d{1,2}){0,2})\\.?\\s+(?=\\p{Lu})");
    /** "… Henriksson. Gäster: Wille …": a capitalised word and a colon right after a sentence's end. */
    private static final Pattern FIELD = Pattern.compile("(?u)(?<=[\\p{L})][.])\\s+(?=\\p{Lu}\\p{Ll}{2,}(?: \\p{Ll}+)?:\\s)");
    /** How many numbers in sequence make a line an agenda run together. */
    private static final int RUN = 3;

    private RunTogether() {}

    /** The line with "\n" where a new line began: before a field after a sentence, before numbers in sequence. */
    static String mark(String line) {
        String fields = FIELD.matcher(line).replaceAll("\n");
        List<Integer> cuts = sequenceStarts(fields);
        if (cuts.isEmpty()) return fields;
        StringBuilder out = new StringBuilder(fields);
        for (int k = cuts.size() - 1; k >= 0; k--) {
            int at = cuts.get(k);
            if (fields.charAt(at - 1) != '\n') out.insert(at, '\n'); // not where a section's word began a line already
        }
        return out.toString();
    }

    /**
     * Where the numbers that continue each other stand: chains of at least {@link #RUN} numbers, each one after the
     * last (1.2 → 1.3), a level down (2 → 2.1) or up again (1.7 → 2), and once a chain stands, a list begun again
     * ("1.1" after "5.3": the points written out after the agenda).
     */
    private static List<Integer> sequenceStarts(String line) {
        List<Integer> at = new ArrayList<>();
        List<Integer> chain = new ArrayList<>();
        int[] last = null;
        Matcher m = NUMBER.matcher(line);
        while (m.find()) {
            int[] n = levels(m.group(1));
            boolean next = last != null && (follows(last, n) || chain.size() >= RUN && startsList(n));
            if (!next && chain.size() >= RUN) continue;
            if (!next) chain.clear();
            if (!next && n.length == 1 && !startsList(n)) { // "32 Åsa Westrin 44 …": paragraphs, unless the list begins at 1 or 2
                last = null;
                continue;
            }
            chain.add(m.start(1));
            last = n;
            if (chain.size() == RUN) at.addAll(chain);
            else if (chain.size() > RUN) at.add(m.start(1));
        }
        return at;
    }

    private static int[] levels(String number) {
        String[] parts = number.split("\\.");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) out[i] = Integer.parseInt(parts[i]);
        return out;
    }

    /** "1", "1.1", "2", "2.1": where a list may begin. */
    private static boolean startsList(int[] n) {
        for (int i = 1; i < n.length; i++) if (n[i] != 1) return false;
        return n[0] <= 2;
    }

    /** Whether {@code n} is the next number after {@code last}: 1.2 → 1.3, 1.2 → 1.2.1, 1.7 → 2, 1.7 → 2.1, 2 → 2.1. */
    static boolean follows(int[] last, int[] n) {
        for (int depth = 0; depth < last.length; depth++) {
            if (n.length < depth + 1) return false;
            boolean samePrefix = true;
            for (int i = 0; i < depth; i++) samePrefix &= n[i] == last[i];
            if (samePrefix && n[depth] == last[depth] + 1) {
                for (int i = depth + 1; i < n.length; i++) if (n[i] != 1) return false;
                return true;
            }
        }
        if (n.length != last.length + 1 || n[n.length - 1] != 1) return false;
        for (int i = 0; i < last.length; i++) if (n[i] != last[i]) return false;
        return true;
    }
}
