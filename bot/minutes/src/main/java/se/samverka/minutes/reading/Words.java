package se.samverka.minutes.reading;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** What the stages know about words: the first-name list (where one name ends in a run-together list), verbs. */
public final class Words {
    private static final Set<String> NOT_VERBS = Set.of("är", "var", "har", "hade", "blir", "blev", "finns", "fanns",
            "ser", "menar", "anser", "tycker", "undrar", "känner", "vet", "kan", "får", "bör", "måste", "vill", "mår",
            "informerar", "berättar", "säger", "lyfter", "kommer", "står", "heter", "gäller", "hör",
            // what someone did at the meeting, told in the present tense: a report, not a task
            "presenterar", "redovisar", "beskriver", "föredrar", "visar", "poängterar", "påpekar", "konstaterar",
            "framhåller", "understryker", "frågar", "svarar", "tackar", "hälsar", "öppnar", "förklarar",
            "sammanfattar", "inleder", "avslutar", "önskar", "föreslår", "instämmer", "noterar", "betonar",
            "påminner", "kompletterar", "lämnar", "ger", "summerar", "diskuterar", "reflekterar");
    private static final java.util.regex.Pattern TRAILING_MARK = java.util.regex.Pattern.compile("[,.:;)]$");
    private final Set<String> firstNames;

    private Words(Set<String> firstNames) {
        this.firstNames = firstNames;
    }

    /** The first-name list from the classpath ({@code first-names.txt}). */
    public static Words load() {
        Set<String> names = new HashSet<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Words.class.getResourceAsStream("/se/samverka/minutes/first-names.txt"), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("#")) continue;
                for (String n : line.strip().split("\\s+")) if (!n.isEmpty()) names.add(n.toLowerCase(Locale.ROOT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Words(Set.copyOf(names));
    }

    /** Whether this lower-case word is on the first-name list as it stands. */
    boolean listed(String lowerCase) {
        return firstNames.contains(lowerCase);
    }

    boolean isFirstName(String word) {
        String w = TRAILING_MARK.matcher(word.toLowerCase(Locale.ROOT)).replaceFirst("");
        if (firstNames.contains(w)) return true;
        int dash = w.indexOf('-');
        return dash > 0 && firstNames.contains(w.substring(0, dash));
    }

    static Set<String> nameTokens(String name) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : name.split("[\\s()]+")) if (!t.isEmpty()) out.add(t.toLowerCase(Locale.ROOT));
        return out;
    }

    /** A Swedish verb in the present tense (or a/b of two), as action sentences have them. */
    static boolean presentVerb(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[,.;:]$", "");
        if (NOT_VERBS.contains(w) || w.length() < 2) return false;
        if (w.endsWith("ade") || w.endsWith("de") && !w.endsWith("nde") || w.endsWith("s")) return false;
        return w.matches("\\p{L}+[aeiouyåäö]r"); // "skickar", "ringer", "gör", "tar"; not "sekr." or "nr"
    }
}
