package se.samverka.core.text;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import se.samverka.core.domain.Lang;

/**
 * Every user-facing text, from {@code messages_sv.properties} / {@code messages_en.properties}.
 * Placeholders are {0}, {1}, … and are replaced literally (no MessageFormat quoting rules).
 */
public final class Texts {
    private static final Map<Lang, Texts> CACHE = new EnumMap<>(Lang.class);

    private final Lang lang;
    private final ResourceBundle bundle;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter shortDate;
    private final DateTimeFormatter time;

    private Texts(Lang lang) {
        this.lang = lang;
        this.bundle = ResourceBundle.getBundle("se.samverka.core.messages", lang.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.longDate = DateTimeFormatter.ofPattern(get("format.longDate"), lang.locale());
        this.shortDate = DateTimeFormatter.ofPattern(get("format.shortDate"), lang.locale());
        this.time = DateTimeFormatter.ofPattern(get("format.time"), lang.locale());
    }

    public static synchronized Texts of(Lang lang) {
        return CACHE.computeIfAbsent(Objects.requireNonNull(lang, "lang"), Texts::new);
    }

    public Lang lang() {
        return lang;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The text for {@code key} with {0}, {1}, … replaced by {@code args}. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no text '" + key + "' for " + lang, e);
        }
        if (args.length == 0) return pattern;
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && pattern.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int index = Integer.parseInt(pattern.substring(i + 1, close));
                out.append(index < args.length ? String.valueOf(args[index]) : pattern.substring(i, close + 1));
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** "tisdag 20 oktober 2026" / "Tuesday 20 October 2026". */
    public String longDate(LocalDate date) {
        return longDate.format(date);
    }

    /** "20 oktober" / "20 October". */
    public String shortDate(LocalDate date) {
        return shortDate.format(date);
    }

    /** "09.00" / "09:00". */
    public String time(LocalTime t) {
        return time.format(t);
    }

    /** "tisdag 20 oktober 2026, 09.00–12.00". */
    public String meetingTime(ZonedDateTime start, ZonedDateTime end) {
        return get("format.meetingTime", longDate(start.toLocalDate()), time(start.toLocalTime()),
                time(end.toLocalTime()));
    }
}
