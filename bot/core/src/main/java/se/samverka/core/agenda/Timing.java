package se.samverka.core.agenda;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A presenter and a time read from the end of an item's text: "Migrationsprocessen (Boel, 20 min)",
 * "(20 min)", "(Boel)", "(1 h)", "(1,5 tim)", "(30 minuter)". A lone parenthesis without a time is a presenter only
 * when it starts with a capital ("(Boel)", "(SKR)"); "(utkast)" stays part of the text.
 */
public final class Timing {
    /** The longest time an item may be given: ten hours. */
    public static final int MAX_MINUTES = 600;

    private static final Pattern TRAILING_PARENS = Pattern.compile("\\(([^()]*)\\)\\s*$");
    private static final Pattern DURATION = Pattern.compile(
            "(\\d{1,3}(?:[.,]\\d{1,2})?)\\s*(min|mins|minut|minuter|minute|minutes|m|h|t|tim|timme|timmar|hour|hours|hr)\\.?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TIME_LIKE = Pattern.compile(
            "^\\d[\\d.,]*\\s*\\p{L}+\\.?$|\\b(min|mins|minut|minuter|minutes|tim|timme|timmar|hours?)\\.?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Timing() {}

    /** What was read. */
    public sealed interface Read {}

    /** The item's own text, with the presenter and minutes that followed it, if any. */
    public record Item(String text, Optional<String> presenter, Optional<Integer> minutes) implements Read {
        public Item {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(presenter, "presenter");
            Objects.requireNonNull(minutes, "minutes");
        }
    }

    /** A part that looks like a time but is not one ("20 mjn", "0 min", "11 h"). */
    public record NotATime(String part) implements Read {}

    public static Read read(String text) {
        String stripped = text.strip();
        Matcher m = TRAILING_PARENS.matcher(stripped);
        if (!m.find() || m.start() == 0) return new Item(stripped, Optional.empty(), Optional.empty());
        Optional<Integer> minutes = Optional.empty();
        List<String> names = new ArrayList<>();
        for (String raw : m.group(1).split(";|,(?!\\d)")) {
            String part = raw.strip();
            if (part.isEmpty()) continue;
            if (!TIME_LIKE.matcher(part).find()) {
                names.add(part);
                continue;
            }
            Optional<Integer> read = minutes(part);
            if (read.isEmpty() || minutes.isPresent()) return new NotATime(part);
            minutes = read;
        }
        String name = String.join(", ", names);
        if (minutes.isEmpty() && (name.isEmpty() || !Character.isUpperCase(name.codePointAt(0)))) {
            return new Item(stripped, Optional.empty(), Optional.empty());
        }
        String rest = stripped.substring(0, m.start()).strip();
        return new Item(rest, Optional.of(name).filter(n -> !n.isEmpty()), minutes);
    }

    /** "20 min" → 20, "1,5 tim" → 90, "1 h" → 60; empty when it is no time or not between 1 and 600 minutes. */
    public static Optional<Integer> minutes(String text) {
        Matcher m = DURATION.matcher(text.strip());
        if (!m.matches()) return Optional.empty();
        double value = Double.parseDouble(m.group(1).replace(',', '.'));
        boolean hours = !m.group(2).toLowerCase().startsWith("m");
        long minutes = Math.round(hours ? value * 60 : value);
        return minutes >= 1 && minutes <= MAX_MINUTES ? Optional.of((int) minutes) : Optional.empty();
    }

    /** "(Boel, 20 min)", "(Boel)", "(20 min)", or "" — how an item's details follow its text. */
    public static String suffix(Optional<String> presenter, Optional<Integer> minutes, String minutesWord) {
        List<String> parts = new ArrayList<>();
        presenter.ifPresent(parts::add);
        minutes.ifPresent(n -> parts.add(n + " " + minutesWord));
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }
}
