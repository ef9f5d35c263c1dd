package se.samverka.minutes.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The people of an attendance list that a PDF copy ran into one line with their roles and bodies between them —
 * "Ulf Sjösten, förste vice ordförande SDN Öster. t.o.m. punkt 5 Gülsen Özdenkos, områdeschef skola …", "Lars
 * Holmström PRO, Ordförande Uno Tjernström Omsorgsnämnden Susanne Sturk …": each name opens with a first name from
 * the list and goes on with one or two capitalised words that name no body; all else between the names is read
 * past. {@link People} reads the list's parts in their order and keeps the organisations; this finds the names
 * where that order is lost.
 */
final class NameFinder {
    private static final Pattern TOKEN = Pattern.compile("[\\s,;()]+|(?<=\\p{L}{2})\\.(?=\\s|$)");
    private static final Pattern CAPITALISED = Pattern.compile("(?u)\\p{Lu}[\\p{Ll}'’-][\\p{L}'’-]*");
    /** Words that end the name of a body ("Omsorgsnämnden", "Räddningstjänstförbund", "Kommunstyrelsen"). */
    private static final Pattern BODY = Pattern.compile("(?iu).*(?:nämnd|nämnden|förbund|förbundet|styrelsen|kommun|kommunen|region"
            + "|regionen|förvaltningen|föreningen|förening|rådet|verket|myndigheten|bolaget|skolan|center|centrum)$");
    /** Capitalised words of a protocol's head that are no surnames. */
    private static final Set<String> HEAD_WORDS = Set.of("ordförande", "sekreterare", "justerare", "ledamot", "ersättare",
            "anmält", "adjungerade", "övriga", "närvarande", "frånvarande", "ej", "inte", "underskrifter", "plats", "tid",
            "paragrafer", "utses", "justering", "förhinder", "beslutande", "tjänstgörande", "ordf", "vice");
    /** Name particles inside a surname ("von Essen"). */
    private static final Set<String> PARTICLES = Set.of("von", "van", "af", "de", "der");

    private NameFinder() {}

    /** The names in the text, in order, each once. */
    static List<String> names(String text, Words words) {
        List<String> tokens = new ArrayList<>();
        for (String t : TOKEN.split(text)) if (!t.isBlank()) tokens.add(t.strip());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!words.isFirstName(tokens.get(i)) || !CAPITALISED.matcher(tokens.get(i)).matches()) continue;
            int end = i + 1;
            if (end < tokens.size() && PARTICLES.contains(tokens.get(end))) end++;
            if (end >= tokens.size() || !surname(tokens.get(end))) continue;
            StringBuilder name = new StringBuilder(String.join(" ", tokens.subList(i, end + 1)));
            boolean bodyAfter = end + 2 < tokens.size() && BODY.matcher(tokens.get(end + 2)).matches(); // "Humanistiska nämnden"
            if (end + 1 < tokens.size() && surname(tokens.get(end + 1)) && !words.isFirstName(tokens.get(end + 1)) && !bodyAfter) {
                name.append(' ').append(tokens.get(++end)); // "Marita Avander Bergstedt"
            }
            if (!out.contains(name.toString())) out.add(name.toString());
            i = end;
        }
        return out;
    }

    private static boolean surname(String token) {
        return CAPITALISED.matcher(token).matches() && !token.endsWith("-") && !BODY.matcher(token).matches()
                && !HEAD_WORDS.contains(token.toLowerCase(java.util.Locale.ROOT));
    }
}
