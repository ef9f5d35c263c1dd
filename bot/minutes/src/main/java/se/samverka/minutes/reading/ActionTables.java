package se.samverka.minutes.reading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Action items kept in a table — a Markdown table ("| Åtgärd | Ansvarig | Klart |") or a Word table, which
 * {@link Documents} writes as one line per row with ": " between the cells. The header row says which column is the
 * task (åtgärd, uppgift, aktivitet, vad, action), which the owner (ansvarig, ansvar, vem, owner) and which the due
 * date (när, klart, senast, deadline, datum, due); every row below with a task and an owner is an action item.
 */
final class ActionTables {
    record Row(int line, List<String> owners, String task, Optional<LocalDate> due, String source) {}

    private static final Pattern TASK = Pattern.compile("(?iu)^(?:åtgärd(?:er)?|uppgift(?:er)?|aktivitet(?:er)?|vad|att göra|action(?:s)?|task)$");
    private static final Pattern OWNER = Pattern.compile("(?iu)^(?:ansvarig(?:a)?|ansvar|vem|owner|ansvarig person)$");
    private static final Pattern DUE = Pattern.compile("(?iu)^(?:när|klart(?: till| senast)?|senast|deadline|datum|due|klar till|tidplan)$");
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*\\|?\\s*:?-{3,}.*$");

    private ActionTables() {}

    static List<Row> rows(List<String> lines, Optional<Integer> year) {
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            List<String> header = cells(lines.get(i));
            int task = index(header, TASK);
            int owner = index(header, OWNER);
            if (task < 0 || owner < 0) continue;
            int due = index(header, DUE);
            boolean markdown = lines.get(i).strip().startsWith("|");
            int j = i + 1;
            for (; j < lines.size(); j++) {
                String line = lines.get(j);
                if (line.isBlank()) {
                    if (markdown) break;
                    continue;
                }
                if (SEPARATOR.matcher(line).matches()) continue;
                if (markdown != line.strip().startsWith("|")) break;
                List<String> row = cells(line);
                if (row.size() < 2) break;
                String t = cell(row, task);
                List<String> owners = new ArrayList<>();
                for (String o : cell(row, owner).split(",|/|\\s+och\\s+|\\s+&\\s+")) if (!o.isBlank()) owners.add(o.strip());
                if (t.isEmpty() || owners.isEmpty()) continue;
                Optional<LocalDate> when = due < 0 ? Optional.empty()
                        : SwedishDates.first(cell(row, due), year, Optional.empty()).map(SwedishDates.Found::date);
                out.add(new Row(j, owners, t, when, line.strip()));
            }
            i = j - 1;
        }
        return out;
    }

    /** The cells of a Markdown row ("| a | b |") or of a Word table row as Documents writes it ("a: b: c"). */
    static List<String> cells(String line) {
        String l = line.strip();
        List<String> out = new ArrayList<>();
        if (l.startsWith("|")) {
            for (String c : l.replaceAll("^\\||\\|$", "").split("\\|", -1)) out.add(c.strip().replace("**", ""));
        } else if (l.contains(": ")) {
            for (String c : l.split(": ", -1)) out.add(c.strip());
        }
        return out;
    }

    private static int index(List<String> header, Pattern p) {
        for (int k = 0; k < header.size(); k++) if (p.matcher(header.get(k).toLowerCase(Locale.ROOT).replaceAll("[:.]$", "")).matches()) return k;
        return -1;
    }

    private static String cell(List<String> row, int k) {
        return k < row.size() ? row.get(k).strip() : "";
    }
}
