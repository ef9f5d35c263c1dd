package se.samverka.core.usecase;

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
 */
public record Settings(ZoneId zone, Lang lang, LocalTime meetingStart, LocalTime meetingEnd) {
    public Settings {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(meetingStart, "meetingStart");
        Objects.requireNonNull(meetingEnd, "meetingEnd");
        if (!meetingEnd.isAfter(meetingStart)) throw new IllegalArgumentException("meetingEnd must be after meetingStart");
    }

    public static Settings defaults() {
        return new Settings(ZoneId.of("Europe/Stockholm"), Lang.SV, LocalTime.of(9, 0), LocalTime.of(12, 0));
    }
}
