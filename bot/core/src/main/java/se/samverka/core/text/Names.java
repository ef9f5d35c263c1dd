package se.samverka.core.text;

import java.text.Normalizer;
import java.util.Locale;

/** Helpers for comparing the names people type with the names on a roster. */
public final class Names {
    private Names() {}

    /** Lower case, one kind of dash, no space around dashes, single spaces: "Anna – Maria" → "anna-maria". */
    public static String normalize(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replaceAll("[‐‑‒–—−]", "-")
                .replaceAll("\\s*-\\s*", "-")
                .replaceAll("\\s+", " ")
                .strip();
        return s.startsWith("@") ? s.substring(1) : s;
    }

    /** The edit distance between two strings (insertions, deletions, substitutions). */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
