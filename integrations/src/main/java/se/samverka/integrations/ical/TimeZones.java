package se.samverka.integrations.ical;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * A VTIMEZONE for any zone, written from the JDK's own rules under the zone's own name. iCal4j's bundled definitions
 * follow the IANA links (Europe/Stockholm is a link to Europe/Berlin since tzdata 2022b), so an invitation would say
 * TZID:Europe/Berlin; this says TZID:Europe/Stockholm, with the yearly daylight-saving rules (RRULE) that Outlook,
 * Google Calendar and Thunderbird all read.
 */
public final class TimeZones {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

    private TimeZones() {}

    /** BEGIN:VTIMEZONE … END:VTIMEZONE, lines ending in CRLF. */
    public static String vtimezone(ZoneId zone) {
        ZoneRules rules = zone.getRules();
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VTIMEZONE");
        line(out, "TZID:" + zone.getId());
        line(out, "X-LIC-LOCATION:" + zone.getId());
        List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
        if (yearly.isEmpty()) {
            ZoneOffset offset = rules.getOffset(java.time.Instant.now());
            line(out, "BEGIN:STANDARD");
            line(out, "TZOFFSETFROM:" + offset(offset));
            line(out, "TZOFFSETTO:" + offset(offset));
            line(out, "DTSTART:19700101T000000");
            line(out, "END:STANDARD");
        } else {
            for (ZoneOffsetTransitionRule rule : yearly) {
                ZoneOffsetTransition first = rule.createTransition(1970);
                boolean daylight = rule.getOffsetAfter().getTotalSeconds() > rule.getStandardOffset().getTotalSeconds();
                String kind = daylight ? "DAYLIGHT" : "STANDARD";
                line(out, "BEGIN:" + kind);
                line(out, "TZNAME:" + name(zone, daylight));
                line(out, "TZOFFSETFROM:" + offset(rule.getOffsetBefore()));
                line(out, "TZOFFSETTO:" + offset(rule.getOffsetAfter()));
                LocalDateTime local = first.getDateTimeBefore();
                line(out, "DTSTART:" + LOCAL.format(local));
                line(out, "RRULE:FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue() + ";BYDAY=" + byDay(rule));
                line(out, "END:" + kind);
            }
        }
        line(out, "END:VTIMEZONE");
        return out.toString();
    }

    /** "-1SU" (the last Sunday), "2SU" (the second Sunday) … */
    static String byDay(ZoneOffsetTransitionRule rule) {
        DayOfWeek day = rule.getDayOfWeek();
        String abbreviation = day.name().substring(0, 2);
        int indicator = rule.getDayOfMonthIndicator();
        Month month = rule.getMonth();
        if (day == null) throw new IllegalArgumentException("a fixed-date rule is not written as BYDAY");
        int length = month.length(false);
        if (indicator < 0 || indicator + 6 >= length) return "-1" + abbreviation;
        return ((indicator - 1) / 7 + 1) + abbreviation;
    }

    private static String name(ZoneId zone, boolean daylight) {
        return java.time.format.DateTimeFormatter.ofPattern("zzz", java.util.Locale.ENGLISH)
                .format(daylight ? java.time.ZonedDateTime.of(2020, 7, 1, 12, 0, 0, 0, zone)
                        : java.time.ZonedDateTime.of(2020, 1, 1, 12, 0, 0, 0, zone));
    }

    private static String offset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        String sign = seconds < 0 ? "-" : "+";
        int abs = Math.abs(seconds);
        return String.format("%s%02d%02d", sign, abs / 3600, (abs % 3600) / 60);
    }

    private static void line(StringBuilder out, String text) {
        out.append(text).append("\r\n");
    }
}
