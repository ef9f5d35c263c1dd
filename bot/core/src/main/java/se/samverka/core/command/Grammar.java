package se.samverka.core.command;

import java.util.ArrayList;
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
    private static final Pattern ENGLISH = Pattern.compile("\\b(?:the|and|is|what|how|please|hello|hi|show|add)\\b");

    private Grammar() {}

    public static Optional<Parsed> parse(String text) {
        String stripped = text.strip();
        if (stripped.startsWith("/samverka")) stripped = stripped.substring("/samverka".length()).strip();
        String lower = stripped.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String normalizedOriginal = stripped.replaceAll("\\s+", " ");
        for (Alias alias : ALIASES) {
            if (lower.startsWith(alias.words()) && (lower.length() == alias.words().length()
                    || lower.charAt(alias.words().length()) == ' ' || lower.charAt(alias.words().length()) == ':')) {
                // "laget runt: …", "laget runt ändra: …": a colon right after the command words ends them too
                String args = normalizedOriginal.substring(alias.words().length()).replaceFirst("^\\s*:", "").strip();
                return Optional.of(new Parsed(alias.verb(), alias.lang(), args));
            }
        }
        return Optional.empty();
    }

    /**
     * The argument text of a command with its lines kept (for text whose lines are paragraphs, like a note): the
     * command words removed, each line's spaces tidied, blank lines dropped. Empty when the text is no command.
     */
    public static Optional<String> argsKeepingLines(String text) {
        Optional<Parsed> parsed = parse(text);
        if (parsed.isEmpty()) return Optional.empty();
        String stripped = text.strip();
        if (stripped.startsWith("/samverka")) stripped = stripped.substring("/samverka".length()).strip();
        String oneLine = stripped.replaceAll("\\s+", " ");
        String commandWords = oneLine.substring(0, oneLine.length() - parsed.get().args().length()).strip();
        int words = commandWords.split(" ").length;
        String rest = stripped.replaceFirst("^(\\S+\\s+){" + (words - 1) + "}\\S+", "");
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
