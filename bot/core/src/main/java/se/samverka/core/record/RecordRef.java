package se.samverka.core.record;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which record {@code ändra}, {@code ta bort} and {@code historik} mean, as written before the new text:
 * {@code D3}, {@code beslut 3}, {@code åtgärd 4}, {@code anteckning 2}, {@code punkt 5}, {@code stående punkt 1},
 * {@code rapport} (your own laget runt report) or {@code rapport Tor}; then, for an edit, {@code : <ny text>}.
 *
 * @param target what kind of record
 * @param number its number (D3 → 3; the point's number on the agenda); empty for a report
 * @param name   the member whose report it is, when named
 * @param text   the text after the colon, when there is one (as written)
 * @param sub    a sub-item's number under the point ({@code punkt 2.1} → 1)
 */
public record RecordRef(Target target, Optional<Integer> number, Optional<String> name, Optional<String> text,
                        Optional<Integer> sub) {
    public enum Target { DECISION, ACTION, NOTE, AGENDA, STANDING, REPORT }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL;
    private static final Pattern STANDING = Pattern.compile("^(?:stående punkt|stående|standing item|standing)\\s*#?(\\d{1,3})\\b(.*)$", FLAGS);
    private static final Pattern AGENDA = Pattern.compile("^(?:punkt|item|point|agenda item|agenda)\\s*#?(\\d{1,3})\\b(.*)$", FLAGS);
    private static final Pattern SUB_ITEM = Pattern.compile("^(?:punkt|item|point|agenda item|agenda)\\s*#?(\\d{1,3})\\.(\\d{1,2})\\b(.*)$", FLAGS);
    private static final Pattern DECISION_WORD = Pattern.compile("^(?:beslut|decision)\\s*#?(\\d{1,6})\\b(.*)$", FLAGS);
    private static final Pattern DECISION_D = Pattern.compile("^(?:(?:beslut|decision)\\s*)?D\\s?(\\d{1,6})\\b(.*)$", FLAGS);
    private static final Pattern ACTION = Pattern.compile("^(?:åtgärd|uppgift|action|task)\\s*#?(\\d{1,6})\\b(.*)$", FLAGS);
    private static final Pattern NOTE = Pattern.compile("^(?:anteckning|note)\\s*#?(\\d{1,6})\\b(.*)$", FLAGS);
    private static final Pattern REPORT = Pattern.compile("^(?:rapport|report|laget runt|round)\\b\\s*([^:]*?)\\s*(:.*)?$", FLAGS);

    public RecordRef {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sub, "sub");
    }

    public RecordRef(Target target, Optional<Integer> number, Optional<String> name, Optional<String> text) {
        this(target, number, name, text, Optional.empty());
    }

    /** The record a text names first; empty when it names none of them. */
    public static Optional<RecordRef> parse(String written) {
        String s = written.strip();
        Matcher sub = SUB_ITEM.matcher(s);
        if (sub.matches()) {
            String rest = sub.group(3).strip();
            if (!rest.isEmpty() && !rest.startsWith(":")) return Optional.empty();
            return Optional.of(new RecordRef(Target.AGENDA, Optional.of(Integer.parseInt(sub.group(1))), Optional.empty(),
                    after(rest.isEmpty() ? null : rest), Optional.of(Integer.parseInt(sub.group(2)))));
        }
        Optional<RecordRef> numbered = numbered(STANDING, Target.STANDING, s)
                .or(() -> numbered(AGENDA, Target.AGENDA, s))
                .or(() -> numbered(DECISION_D, Target.DECISION, s))
                .or(() -> numbered(DECISION_WORD, Target.DECISION, s))
                .or(() -> numbered(ACTION, Target.ACTION, s))
                .or(() -> numbered(NOTE, Target.NOTE, s));
        if (numbered.isPresent()) return numbered;
        Matcher m = REPORT.matcher(s);
        if (!m.matches()) return Optional.empty();
        Optional<String> name = Optional.of(m.group(1).strip()).filter(n -> !n.isEmpty());
        return Optional.of(new RecordRef(Target.REPORT, Optional.empty(), name, after(m.group(2))));
    }

    private static Optional<RecordRef> numbered(Pattern pattern, Target target, String s) {
        Matcher m = pattern.matcher(s);
        if (!m.matches()) return Optional.empty();
        String rest = m.group(2).strip();
        if (!rest.isEmpty() && !rest.startsWith(":")) return Optional.empty();
        return Optional.of(new RecordRef(target, Optional.of(Integer.parseInt(m.group(1))), Optional.empty(),
                after(rest.isEmpty() ? null : rest)));
    }

    /** The text after a leading colon; empty when there was no colon. */
    private static Optional<String> after(String colonAndText) {
        if (colonAndText == null) return Optional.empty();
        return Optional.of(colonAndText.strip().substring(1).strip());
    }
}
