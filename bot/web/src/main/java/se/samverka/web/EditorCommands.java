package se.samverka.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import se.samverka.core.command.Verb;
import se.samverka.core.domain.Lang;
import se.samverka.core.port.RecordChanges;

/**
 * What an editor form on the meeting page means as the chat command a secretary would type for it: the page's
 * writes go through the engine as that command, so the web and the chat share one code path (parsing, permissions,
 * the lock of justerade minutes, record history and ångra). Only the form's free text is the member's; every other
 * part (the verb, the meeting's date, the item's number, a record's number) is checked here to be what it claims —
 * a number is digits, a name one line — so that a field cannot smuggle in another command.
 */
final class EditorCommands {
    /** An item's number on the agenda ("3", "2.1"). */
    private static final Pattern LABEL = Pattern.compile("\\d{1,3}(\\.\\d{1,3})?");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,6}");
    private static final Pattern ONE_LINE = Pattern.compile("[^\\r\\n]{1,200}");

    /** The forms whose text replaces a record's: they carry the version they were opened at. */
    static final Map<String, RecordChanges.Kind> EDITS = Map.of("note-edit", RecordChanges.Kind.NOTE,
            "decision-edit", RecordChanges.Kind.DECISION, "action-edit", RecordChanges.Kind.ACTION);

    private EditorCommands() {}

    /** One posted form: which one ({@code op}) and its fields. */
    record Form(String op, Map<String, List<String>> fields) {
        String one(String name) {
            List<String> values = fields.getOrDefault(name, List.of());
            return values.isEmpty() ? "" : values.get(0).replace("\r\n", "\n").replace('\r', '\n').strip();
        }

        List<String> all(String name) {
            return fields.getOrDefault(name, List.of()).stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
        }
    }

    /** The command for the form, or empty when the form is not one of the editor's or a fixed part is malformed. */
    static Optional<String> command(Lang lang, LocalDate meetingDay, Form form) {
        boolean en = lang == Lang.EN;
        String item = en ? "item" : "punkt";
        String text = form.one("text");
        String label = form.one("label");
        String number = form.one("number");
        String day = meetingDay.toString();
        return switch (form.op()) {
            case "note-add" -> ok(LABEL, label).map(l -> Verb.NOTE.word(lang) + " " + day + " " + item + " " + l + ": " + text);
            case "decision-add" -> ok(LABEL, label).map(l -> Verb.DECISION.word(lang) + " " + day + " " + item + " " + l + ": " + text);
            case "note-edit" -> ok(NUMBER, number).map(n -> Verb.EDIT.word(lang) + " " + (en ? "note " : "anteckning ") + n + ": " + text);
            case "decision-edit" -> ok(NUMBER, number).map(n -> Verb.EDIT.word(lang) + " D" + n + ": " + text);
            case "action-edit" -> ok(NUMBER, number).map(n -> Verb.EDIT.word(lang) + " " + (en ? "action " : "åtgärd ") + n + ": " + text);
            case "action-add" -> action(lang, form, item);
            case "present" -> names(form.all("who")).map(names -> Verb.PRESENT.word(lang) + " " + day + " " + names);
            case "round" -> ok(ONE_LINE, form.one("who")).filter(w -> !w.contains(":"))
                    .map(w -> Verb.ROUND.word(lang) + " " + w + ": " + text);
            case "item-add" -> label.isEmpty() ? Optional.of(Verb.AGENDA_ADD.word(lang) + " " + text + (en ? " for " : " till ") + day)
                    : ok(LABEL, label).filter(l -> !l.contains(".")).map(l -> Verb.AGENDA_SUB.word(lang) + " " + l + ": " + text);
            case "item-move" -> ok(LABEL, label).flatMap(l -> ok(LABEL, form.one("before"))
                    .map(b -> Verb.AGENDA_MOVE.word(lang) + " " + l + (en ? " before " : " före ") + b));
            default -> Optional.empty();
        };
    }

    /** åtgärd punkt 2: Tor och Sara <uppgift> senast 2026-11-20 — the owners picked from the roster and the guests. */
    private static Optional<String> action(Lang lang, Form form, String item) {
        Optional<String> label = ok(LABEL, form.one("label"));
        Optional<String> owners = names(form.all("owner"));
        String due = form.one("due");
        if (label.isEmpty() || owners.isEmpty() || !(due.isEmpty() || due.matches("\\d{4}-\\d{2}-\\d{2}"))) return Optional.empty();
        String and = lang == Lang.EN ? " and " : " och ";
        String names = String.join(and, form.all("owner"));
        return Optional.of(Verb.ACTION.word(lang) + " " + item + " " + label.get() + ": " + names + " " + form.one("task")
                + (due.isEmpty() ? "" : (lang == Lang.EN ? " by " : " senast ") + due));
    }

    private static Optional<String> names(List<String> names) {
        if (names.isEmpty() || names.size() > 50 || !names.stream().allMatch(n -> ONE_LINE.matcher(n).matches() && !n.contains(":"))) {
            return Optional.empty();
        }
        return Optional.of(String.join(", ", names));
    }

    private static Optional<String> ok(Pattern pattern, String value) {
        return pattern.matcher(value).matches() ? Optional.of(value) : Optional.empty();
    }
}
