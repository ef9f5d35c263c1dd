package se.samverka.core.text;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether two short texts say the same thing the way minutes and chat write one record twice: "Lovisa bevakar
 * nästa utbildningstillfälle." and "Lovisa bevakar nästa utbildningstillfälle om hederskultur.", "webbsänd" and
 * "webbsända". Each text becomes its word stems (lower case, the first six letters, small function words left
 * out); two texts are alike when at least 60% of the stems of the shorter are in the longer, and they share at least
 * two stems (or all of the shorter's, when it has only one). "Budget 2018" and "Budget 2019" are not alike;
 * "Inledning" and "Inledning – info om Laholms arbete" are. Texts with no stems at all are alike only when equal.
 */
public final class Likeness {
    private static final int STEM = 6;
    private static final Set<String> SMALL_WORDS = Set.of(
            "och", "att", "det", "som", "en", "ett", "på", "av", "för", "med", "till", "om", "den", "de", "vi", "är",
            "ut", "från", "har", "ska", "kan", "man", "sig", "så", "eller", "vad", "hur", "när", "ni", "er", "oss",
            "vid", "under", "efter", "inom", "mot", "hos", "nu", "också", "även", "där", "detta", "dessa",
            "the", "and", "of", "to", "in", "for", "on", "at", "by", "is", "are", "be", "it", "we", "with", "from");

    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    private Likeness() {}

    /** The stems of a text, in order. */
    public static Set<String> stems(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String word : NOT_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (word.length() < 2 || SMALL_WORDS.contains(word)) continue;
            out.add(word.length() <= STEM ? word : word.substring(0, STEM));
        }
        return out;
    }

    /** How alike two texts are, from 0 (not alike by the rule above) to 1 (the shorter's stems all in the longer). */
    public static double score(String a, String b) {
        Set<String> x = stems(a);
        Set<String> y = stems(b);
        if (x.isEmpty() || y.isEmpty()) return plain(a).equals(plain(b)) && !plain(a).isEmpty() ? 1 : 0;
        Set<String> shared = new HashSet<>(x);
        shared.retainAll(y);
        int smaller = Math.min(x.size(), y.size());
        if (shared.size() < Math.min(2, smaller) || shared.size() * 10 < smaller * 6) return 0;
        return (double) shared.size() / smaller;
    }

    public static boolean alike(String a, String b) {
        return score(a, b) > 0;
    }

    /** Lower case letters and digits, single spaces: the text as compared word by word. */
    public static String plain(String text) {
        return NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
