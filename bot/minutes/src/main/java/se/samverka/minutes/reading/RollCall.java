package se.samverka.minutes.reading;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A board's roll call, a table as text: a heading "Ledamöter Närvarande", then one row a person — "Anna Lind X",
 * "Anna Lind (S), ordförande X", "Per Holm (M) -" (a dash under rows with X: away),
 * "Anna Lind X, mötesordförande § 4-9", "Per Holm anmält förhinder", "Eva Ek § 12" — under group headings
 * ("Suppleanter", "Sekretariatet", "Övriga"). Once rows carry such marks, a row is the name that opens it whatever
 * follows ("Olle Berg Demonstration av systemet").
 */
final class RollCall {
    /** Two or three capitalised words (with "van", "de" … between): a person's name. */
    private static final String NAME = "(\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:(?:van|von|de|af|der)\\s+)?\\p{Lu}[\\p{L}'’-]+){1,2})";
    private static final Pattern AWAY = Pattern.compile("(?u)^" + NAME + "\\s+(?iu:anmält förhinder|förhinder|frånvarande|ej närvarande)\\b.*$");
    /** "Anna Lind X …", "Eva Ek § 12" (the paragraphs ending the row: "Anders Lind § 1-14 Jan Holm" is two names run together). */
    private static final Pattern MARKED = Pattern.compile("(?u)^" + NAME + "\\s+(?:[Xx✓✔](?!\\p{L}).*|§\\s*\\d{1,3}(?:\\s*[-,]\\s*\\d{1,3})*\\s*)$");
    /** A party's letters in brackets and a role in lower case between a row's name and its mark. */
    private static final Pattern PARTY_AND_ROLE = Pattern.compile("(?u)(?<=\\p{L})\\s*\\((?:\\p{Lu}{1,3}|\\p{Lu}\\p{Ll}{1,2})\\)"
            + "(?:,?\\s+\\p{Ll}+(?:\\s+\\p{Ll}+)?)?(?=\\s+(?:[Xx✓✔-]|$)|$)");
    /** "Pia Lund -": a row marked with a dash under rows marked with X, away. */
    private static final Pattern DASHED = Pattern.compile("(?u)^" + NAME + "\\s+-\\s*$");
    private static final Pattern LEADING = Pattern.compile("(?u)^" + NAME + "(?=\\s|$)");
    /** A group's heading inside the list. */
    static final Pattern GROUP = Pattern.compile("(?iu)^(?:ordinarie ledamöter|ledamöter|suppleanter|ersättare|sekretariatet|"
            + "kansliet|övriga|mötesordförande|adjungerade|tjänstemän|personal)\\s*:?$");

    /** One row: the person and whether the row says the person was away. */
    record Row(String name, boolean away) {}

    private RollCall() {}

    /** The row {@code line} is, if it is one; {@code marked}: rows with marks came before it. */
    static Optional<Row> row(String raw, boolean marked) {
        if (Shapes.NUMBERED.matcher(raw).find() || Shapes.MARKDOWN.matcher(raw).find() || raw.endsWith(".")) {
            return Optional.empty();
        }
        String line = PARTY_AND_ROLE.matcher(raw).replaceFirst(""); // "Anna Berg (S), ordförande X": the name and its mark
        Matcher dashed = DASHED.matcher(line);
        if (marked && dashed.find()) return Optional.of(new Row(dashed.group(1), true));
        Matcher away = AWAY.matcher(line);
        if (away.find()) return Optional.of(new Row(away.group(1), true));
        Matcher m = MARKED.matcher(line);
        if (m.find()) return Optional.of(new Row(m.group(1), false));
        Matcher lead = LEADING.matcher(line);
        if (marked && lead.find()) return Optional.of(new Row(leadingName(lead.group(1), line.substring(lead.end())), false));
        return Optional.empty();
    }

    /** "Olle Berg Visning av …": a third capitalised word that a lower-case word follows opens the text, not the name. */
    private static String leadingName(String name, String after) {
        String[] ws = name.split("\\s+");
        boolean textFollows = !after.isBlank() && Character.isLowerCase(after.strip().codePointAt(0));
        return ws.length == 3 && textFollows ? ws[0] + " " + ws[1] : name;
    }
}
