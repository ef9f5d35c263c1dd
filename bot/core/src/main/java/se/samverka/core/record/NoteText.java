package se.samverka.core.record;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A note's text: its lines are its paragraphs, each kept as written (a leading "Fbg:" or "Anna-Maria:" too); in the
 * minutes' Markdown a paragraph never turns into a heading.
 */
public final class NoteText {
    /** The most a note may hold (a chat message is at most 4,000 characters). */
    public static final int MAX = 4000;

    /** A command word (or an edit of one) where the text should be: never stored as a note. */
    private static final Pattern COMMAND_WORDS = Pattern.compile(
            "(?iu)(punkt|point|item|anteckning|anteckna|note|beslut|decision|"
                    + "(ta bort|ändra|radera|delete|edit|remove|ångra|undo)(\\s+#?\\d{1,6})?)[\\s:.]*");

    private NoteText() {}

    /** The paragraphs of a written text: each non-blank line, its spaces tidied. */
    public static List<String> paragraphs(String text) {
        return text.lines().map(l -> l.strip().replaceAll("\\s+", " ")).filter(l -> !l.isEmpty()).toList();
    }

    /** The text as stored: its paragraphs, one a line. */
    public static String clean(String text) {
        return String.join("\n", paragraphs(text));
    }

    /** The text when it is only a command word ("punkt", "ta bort 7"): what was typed, for the refusal. */
    public static Optional<String> commandWord(String text) {
        String t = text.strip();
        return COMMAND_WORDS.matcher(t.toLowerCase(Locale.ROOT)).matches() ? Optional.of(t) : Optional.empty();
    }

    /** A paragraph as a line of the minutes' Markdown: a leading "#" (or "\") is escaped so it stays text. */
    public static String markdown(String paragraph) {
        return paragraph.startsWith("#") || paragraph.startsWith("\\") ? "\\" + paragraph : paragraph;
    }
}
