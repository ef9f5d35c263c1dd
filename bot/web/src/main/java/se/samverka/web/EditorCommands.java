package se.samverka.web;

import java.time.LocalDate;
import java.util.ArrayList;
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

    /**
     * What a form comes to: the commands to run, in order (attendance may be two: förhinder, then närvarande), or the
     * key of the page's message when a part of the form is missing or malformed (nothing is run then).
     */
    record Built(List<String> commands, String problem, String detail) {
        static Built of(String... commands) {
            return new Built(List.of(commands), "", "");
        }

        static Built bad(String problem, String detail) {
            return new Built(List.of(), problem, detail);
        }

        static Built bad() {
            return bad("page.editorBadForm", "");
        }

        boolean ok() {
            return problem.isEmpty();
        }
    }

    /** The commands for the form; {@link Built#bad} when the form is not one of the editor's or a fixed part is malformed. */
    static Built command(Lang lang, LocalDate meetingDay, Form form) {
        boolean en = lang == Lang.EN;
        String item = en ? "item" : "punkt";
        String text = form.one("text");
        String label = form.one("label");
        String number = form.one("number");
        String day = meetingDay.toString();
        Optional<String> one = switch (form.op()) {
            case "note-add" -> ok(LABEL, label).map(l -> Verb.NOTE.word(lang) + " " + day + " " + item + " " + l + ": " + text);
            case "decision-add" -> ok(LABEL, label).map(l -> Verb.DECISION.word(lang) + " " + day + " " + item + " " + l + ": " + text);
            case "note-edit" -> ok(NUMBER, number).map(n -> Verb.EDIT.word(lang) + " " + (en ? "note " : "anteckning ") + n + ": " + text);
            case "decision-edit" -> ok(NUMBER, number).map(n -> Verb.EDIT.word(lang) + " D" + n + ": " + text);
            case "round" -> ok(ONE_LINE, form.one("who")).filter(w -> !w.contains(":"))
                    .map(w -> Verb.ROUND.word(lang) + " " + day + " " + w + ": " + text);
            case "item-add" -> label.isEmpty() ? Optional.of(Verb.AGENDA_ADD.word(lang) + " " + text + (en ? " for " : " till ") + day)
                    : ok(LABEL, label).filter(l -> !l.contains(".")).map(l -> Verb.AGENDA_SUB.word(lang) + " " + day + " " + l + ": " + text);
            case "item-move" -> ok(LABEL, label).flatMap(l -> ok(LABEL, form.one("before"))
                    .map(b -> Verb.AGENDA_MOVE.word(lang) + " " + day + " " + l + (en ? " before " : " före ") + b));
            default -> Optional.empty(); // not one of the editor's forms, or one of the three below
        };
        return switch (form.op()) {
            case "action-add" -> ok(LABEL, label).map(l -> action(lang, form, Verb.ACTION.word(lang) + " " + day + " " + item + " " + l + ": "))
                    .orElseGet(Built::bad);
            case "action-edit" -> ok(NUMBER, number).map(n -> action(lang, form, Verb.EDIT.word(lang) + " " + (en ? "action " : "åtgärd ") + n + ": "))
                    .orElseGet(Built::bad);
            case "attendance" -> attendance(lang, day, form);
            default -> one.map(Built::of).orElseGet(Built::bad);
        };
    }

    /** åtgärd 2026-11-02 punkt 2: Tor och Sara <uppgift> senast 2026-11-20 — owners picked from the roster and guests. */
    private static Built action(Lang lang, Form form, String start) {
        List<String> owners = form.all("owner");
        if (owners.isEmpty()) return Built.bad("page.editorNoOwner", "");
        if (names(owners).isEmpty()) return Built.bad();
        String due = form.one("due");
        if (!due.isEmpty()) {
            try {
                LocalDate.parse(due); // the date field gives 2026-11-20; anything else (2026-02-30, "fredag") is no date
            } catch (java.time.format.DateTimeParseException notADate) {
                return Built.bad("page.editorBadDate", due.length() > 40 ? due.substring(0, 40) + "…" : due);
            }
        }
        String and = lang == Lang.EN ? " and " : " och ";
        return Built.of(start + String.join(and, owners) + " " + form.one("task") + (due.isEmpty() ? "" : (lang == Lang.EN ? " by " : " senast ") + due));
    }

    /**
     * Who was there: each member's radio button ({@code present:<namn>} or {@code absent:<namn>}; a member left as
     * neither is not changed) as {@code förhinder <dag> för …} and {@code närvarande <dag> …}.
     */
    private static Built attendance(Lang lang, String day, Form form) {
        List<String> present = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (Map.Entry<String, List<String>> field : form.fields().entrySet()) {
            if (!field.getKey().startsWith("att-")) continue;
            for (String value : field.getValue()) {
                if (value.startsWith("present:")) present.add(value.substring(8).strip());
                else if (value.startsWith("absent:")) absent.add(value.substring(7).strip());
                else if (!value.isBlank()) return Built.bad();
            }
        }
        if (present.isEmpty() && absent.isEmpty()) return Built.bad("page.editorNobodyChosen", "");
        List<String> commands = new ArrayList<>();
        if (!absent.isEmpty()) {
            if (names(absent).isEmpty()) return Built.bad();
            commands.add(Verb.ABSENT.word(lang) + " " + day + (lang == Lang.EN ? " for " : " för ") + names(absent).get());
        }
        if (!present.isEmpty()) {
            if (names(present).isEmpty()) return Built.bad();
            commands.add(Verb.PRESENT.word(lang) + " " + day + " " + names(present).get());
        }
        return new Built(List.copyOf(commands), "", "");
    }

    /** The first name a form picks that is not among those it may pick from (owners; who reported or was there), if any. */
    static Optional<String> unknownName(Form form, java.util.Set<String> people, java.util.Set<String> owners) {
        Optional<String> owner = form.all("owner").stream().filter(n -> !owners.contains(n)).findFirst();
        if (owner.isPresent()) return owner;
        List<String> named = new ArrayList<>();
        if (form.op().equals("round")) named.addAll(form.all("who"));
        form.fields().forEach((name, values) -> {
            if (name.startsWith("att-")) values.forEach(v -> named.add(v.substring(v.indexOf(':') + 1).strip()));
        });
        return named.stream().filter(n -> !n.isEmpty() && !people.contains(n)).findFirst();
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
