package se.samverka.core.meeting;

import java.time.LocalDate;
import java.util.Optional;
import se.samverka.core.chat.Block;
import se.samverka.core.chat.Button;
import se.samverka.core.command.Verb;
import se.samverka.core.domain.Lang;
import se.samverka.core.domain.Meeting;
import se.samverka.core.engine.Ctx;
import se.samverka.core.text.Texts;
import se.samverka.core.time.SwedishHolidays;

/**
 * A single meeting booked on a day many are off — a public holiday or de facto day off (midsommarafton), a bridge
 * day, a weekend — is booked as asked, with a warning and a button that moves it to the nearest ordinary working day
 * (as {@code föreslå möte} would choose: a working day, no bridge day, no other meeting of the group that day).
 */
final class GoodDays {
    private static final int SEARCH_DAYS = 7;

    private GoodDays() {}

    /** Why many are off on the day: the holiday's name, "klämdag", "helg"; empty for an ordinary working day. */
    static Optional<String> reason(Texts t, LocalDate day) {
        return SwedishHolidays.holiday(day)
                .or(() -> SwedishHolidays.isBridgeDay(day) ? Optional.of(t.get("series.bridgeDay")) : Optional.empty())
                .or(() -> SwedishHolidays.isWeekend(day) ? Optional.of(t.get("series.weekend")) : Optional.empty());
    }

    /** The warning under a meeting booked on such a day, with a button to move it; empty for an ordinary day. */
    static Optional<Block.Entry> warning(Ctx ctx, Meeting meeting) {
        LocalDate day = meeting.startIn(ctx.group.zone()).toLocalDate();
        Optional<String> reason = reason(ctx.t, day);
        if (reason.isEmpty()) return Optional.empty();
        Optional<LocalDate> better = nearest(ctx, day, meeting);
        String text = ctx.t.get("meeting.badDay", ctx.t.longDate(day), reason.get())
                + better.map(d -> " " + ctx.t.get("meeting.nearestGoodDay", ctx.t.longDate(d))).orElse("");
        return Optional.of(new Block.Entry(text, better.map(d -> new Button(ctx.t.get("meeting.moveTo", ctx.t.shortDate(d)),
                moveCommand(ctx.lang, day, d), Button.Kind.RUN)).stream().toList()));
    }

    /** The nearest ordinary working day within a week (the earlier of two as near), from tomorrow on. */
    private static Optional<LocalDate> nearest(Ctx ctx, LocalDate day, Meeting meeting) {
        for (int delta = 1; delta <= SEARCH_DAYS; delta++) {
            for (int sign : new int[] {-1, 1}) {
                LocalDate d = day.plusDays((long) sign * delta);
                if (d.isAfter(ctx.today()) && SwedishHolidays.isWorkingDay(d) && !SwedishHolidays.isBridgeDay(d)
                        && ctx.meetings().all().stream().noneMatch(m -> m.id() != meeting.id() && !m.cancelled()
                        && m.startIn(ctx.group.zone()).toLocalDate().equals(d))) {
                    return Optional.of(d);
                }
            }
        }
        return Optional.empty();
    }

    /** "flytta 2027-05-07 till 2027-05-10": keeps the meeting's time. */
    private static String moveCommand(Lang lang, LocalDate from, LocalDate to) {
        return Verb.MEETING_MOVE.word(lang) + " " + from + (lang == Lang.EN ? " to " : " till ") + to;
    }
}
