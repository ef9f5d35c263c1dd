package se.samverka.minutes.reading;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import se.samverka.core.domain.Minutes;

/**
 * An attendance list written as a Markdown table under its heading — "| Namn | Organisation |", "|---|---|", "| Anna
 * Berg | Region Norr |", also with a presence column ("| Närvaro |" with "nej", "förhinder", "–"): the person of each
 * row, the organisation's cell as theirs, and whether the row says they were away. One per list.
 */
final class AttendanceTable {
    /** One row read: the person and whether the row marks them away. */
    record Row(Minutes.Person person, boolean away) {}

    private static final Pattern SEPARATOR = Pattern.compile("^\\s*\\|?[\\s:|-]*-{3,}[\\s:|-]*$");
    private static final Pattern NAME = Pattern.compile("(?iu)^(?:namn|name|deltagare|person|ledamot|ledamöter)$");
    private static final Pattern ORG = Pattern.compile("(?iu)^(?:organisation|org|myndighet|kommun|region|förvaltning|företag"
            + "|representerar|representant för|verksamhet|förening|arbetsplats|organization)$");
    private static final Pattern PRESENCE = Pattern.compile("(?iu)^(?:närvaro|närvarande|närvarande\\?|deltog|status)$");
    private static final Pattern AWAY = Pattern.compile("(?iu)^(?:nej|no|frånvarande|förhinder|anmält förhinder|ej närvarande|-|–)$");
    private static final Pattern PERSON = Pattern.compile("(?u)^\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:(?:von|van|af|de)\\s+)?\\p{Lu}[\\p{L}'’-]*){0,3}$");

    private int nameColumn;
    private int orgColumn = 1;
    private int presenceColumn = -1;
    private boolean started;

    static boolean isRow(String line) {
        return line.strip().startsWith("|");
    }

    /** Whether this row belongs to a table of who came: its header names a name column, or came before it. */
    boolean reads(String line) {
        if (started) return true;
        started = header(ActionTables.cells(line));
        return started;
    }

    boolean started() {
        return started;
    }

    /** The person of a table row; none for the header, the separator or a row without a name. */
    Optional<Row> row(String line) {
        if (SEPARATOR.matcher(line).matches()) return Optional.empty();
        List<String> cells = ActionTables.cells(line);
        if (header(cells)) return Optional.empty();
        String name = cell(cells, nameColumn);
        if (!PERSON.matcher(name).matches()) return Optional.empty();
        Optional<String> org = Optional.of(cell(cells, orgColumn)).filter(o -> !o.isEmpty() && !AWAY.matcher(o).matches()
                && !o.equalsIgnoreCase("x") && !o.equalsIgnoreCase("ja"));
        boolean away = presenceColumn >= 0 && AWAY.matcher(cell(cells, presenceColumn)).matches();
        return Optional.of(new Row(new Minutes.Person(name, presenceColumn == orgColumn ? Optional.empty() : org), away));
    }

    /** Whether the row names the columns; then it tells which column holds what. */
    private boolean header(List<String> cells) {
        int name = -1;
        for (int k = 0; k < cells.size(); k++) {
            String c = cells.get(k).toLowerCase(Locale.ROOT).replaceAll("[:.]$", "");
            if (NAME.matcher(c).matches()) name = k;
        }
        if (name < 0) return false;
        nameColumn = name;
        orgColumn = -1;
        for (int k = 0; k < cells.size(); k++) {
            String c = cells.get(k).toLowerCase(Locale.ROOT).replaceAll("[:.]$", "");
            if (ORG.matcher(c).matches()) orgColumn = k;
            if (PRESENCE.matcher(c).matches()) presenceColumn = k;
        }
        return true;
    }

    private static String cell(List<String> cells, int k) {
        return k >= 0 && k < cells.size() ? cells.get(k).strip() : "";
    }
}
