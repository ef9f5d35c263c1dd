package se.samverka.core.domain;

import java.util.Locale;
import java.util.Optional;

/** The two languages the bot speaks; Swedish first. */
public enum Lang {
    SV(Locale.forLanguageTag("sv-SE")),
    EN(Locale.forLanguageTag("en-GB"));

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Lang> fromCode(String code) {
        if (code == null) return Optional.empty();
        return switch (code.strip().toLowerCase(Locale.ROOT)) {
            case "sv", "sv-se", "swedish", "svenska" -> Optional.of(SV);
            case "en", "en-gb", "en-us", "english", "engelska" -> Optional.of(EN);
            default -> Optional.empty();
        };
    }
}
