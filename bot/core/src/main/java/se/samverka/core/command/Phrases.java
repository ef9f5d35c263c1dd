package se.samverka.core.command;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverka.core.domain.Lang;

/**
 * Plain sentences that say what a command says, the way people write them in a chat and in minutes: "Gruppen
 * beslutade att …", "Beslutades att …", "We decided to …" are a decision; "#3 är klar", "3 klar", "klart med 3",
 * "done with 3" mark action item 3 done. Each shape is whole-sentence and linear (no nested repetition), so a long
 * line costs no more than reading it once.
 */
final class Phrases {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private record Shape(Pattern pattern, Verb verb, Lang lang) {}

    private static final String WHO_SV = "(?:gruppen|vi|styrgruppen|arbetsgruppen|nätverket|rådet|styrelsen|mötet|"
            + "ledningsgruppen|samverkansgruppen)";
    private static final String WHO_EN = "(?:the group|we|the board|the meeting|the network|the council|the steering group)";

    private static final List<Shape> DECISIONS = List.of(
            new Shape(Pattern.compile("^" + WHO_SV + "\\s+(?:har\\s+)?(?:beslutade|beslöt|beslutar|beslutat)\\s+(?:att\\s+)?(.+)$", FLAGS),
                    Verb.DECISION, Lang.SV),
            new Shape(Pattern.compile("^(?:det\\s+)?(?:beslutades|beslutas|beslöts)\\s+(?:att\\s+)?(.+)$", FLAGS),
                    Verb.DECISION, Lang.SV),
            new Shape(Pattern.compile("^" + WHO_EN + "\\s+(?:have\\s+|has\\s+)?(?:decided|agreed|resolved)\\s+(?:to\\s+|that\\s+|on\\s+)?(.+)$", FLAGS),
                    Verb.DECISION, Lang.EN),
            new Shape(Pattern.compile("^it\\s+was\\s+(?:decided|agreed|resolved)\\s+(?:to\\s+|that\\s+)?(.+)$", FLAGS),
                    Verb.DECISION, Lang.EN));

    private static final String NUMBER = "#?(\\d{1,6})";
    private static final List<Shape> DONE = List.of(
            new Shape(Pattern.compile("^(?:åtgärd\\s+|punkt\\s+|nr\\.?\\s+|nummer\\s+)?" + NUMBER
                    + "\\s+(?:är\\s+)?(?:nu\\s+)?(?:klar|klart|avklarad|avklarat|gjord|gjort|färdig)[.!]*$", FLAGS), Verb.DONE, Lang.SV),
            new Shape(Pattern.compile("^(?:klart|klar|färdig)\\s+med\\s+(?:åtgärd\\s+|nr\\.?\\s+)?" + NUMBER + "[.!]*$", FLAGS),
                    Verb.DONE, Lang.SV),
            new Shape(Pattern.compile("^(?:action\\s+|item\\s+|no\\.?\\s+)?" + NUMBER
                    + "\\s+(?:is\\s+)?(?:now\\s+)?(?:done|complete|completed|finished)[.!]*$", FLAGS), Verb.DONE, Lang.EN),
            new Shape(Pattern.compile("^(?:done|finished)\\s+with\\s+(?:action\\s+|item\\s+)?" + NUMBER + "[.!]*$", FLAGS),
                    Verb.DONE, Lang.EN));

    /** "Vi beslutade att" with nothing after it decides nothing. */
    private static final Pattern BARE_CONJUNCTION = Pattern.compile("(?:att|to|that|on|.)", FLAGS);

    private Phrases() {}

    /** The command a plain sentence stands for, or empty when it is none of the shapes above. */
    static Optional<Grammar.Parsed> read(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        for (Shape shape : DONE) {
            Matcher m = shape.pattern().matcher(line);
            if (m.matches()) return Optional.of(new Grammar.Parsed(shape.verb(), shape.lang(), m.group(1)));
        }
        for (Shape shape : DECISIONS) {
            Matcher m = shape.pattern().matcher(line);
            if (m.matches() && !BARE_CONJUNCTION.matcher(m.group(1).strip()).matches()) {
                return Optional.of(new Grammar.Parsed(shape.verb(), shape.lang(), sentenceCase(m.group(1).strip())));
            }
        }
        return Optional.empty();
    }

    /** "bjuda in AF" as a decision reads "Bjuda in AF". */
    private static String sentenceCase(String text) {
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
