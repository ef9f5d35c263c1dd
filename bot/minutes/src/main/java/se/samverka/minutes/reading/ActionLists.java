package se.samverka.minutes.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The items of an action list ("## Actionpoints", "Att göra", "Åtgärder") where the owner is written after the
 * task or before it with a dash, not as the subject of a sentence: "Boka lokal (Kansliet bokar)", "Skicka ut
 * enkäten - Region X", "Ta fram underlag - (Eva)", "Region X, Kommun Y - ta fram underlag", and one task shared out
 * in clauses ("Hör med andra - Region X kollar med A, Kommun Y med B"). An item's indented continuation lines are
 * part of it ("… \n    Se issues: … - alla").
 */
final class ActionLists {
    /** An action read from a list item: its owners, the task without them, and the item as written. */
    record Item(int line, List<String> owners, String task, String source) {}

    private static final Pattern HEADING = Pattern.compile("(?iu)^\\s*(?:#+\\s*)?(?:action ?points?|actions?|att[ -]göra(?:-?punkter)?"
            + "|åtgärder|åtgärdspunkter|åtgärdslista|uppgifter|to-?do(?:s)?|uppdrag till nästa möte)\\b[^.]{0,40}$");
    private static final Pattern SECTION_END = Pattern.compile("^\\s*#{1,4}\\s+\\S");
    private static final Pattern ITEM = Pattern.compile("^\\s*(?:[-*•]|\\d{1,2}[.)])\\s+(\\S.*)$");
    private static final Pattern CONTINUATION = Pattern.compile("^\\s+(?![-*•]\\s|\\d{1,2}[.)]\\s)\\S");
    /** One owner as written: capitalised words (an organisation may have "och" inside), an acronym, or "alla". */
    private static final String OWNER = "(?:\\p{Lu}[\\p{L}.'-]*(?:\\s+(?:och\\s+)?\\p{Lu}[\\p{L}.'-]*){0,3}|alla|Alla)";
    private static final Pattern OWNER_ONLY = Pattern.compile("(?u)^" + OWNER + "$");
    private static final Pattern TRAILING_PAREN = Pattern.compile("(?u)\\((\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)?)"
            + "(?:[\\s,][^()]{0,80})?\\)[\\s.,]*(?:<[^>]*>)?[\\s.]*$");
    private static final Pattern TRAILING_DASH = Pattern.compile("(?u)\\s-\\s+\\(?(" + OWNER + ")\\)?[\\s.!?]*$");
    private static final Pattern CLAUSE = Pattern.compile("(?u)^(" + OWNER + ")\\s+(?:\\p{Ll}[\\p{L}]*)(?:\\s|$)");
    private static final Pattern CAPITAL_WORD = Pattern.compile("(?u)^\\p{Lu}");

    private ActionLists() {}

    static List<Item> items(List<String> lines) {
        List<Item> out = new ArrayList<>();
        boolean inSection = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (HEADING.matcher(line).find() && !ITEM.matcher(line).find()) {
                inSection = true;
                continue;
            }
            if (SECTION_END.matcher(line).find()) inSection = false;
            if (!inSection) continue;
            Matcher item = ITEM.matcher(line);
            if (!item.find()) continue;
            StringBuilder text = new StringBuilder(item.group(1).strip());
            for (int j = i + 1; j < lines.size() && CONTINUATION.matcher(lines.get(j)).find(); j++) {
                text.append(' ').append(lines.get(j).strip());
            }
            read(i, text.toString(), out);
        }
        return out;
    }

    /** The actions of one item (none when it names no owner). */
    static void read(int line, String text, List<Item> out) {
        String source = text.strip();
        int dash = source.indexOf(" - ");
        if (dash > 0) { // "A, B - task"
            String[] lead = source.substring(0, dash).split(",\\s*");
            List<String> owners = new ArrayList<>();
            for (String o : lead) if (OWNER_ONLY.matcher(o.strip()).matches()) owners.add(o.strip());
            boolean acronym = lead.length == 1 && lead[0].strip().matches("\\p{Lu}{2,}");
            if (owners.size() == lead.length && (lead.length >= 2 || acronym)) {
                out.add(new Item(line, owners, source.substring(dash + 3).strip(), source));
                return;
            }
            List<String> clauseOwners = new ArrayList<>(); // "… - A kollar med X, B med Y"
            for (String clause : source.substring(dash + 3).split(",\\s*")) {
                Matcher c = CLAUSE.matcher(clause.strip());
                if (c.find() && !c.group(1).equals("Se")) clauseOwners.add(c.group(1));
                else if (!clauseOwners.isEmpty()) break;
            }
            if (!clauseOwners.isEmpty() && CLAUSE.matcher(source.substring(dash + 3).strip()).find()) {
                for (String o : clauseOwners) out.add(new Item(line, List.of(o), source.substring(0, dash).strip(), source));
                return;
            }
        }
        Matcher d = TRAILING_DASH.matcher(source);
        if (d.find() && !source.substring(0, d.start()).isBlank()) {
            out.add(new Item(line, List.of(d.group(1).strip()), source.substring(0, d.start()).strip(), source));
            return;
        }
        Matcher p = TRAILING_PAREN.matcher(source);
        if (p.find() && CAPITAL_WORD.matcher(p.group(1)).find() && !p.group(1).contains(".")) {
            out.add(new Item(line, List.of(p.group(1).strip()), source.substring(0, p.start()).strip(), source));
        }
    }
}
