package se.samverka.minutes.reading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverka.core.domain.Minutes;

/**
 * The action-list form "Boka lokal. Ansvarig: Petra. Klart: 2025-04-01", and "Ansvarig: Per" on a line of its own
 * under the task's sentence.
 */
final class Responsible {
    private static final Pattern RESPONSIBLE = Pattern.compile(
            "(?iu)[.,;(]?\\s*\\b(?:ansvarig[a]?|ansvar)\\s*:\\s*([^.;()]+?)(?=[.;)]|\\s+(?:klart?|senast|deadline|datum)\\b|$)");
    private static final Pattern DUE = Pattern.compile("(?iu)\\b(?:klart?|senast|deadline|datum|när|tidplan)\\s*:?\\s*(.+)$");
    private static final Pattern TASK_PREFIX = Pattern.compile("(?iu)^\\s*(?:[-•*]\\s*)?(?:(?:åtgärd|uppgift|att göra)\\s*:?\\s*)?");

    private final Reading r;

    Responsible(Reading r) {
        this.r = r;
    }

    /** Reads line {@code i} (or -1: a line put together) if it has this form; true when it has. */
    boolean read(String line, int i) {
        Matcher m = RESPONSIBLE.matcher(line);
        if (!m.find()) return false;
        if (line.substring(0, m.start()).isBlank()) return onItsOwn(line, i);
        List<String> owners = new ArrayList<>();
        for (String o : m.group(1).split(",|\\s+och\\s+|\\s*/\\s*")) {
            String name = o.strip().replaceAll("[.;]$", "");
            if (!name.isEmpty() && name.split("\\s+").length <= 3 && Character.isUpperCase(name.codePointAt(0))) owners.add(name);
        }
        String task = TASK_PREFIX.matcher(line.substring(0, m.start())).replaceFirst("").replaceAll("[.,;\\s]+$", "").strip();
        if (owners.isEmpty() || task.isEmpty()) return false;
        Optional<LocalDate> due = Optional.empty();
        Matcher d = DUE.matcher(line.substring(m.end()));
        if (d.find()) due = SwedishDates.first(d.group(1), r.year(), r.meeting.date()).map(SwedishDates.Found::date);
        if (r.actions.stream().noneMatch(a -> a.sourceText().equals(line.strip()))) {
            r.actions.add(new Minutes.Action(owners, task, due, line.strip()));
        }
        return true;
    }

    /** "Ansvarig: Per" on its own line: the task is the last sentence of the line above. */
    private boolean onItsOwn(String line, int i) {
        Optional<Integer> above = Optional.empty();
        for (int k = i - 1; k >= 0 && above.isEmpty(); k--) if (!r.lines.get(k).isBlank()) above = Optional.of(k);
        if (above.isEmpty() || r.isPoint(above.get()) || Shapes.MARKDOWN.matcher(r.lines.get(above.get())).find()) return false;
        List<String> said = Layout.sentences(r.lines.get(above.get()).strip());
        if (said.isEmpty()) return false;
        return read(said.get(said.size() - 1).replaceAll("[.\\s]+$", "") + ". " + line.strip(), -1);
    }
}
