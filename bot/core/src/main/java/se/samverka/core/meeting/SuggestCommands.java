package se.samverka.core.meeting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.samverka.core.chat.Button;
import se.samverka.core.chat.Reply;
import se.samverka.core.command.Verb;
import se.samverka.core.domain.Attendance;
import se.samverka.core.domain.Meeting;
import se.samverka.core.engine.Ctx;
import se.samverka.core.time.DateMatch;
import se.samverka.core.time.SwedishHolidays;

/**
 * föreslå möte [i december | vecka 45 | nästa vecka]: up to three dates for a meeting, each with a button that books
 * it — working days that are no bridge day and not in the summer break, on a day with no meeting, and none where a
 * member has sent apologies for a meeting that day; the group's usual weekday and time first.
 */
public final class SuggestCommands {
    static final int PROPOSALS = 3;
    private static final Pattern MONTH = Pattern.compile("(?iu)^(?:i|in|under|during)?\\s*(januari|februari|mars|april|maj|juni|juli|augusti|"
            + "september|oktober|november|december|january|february|march|may|june|july|august|october)(?:\\s+(\\d{4}))?$");

    private SuggestCommands() {}

    public static Reply suggest(Ctx ctx) {
        LocalDate from = ctx.today().plusDays(1);
        LocalDate to = from.plusWeeks(4);
        String arg = ctx.args.strip();
        if (!arg.isEmpty()) {
            Matcher month = MONTH.matcher(arg);
            if (month.find()) {
                int m = monthNumber(month.group(1));
                int year = month.group(2) != null ? Integer.parseInt(month.group(2)) : ctx.today().getYear();
                YearMonth ym = YearMonth.of(year, m);
                if (ym.atEndOfMonth().isBefore(ctx.today())) ym = ym.plusYears(1);
                from = ym.atDay(1).isBefore(from) ? from : ym.atDay(1);
                to = ym.atEndOfMonth();
            } else {
                String text = arg.replaceFirst("(?iu)^(i|in|under|during)\\s+", "");
                DateMatch d = ctx.dates().wholeDate(text).orElseThrow(() -> ctx.reject("suggest.badPeriod", arg));
                boolean week = text.toLowerCase(Locale.ROOT).matches(".*(vecka|week|v\\.).*");
                from = week ? d.date().with(DayOfWeek.MONDAY) : d.date();
                to = week ? from.plusDays(4) : d.date();
                if (from.isBefore(ctx.today().plusDays(1))) from = ctx.today().plusDays(1);
            }
        }
        List<Meeting> meetings = ctx.meetings().all();
        Optional<DayOfWeek> usualDay = usual(meetings, m -> m.startIn(ctx.group.zone()).getDayOfWeek());
        LocalTime start = meetings.isEmpty() ? ctx.settings.meetingStart()
                : usual(meetings, m -> m.startIn(ctx.group.zone()).toLocalTime()).orElse(ctx.settings.meetingStart());
        LocalTime end = meetings.isEmpty() ? ctx.settings.meetingEnd()
                : usual(meetings, m -> m.endIn(ctx.group.zone()).toLocalTime()).filter(e -> e.isAfter(start))
                        .orElse(start.plus(java.time.Duration.between(ctx.settings.meetingStart(), ctx.settings.meetingEnd())));
        List<LocalDate> busy = meetings.stream().filter(m -> !m.cancelled())
                .map(m -> m.startIn(ctx.group.zone()).toLocalDate()).toList();
        List<LocalDate> apologies = meetings.stream()
                .filter(m -> ctx.store.attendance().forMeeting(ctx.scope, m.id()).stream()
                        .anyMatch(a -> a.status() == Attendance.Status.ABSENT))
                .map(m -> m.startIn(ctx.group.zone()).toLocalDate()).toList();
        List<LocalDate> candidates = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (!SwedishHolidays.isWorkingDay(d) || SwedishHolidays.isBridgeDay(d)
                    || SwedishHolidays.inBreak(d, ctx.settings.breakStart(), ctx.settings.breakEnd())
                    || busy.contains(d) || apologies.contains(d)) {
                continue;
            }
            candidates.add(d);
        }
        LocalDate first = from;
        candidates.sort(Comparator.comparing((LocalDate d) -> usualDay.map(u -> d.getDayOfWeek() == u ? 0 : 1).orElse(0))
                .thenComparing(d -> d.toEpochDay() - first.toEpochDay()));
        if (candidates.isEmpty()) throw ctx.refuse("suggest.none", ctx.t.longDate(from), ctx.t.longDate(to));
        Reply.Builder reply = Reply.builder().heading(ctx.t.get("suggest.heading", ctx.group.name()));
        for (LocalDate d : candidates.subList(0, Math.min(PROPOSALS, candidates.size())).stream().sorted().toList()) {
            String command = Verb.MEETING_ADD.word(ctx.lang) + " " + d + " " + ctx.t.time(start) + "-" + ctx.t.time(end);
            reply.entry(ctx.t.longDate(d) + ", " + ctx.t.time(start) + "–" + ctx.t.time(end),
                    new Button(ctx.t.get("series.book", ctx.t.shortDate(d)), command, Button.Kind.RUN));
        }
        return reply.context(ctx.t.get("suggest.hint")).ok();
    }

    /** The value most meetings share (ties: the latest meeting's). */
    private static <T> Optional<T> usual(List<Meeting> meetings, Function<Meeting, T> key) {
        if (meetings.isEmpty()) return Optional.empty();
        Map<T, Long> counts = meetings.stream().filter(m -> !m.cancelled()).collect(Collectors.groupingBy(key, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.<T, Long>comparingByValue()).map(Map.Entry::getKey);
    }

    /** "december", "dec", "October" → 12, 12, 10. */
    static int monthNumber(String word) {
        List<String> sv = List.of("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec");
        List<String> en = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
        String w = word.toLowerCase(Locale.ROOT).substring(0, 3);
        return Math.max(sv.indexOf(w), en.indexOf(w)) + 1;
    }
}
