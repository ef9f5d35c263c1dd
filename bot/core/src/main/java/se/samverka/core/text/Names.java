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

    /**
     * The edit distance between two strings: insertions, deletions, substitutions, and two neighbouring letters
     * swapped ("Beol" for "Boel"), each one edit (the optimal string alignment distance).
     */
    public static int distance(String a, String b) {
        int[] twoBack = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    current[j] = Math.min(current[j], twoBack[j - 2] + 1);
                }
            }
            int[] recycled = twoBack;
            twoBack = previous;
            previous = current;
            current = recycled;
        }
        return previous[b.length()];
    }

    /** Swedish short forms of first names: "Calle" is Carl, "Lasse" is Lars. */
    private static final java.util.Map<String, java.util.List<String>> NICKNAMES = java.util.Map.ofEntries(
            java.util.Map.entry("calle", java.util.List.of("carl", "karl")), java.util.Map.entry("kalle", java.util.List.of("karl", "carl")),
            java.util.Map.entry("lasse", java.util.List.of("lars")), java.util.Map.entry("pelle", java.util.List.of("per")),
            java.util.Map.entry("janne", java.util.List.of("jan")), java.util.Map.entry("bosse", java.util.List.of("bo")),
            java.util.Map.entry("nisse", java.util.List.of("nils")), java.util.Map.entry("olle", java.util.List.of("olof", "olov")),
            java.util.Map.entry("micke", java.util.List.of("mikael", "michael")), java.util.Map.entry("jocke", java.util.List.of("joakim")),
            java.util.Map.entry("hasse", java.util.List.of("hans")), java.util.Map.entry("gurra", java.util.List.of("gustav", "gustaf")),
            java.util.Map.entry("stoffe", java.util.List.of("christoffer", "kristoffer")), java.util.Map.entry("steffe", java.util.List.of("stefan")),
            java.util.Map.entry("tompa", java.util.List.of("tomas", "thomas")), java.util.Map.entry("totte", java.util.List.of("thomas", "torsten")),
            java.util.Map.entry("frippe", java.util.List.of("fredrik")), java.util.Map.entry("kenta", java.util.List.of("kenneth")),
            java.util.Map.entry("maggan", java.util.List.of("margareta", "margaretha")), java.util.Map.entry("gittan", java.util.List.of("birgitta")),
            java.util.Map.entry("bettan", java.util.List.of("elisabeth", "elisabet")), java.util.Map.entry("lotta", java.util.List.of("charlotte", "charlotta")),
            java.util.Map.entry("kicki", java.util.List.of("kristina", "christina")), java.util.Map.entry("sussie", java.util.List.of("susanne")),
            java.util.Map.entry("anki", java.util.List.of("anna", "annika", "ann-kristin")), java.util.Map.entry("mia", java.util.List.of("maria")),
            java.util.Map.entry("jojje", java.util.List.of("johan")), java.util.Map.entry("danne", java.util.List.of("daniel")),
            java.util.Map.entry("mange", java.util.List.of("magnus")), java.util.Map.entry("fredde", java.util.List.of("fredrik")),
            java.util.Map.entry("affe", java.util.List.of("alfred")));

    /** The first names a short form stands for (normalized), or none. */
    public static java.util.List<String> formalNames(String nickname) {
        return NICKNAMES.getOrDefault(normalize(nickname), java.util.List.of());
    }
}
