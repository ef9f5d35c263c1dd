package se.samverka.core.command;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.samverka.core.domain.Lang;

/** Finds the command word(s) at the start of what the user typed; the rest is the command's argument text. */
public final class Grammar {

    /** A recognised command: the verb, the language of the spelling used, and the argument text. */
    public record Parsed(Verb verb, Lang lang, String args) {}

    private record Alias(String words, Verb verb, Lang lang) {}

    private static final List<Alias> ALIASES = aliases();
    private static final Pattern SWEDISH = Pattern.compile("[åäö]|\\b(?:och|att|jag|vi|det|inte|hej)\\b");
    /** A colon or dash after the command words, as people write "Beslut: …" and "Beslut - …". */
    private static final String MARKS = ":-–—";
    /** A colon, or a dash standing alone ("Beslut - …"); "-UAF söker …" keeps its dash. */
    private static final Pattern LEADING_MARK = Pattern.compile("^\\s*(?::|[\\-–—](?=\\s|$))");
    /** The start of a record reference: "2", "D1", "#4". */
    private static final Pattern REFERENCE = Pattern.compile("^(?i)[d#]?\\d");
    private static final Pattern ENGLISH = Pattern.compile("\\b(?:the|and|is|what|how|please|hello|hi|show|add)\\b");

    private Grammar() {}

    /**
     * The command in what the user typed: a plain sentence that says one ("Gruppen beslutade att …", "#3 är klar"),
     * else the command words at the start, which may end in a colon or a dash ("Beslut: …", "Beslut - …").
     */
    public static Optional<Parsed> parse(String text) {
        return Phrases.read(withoutSlashCommand(text)).or(() -> parseWords(text));
    }

    private static Optional<Parsed> parseWords(String text) {
        String stripped = withoutSlashCommand(text);
        String lower = stripped.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String normalizedOriginal = stripped.replaceAll("\\s+", " ");
        for (Alias alias : ALIASES) {
            if (lower.startsWith(alias.words()) && endsWord(lower, alias.words().length())) {
                String typed = normalizedOriginal.substring(alias.words().length());
                String args = LEADING_MARK.matcher(typed).replaceFirst("");
                if (!args.equals(typed) && !args.isBlank()) {
                    // "Punkt: ta bort 2", "Beslut - ändra D1: …": the mark ends the kind word, not the command words
                    // — when what follows is a reference ("2", "D1", nothing, "ändra: …"), so that "Beslut: Ändra
                    // arbetssättet" stays a decision
                    String rest = args.strip();
                    Optional<Parsed> longer = parseWords(alias.words() + " " + rest)
                            .filter(p -> p.verb() != alias.verb() && p.args().length() < rest.length())
                            .filter(p -> p.args().isEmpty() || REFERENCE.matcher(p.args()).find()
                                    || rest.substring(0, rest.length() - p.args().length()).strip().endsWith(":"));
                    if (longer.isPresent()) return longer;
                }
                return Optional.of(new Parsed(alias.verb(), alias.lang(), args.strip()));
            }
        }
        return Optional.empty();
    }

    /** The command words end at the end of the text, at a space, or at a colon or dash written after them. */
    private static boolean endsWord(String lower, int at) {
        if (lower.length() == at) return true;
        char next = lower.charAt(at);
        if (next == ' ') return true;
        return MARKS.indexOf(next) >= 0
                && (next == ':' || lower.length() == at + 1 || !Character.isLetterOrDigit(lower.charAt(at + 1)));
    }

    private static String withoutSlashCommand(String text) {
        String stripped = text.strip();
        return stripped.startsWith("/samverka") ? stripped.substring("/samverka".length()).strip() : stripped;
    }

    /**
     * The argument text of a command with its lines kept (for text whose lines are paragraphs, like a note): the
     * command words removed, each line's spaces tidied, blank lines dropped. Empty when the text is no command.
     */
    public static Optional<String> argsKeepingLines(String text) {
        String stripped = withoutSlashCommand(text);
        String lower = stripped.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Optional<Alias> alias = ALIASES.stream()
                .filter(a -> lower.startsWith(a.words()) && endsWord(lower, a.words().length())).findFirst();
        if (alias.isEmpty()) return Optional.empty();
        String words = String.join("\\s+", Arrays.stream(alias.get().words().split(" ")).map(Pattern::quote).toList());
        // only a colon: in a note a line that starts "- " is a bullet of its own
        String rest = Pattern.compile("^" + words + "\\s*:?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(stripped).replaceFirst("");
        return Optional.of(rest.lines().map(l -> l.strip().replaceAll("\\s+", " ")).filter(l -> !l.isEmpty())
                .collect(Collectors.joining("\n")));
    }

    /** A guess at the language of free text, for replying to something that is not a command at all. */
    public static Optional<Lang> guessLanguage(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (SWEDISH.matcher(lower).find()) return Optional.of(Lang.SV);
        if (ENGLISH.matcher(lower).find()) return Optional.of(Lang.EN);
        return Optional.empty();
    }

    private static List<Alias> aliases() {
        List<Alias> all = new ArrayList<>();
        for (Verb verb : Verb.values()) {
            verb.swedish().forEach(w -> all.add(new Alias(w, verb, Lang.SV)));
            verb.english().forEach(w -> all.add(new Alias(w, verb, Lang.EN)));
        }
        all.sort(Comparator.comparingInt((Alias a) -> a.words().length()).reversed());
        return List.copyOf(all);
    }
}
