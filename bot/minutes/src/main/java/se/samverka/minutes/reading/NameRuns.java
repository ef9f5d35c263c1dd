package se.samverka.minutes.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names one after the other with nothing but roles and paragraph numbers between them — "Evy Annér Lennart Beijer
 * Monica Bengtsson", "Eddie Forsman ordförande Akko Karlsson vice ordförande Monica Bengtsson … tjänstgörande
 * ersättare", "Kerstin Johansson 32 Åsa Westrin 44" — as a PDF copy of a protocol's head gives a roll call that lost
 * its columns and, often, its heading. A name opens with a capitalised word after a role or a number, or with a first
 * name from the list once the name before has two words.
 */
final class NameRuns {
    /** Lower-case words a roll call puts after a name (and "§", which stands for a paragraph's number there). */
    private static final Set<String> ROLES = Set.of("ordförande", "vice", "ordf", "v", "tjänstgörande", "ej", "icke",
            "ersättare", "sekreterare", "ledamot", "suppleant", "adjungerad", "adjungerade", "justerare", "kassör",
            "förste", "andre", "tjg", "ers", "ledamöter", "föredragande", "övriga", "dessutom", "konsult", "§");
    /** "§ 1-14", "§§ 4, 6", a paragraph's number alone ("32"): who was there for which paragraphs. */
    static final Pattern PARAGRAPHS = Pattern.compile("§+\\s*\\d{1,3}(?:\\s*[-–,]\\s*\\d{1,3})*|(?<=\\s|^)\\d{1,3}(?:\\s*-\\s*\\d{1,3})?(?=[\\s;,]|$)");
    /** An attendance heading inside a line, the names right after it (no colon: "Övriga deltagare Nils Dahl"). */
    private static final Pattern HEADING = Pattern.compile("(?iu)\\b(?:övriga deltagare|deltagare|närvarande|beslutande)\\s*:?\\s+(?=\\p{Lu})");
    /** A capitalised word with a small letter in it (not "X", not "MRO"). */
    private static final Pattern NAME_WORD = Pattern.compile("(?u)\\p{Lu}[\\p{L}'’-]*\\p{Ll}[\\p{L}'’-]*");
    /** How many names make an unheaded run a list of who was there. */
    static final int UNHEADED = 4;

    private NameRuns() {}

    /** Whether the whole line is such a run of at least two names. */
    static boolean isRun(String line, Words words) {
        List<List<String>> runs = runs(line, words);
        return runs.size() == 1 && runs.get(0).size() == tokens(line).size() && known(names(runs.get(0), words), words) >= 2;
    }

    /** The names of the stretches of the line that hold at least {@code min} names opening with a listed first name. */
    static List<String> names(String line, Words words, int min) {
        List<String> out = new ArrayList<>();
        for (List<String> run : runs(line, words)) {
            List<String> names = names(run, words);
            if (known(names, words) >= min) out.addAll(names);
        }
        return out;
    }

    /** The names right after an attendance heading inside the line ("… Övriga deltagare Nils Dahl Eva Lind sekreterare"). */
    static List<String> afterHeading(String line, Words words) {
        Matcher h = HEADING.matcher(line);
        List<String> out = new ArrayList<>();
        while (h.find()) {
            List<List<String>> runs = runs(line.substring(h.end()), words);
            if (runs.isEmpty()) continue;
            List<String> names = names(runs.get(0), words);
            if (known(names, words) >= 1) out.addAll(names);
        }
        return out;
    }

    private static List<String> tokens(String line) {
        List<String> out = new ArrayList<>();
        // a comma stands for itself: a list with commas ("Lars Nord, Vägverket, …") is no roll call run together
        String spaced = PARAGRAPHS.matcher(line).replaceAll(" § ").replace(",", " , "); // a paragraph's number ends a name
        for (String t : spaced.split("[\\s;]+")) if (!t.isEmpty()) out.add(t);
        return out;
    }

    /** The stretches of capitalised words and roles, split where any other word stands. */
    private static List<List<String>> runs(String line, Words words) {
        List<List<String>> out = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String t : tokens(line)) {
            boolean name = NAME_WORD.matcher(t).matches();
            if (name || ROLES.contains(t.toLowerCase(Locale.ROOT)) && !current.isEmpty()) {
                current.add(t);
                continue;
            }
            if (!current.isEmpty()) out.add(current);
            current = new ArrayList<>();
        }
        if (!current.isEmpty()) out.add(current);
        return out;
    }

    /** The names of a stretch: two to four words each, ended by a role or by a listed first name after two words. */
    private static List<String> names(List<String> run, Words words) {
        List<String> out = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String t : run) {
            boolean role = ROLES.contains(t.toLowerCase(Locale.ROOT));
            if (role || current.size() >= 2 && words.isFirstName(t) || current.size() == 4) {
                if (current.size() >= 2) out.add(String.join(" ", current));
                current.clear();
            }
            if (!role) current.add(t);
        }
        if (current.size() >= 2) out.add(String.join(" ", current));
        return out.stream().flatMap(n -> halves(n).stream()).toList();
    }

    /** Four words that no first name divides are two names of two words ("Håkan Brynielsson Ingemo Ullman"). */
    private static List<String> halves(String name) {
        String[] ws = name.split(" ");
        return ws.length == 4 ? List.of(ws[0] + " " + ws[1], ws[2] + " " + ws[3]) : List.of(name);
    }

    private static int known(List<String> names, Words words) {
        return (int) names.stream().filter(n -> words.isFirstName(n.split(" ")[0])).count();
    }
}
