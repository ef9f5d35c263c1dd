package se.samverka.core.engine;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import se.samverka.core.domain.Lang;

/**
 * Defaults of the command engine.
 *
 * @param zone         time zone of new groups
 * @param lang         language of new groups and of replies that name no language
 * @param meetingStart start of a meeting given without a time (the groups meet 09.00–12.00)
 * @param meetingEnd   end of a meeting given without a time
 * @param breakStart   first day of the summer break (no series meetings then)
 * @param breakEnd     last day of the summer break
 * @param publicUrl    where people reach the bot's web side (calendar feeds), e.g. https://samverka.region.se
 * @param mail         whether the deployment sends e-mail (SMTP_* set): justerade minutes go to members and registrars
 */
public record Settings(ZoneId zone, Lang lang, LocalTime meetingStart, LocalTime meetingEnd, java.time.MonthDay breakStart,
                       java.time.MonthDay breakEnd, String publicUrl, boolean mail) {
    public static final java.time.MonthDay BREAK_START = java.time.MonthDay.of(6, 20);
    public static final java.time.MonthDay BREAK_END = java.time.MonthDay.of(8, 15);

    public Settings(ZoneId zone, Lang lang, LocalTime meetingStart, LocalTime meetingEnd) {
        this(zone, lang, meetingStart, meetingEnd, BREAK_START, BREAK_END, "http://localhost:7070");
    }

    public Settings(ZoneId zone, Lang lang, LocalTime meetingStart, LocalTime meetingEnd, java.time.MonthDay breakStart,
                    java.time.MonthDay breakEnd, String publicUrl) {
        this(zone, lang, meetingStart, meetingEnd, breakStart, breakEnd, publicUrl, false);
    }

    public Settings {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(meetingStart, "meetingStart");
        Objects.requireNonNull(meetingEnd, "meetingEnd");
        if (!meetingEnd.isAfter(meetingStart)) throw new IllegalArgumentException("meetingEnd must be after meetingStart");
        Objects.requireNonNull(breakStart, "breakStart");
        Objects.requireNonNull(breakEnd, "breakEnd");
        publicUrl = Objects.requireNonNull(publicUrl, "publicUrl").replaceAll("/+$", "");
    }

    public static Settings defaults() {
        return new Settings(ZoneId.of("Europe/Stockholm"), Lang.SV, LocalTime.of(9, 0), LocalTime.of(12, 0));
    }
}
