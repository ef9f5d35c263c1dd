package se.samverka.core.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverka.core.calendar.CalendarFiles;
import se.samverka.core.chat.Button;
import se.samverka.core.chat.Reply;
import se.samverka.core.command.Verb;
import se.samverka.core.domain.Meeting;
import se.samverka.core.domain.Member;
import se.samverka.core.engine.Ctx;
import se.samverka.core.port.SeriesRepository;
import se.samverka.core.time.DateMatch;
import se.samverka.core.time.SeriesRule;
import se.samverka.core.time.SwedishHolidays;
import se.samverka.core.time.TimeMatch;

/**
 * mötesserie: a term of meetings from one rule ("tredje fredagen varje månad kl 9-12 värdar: Falkenberg, Hylte,
 * Varberg"), each its own meeting with its own host and place. A date on a public holiday or bridge day moves to the
 * nearest working day of the same week; one in the summer break (or with no working day left that week) is not
 * booked but proposed to the chair with a button. "mötesserie förläng …" adds to the current series, "mötesserie
 * avsluta" cancels its meetings still ahead.
 */
public final class SeriesCommands {
    static final int MAX = 26;
    private static final Pattern FROM = Pattern.compile("(?iu)\\b(?:från|from|med start|starting)\\s+");
    private static final Pattern UNTIL = Pattern.compile("(?iu)\\b(?:till och med|t\\.?\\s?o\\.?\\s?m\\.?|tom|till|until|through|to)\\s+");
    private static final Pattern TIMES = Pattern.compile("(?iu)\\b(\\d{1,2})\\s+(?:gånger|ggr|möten|tillfällen|times|meetings)\\b");
    private static final Pattern HOSTS = Pattern.compile("(?iu)(?:^|[\\s,;])(?:värdar|värd|hosts?)\\s*:\\s*(.+)$");
    private static final Pattern MONTH_ONLY = Pattern.compile("(?iu)^(januari|februari|mars|april|maj|juni|juli|augusti|september|"
            + "oktober|november|december|january|february|march|may|june|july|august|october)(?:\\s+(\\d{4}))?\\b");
    private static final Pattern END_WORDS = Pattern.compile("(?iu)^(avsluta|avslut|sluta|end|stop)\\b");
    private static final Pattern EXTEND_WORDS = Pattern.compile("(?iu)^(förläng|utöka|extend)\\b\\s*");

    private SeriesCommands() {}

    /** One date of the plan and what became of it. */
    private record Planned(LocalDate wanted, Optional<LocalDate> booked, Optional<String> reason, Optional<LocalDate> proposal) {}

    public static Reply series(Ctx ctx) {
        ctx.requireManager();
        String args = ctx.args.strip();
        if (args.isEmpty()) throw ctx.reject("series.how");
        if (END_WORDS.matcher(args).find()) return end(ctx);
        Matcher extend = EXTEND_WORDS.matcher(args);
        if (extend.find()) return extend(ctx, args.substring(extend.end()));
        return plan(ctx, args, Optional.empty());
    }

    private static Reply plan(Ctx ctx, String args, Optional<SeriesRepository.Series> existing) {
        SeriesRule.Parsed parsed = SeriesRule.parse(args).orElseThrow(() -> ctx.reject("series.noRule", MeetingCommands.firstWords(args)));
        String rest = (args.substring(0, parsed.start()) + " " + args.substring(parsed.end())).strip();
        List<String> hosts = existing.map(SeriesRepository.Series::hosts).orElseGet(() -> hosts(ctx, args));
        String withoutHosts = HOSTS.matcher(rest).replaceFirst("").strip();
        LocalDate today = ctx.today();
        LocalDate from = existing.isPresent() ? lastDate(ctx, existing.get()).map(d -> d.plusDays(1)).orElse(today.plusDays(1))
                : today.plusDays(1);
        Matcher f = FROM.matcher(withoutHosts);
        if (f.find()) {
            String text = withoutHosts;
            Optional<DateMatch> d = ctx.dates().date(text, f.end());
            Matcher month = MONTH_ONLY.matcher(text.substring(f.end()));
            if (d.isPresent()) {
                from = d.get().date();
                withoutHosts = (text.substring(0, f.start()) + " " + text.substring(d.get().end())).strip();
            } else if (month.find()) { // "från september": the month's first day still ahead
                YearMonth ym = month(month, today.getYear(), today);
                from = ym.atDay(1).isAfter(today) ? ym.atDay(1) : today.plusDays(1);
                withoutHosts = (text.substring(0, f.start()) + " " + text.substring(f.end() + month.end())).strip();
            } else {
                throw ctx.reject("series.badFrom", MeetingCommands.firstWords(text.substring(f.end())));
            }
        }
        int max = MAX;
        Matcher times = TIMES.matcher(withoutHosts);
        Optional<LocalDate> until = Optional.empty();
        if (times.find()) {
            max = Math.min(MAX, Integer.parseInt(times.group(1)));
            withoutHosts = (withoutHosts.substring(0, times.start()) + " " + withoutHosts.substring(times.end())).strip();
        }
        Matcher u = UNTIL.matcher(withoutHosts);
        if (u.find()) {
            String after = withoutHosts.substring(u.end());
            Matcher month = MONTH_ONLY.matcher(after);
            Optional<DateMatch> date = ctx.dates().date(withoutHosts, u.end());
            if (date.isPresent()) {
                until = Optional.of(date.get().date());
                withoutHosts = (withoutHosts.substring(0, u.start()) + " " + withoutHosts.substring(date.get().end())).strip();
            } else if (month.find()) { // "till december", "until December": to the end of the month
                until = Optional.of(month(month, from.getYear(), from).atEndOfMonth());
                withoutHosts = (withoutHosts.substring(0, u.start()) + " " + after.substring(month.end())).strip();
            } else {
                throw ctx.reject("series.badUntil", MeetingCommands.firstWords(after));
            }
        }
        // without an end: the given number of meetings, or to the end of the term
        LocalDate last = until.orElse(max < MAX ? from.plusYears(2) : endOfTerm(from));
        Optional<TimeMatch> time = findTime(ctx, withoutHosts);
        LocalTime start = time.map(t -> t.range().start()).orElse(ctx.settings.meetingStart());
        LocalTime end = time.flatMap(t -> t.range().end()).orElse(start.plus(java.time.Duration.between(
                ctx.settings.meetingStart(), ctx.settings.meetingEnd())));
        List<LocalDate> dates = parsed.rule().dates(from, last, max);
        if (dates.isEmpty()) throw ctx.refuse("series.noDates", ctx.t.longDate(from), ctx.t.longDate(last));

        SeriesRepository.Series series = existing.orElseGet(() -> ctx.store.series().add(ctx.scope,
                args.replaceAll("(?iu)\\b(från|from)\\s+\\S+(\\s+\\S+)?", "").strip(), hosts, ctx.now));
        int position = ctx.store.series().lastPosition(ctx.scope, series.id()) + 1;
        List<Meeting> existingMeetings = ctx.meetings().all();
        Reply.Builder reply = Reply.builder().heading(ctx.t.get(existing.isPresent() ? "series.extended" : "series.planned",
                parsed.rule().swedish(), ctx.group.name()));
        List<String> booked = new ArrayList<>();
        List<Meeting> bookedMeetings = new ArrayList<>();
        for (LocalDate wanted : dates) {
            Planned p = adjust(ctx, wanted);
            String host = hosts.isEmpty() ? null : hosts.get(position % hosts.size());
            if (p.booked().isEmpty()) {
                String proposalCommand = p.proposal().map(d -> Verb.MEETING_ADD.word(ctx.lang) + " " + d + " "
                        + ctx.t.time(start) + "-" + ctx.t.time(end) + (host == null ? "" : " " + host)).orElse("");
                String line = ctx.t.get("series.notBooked", ctx.t.longDate(wanted), p.reason().orElse(""))
                        + p.proposal().map(d -> " " + ctx.t.get("series.propose", ctx.t.longDate(d))).orElse("");
                if (p.proposal().isPresent()) {
                    reply.entry(line, new Button(ctx.t.get("series.book", ctx.t.shortDate(p.proposal().get())), proposalCommand,
                            Button.Kind.RUN));
                } else {
                    reply.entry(line);
                }
                position++;
                continue;
            }
            LocalDate day = p.booked().get();
            ZonedDateTime s = day.atTime(start).atZone(ctx.group.zone());
            ZonedDateTime e = day.atTime(end).atZone(ctx.group.zone());
            if (existingMeetings.stream().anyMatch(m -> !m.cancelled() && m.startIn(ctx.group.zone()).toLocalDate().equals(day))) {
                reply.entry(ctx.t.get("series.exists", ctx.t.longDate(day)));
                position++;
                continue;
            }
            Meeting meeting = ctx.store.meetings().add(ctx.scope, s.toInstant(), e.toInstant(), Optional.ofNullable(host),
                    Optional.ofNullable(host), java.util.UUID.randomUUID() + "@samverka");
            ctx.store.series().addMeeting(ctx.scope, series.id(), meeting.id(), position++);
            String line = ctx.meetings().describe(meeting);
            if (!p.wanted().equals(day)) {
                line += " — " + ctx.t.get("series.moved", ctx.t.longDate(p.wanted()), p.reason().orElse(""));
            }
            booked.add(line);
            bookedMeetings.add(meeting);
            reply.entry(line);
        }
        ctx.audit(existing.isPresent() ? "series.extend" : "series.add", parsed.rule().swedish() + ": " + booked.size());
        reply.context(ctx.t.get("series.hint"));
        CalendarFiles.series(ctx, bookedMeetings).ifPresent(reply::add);
        return reply.ok();
    }

    /** The wanted date, or the nearest working day of its week, or none with a proposal. */
    private static Planned adjust(Ctx ctx, LocalDate wanted) {
        if (SwedishHolidays.inBreak(wanted, ctx.settings.breakStart(), ctx.settings.breakEnd())) {
            LocalDate after = wanted;
            while (SwedishHolidays.inBreak(after, ctx.settings.breakStart(), ctx.settings.breakEnd())) after = after.plusDays(1);
            return new Planned(wanted, Optional.empty(), Optional.of(ctx.t.get("series.summerBreak")),
                    Optional.of(nextGoodDay(after)));
        }
        Optional<String> reason = SwedishHolidays.holiday(wanted)
                .or(() -> SwedishHolidays.isBridgeDay(wanted) ? Optional.of(ctx.t.get("series.bridgeDay")) : Optional.empty())
                .or(() -> SwedishHolidays.isWeekend(wanted) ? Optional.of(ctx.t.get("series.weekend")) : Optional.empty());
        if (reason.isEmpty()) return new Planned(wanted, Optional.of(wanted), Optional.empty(), Optional.empty());
        int week = wanted.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        for (int delta = 1; delta <= 4; delta++) {
            for (int sign : new int[] {-1, 1}) {
                LocalDate d = wanted.plusDays((long) sign * delta);
                if (d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) == week && good(ctx, d) && !d.isBefore(ctx.today().plusDays(1))) {
                    return new Planned(wanted, Optional.of(d), reason, Optional.empty());
                }
            }
        }
        return new Planned(wanted, Optional.empty(), reason, Optional.of(nextGoodDay(wanted)));
    }

    private static boolean good(Ctx ctx, LocalDate d) {
        return SwedishHolidays.isWorkingDay(d) && !SwedishHolidays.isBridgeDay(d)
                && !SwedishHolidays.inBreak(d, ctx.settings.breakStart(), ctx.settings.breakEnd());
    }

    private static LocalDate nextGoodDay(LocalDate from) {
        LocalDate d = from;
        while (!SwedishHolidays.isWorkingDay(d) || SwedishHolidays.isBridgeDay(d)) d = d.plusDays(1);
        return d;
    }

    /** "värdar: Falkenberg, Hylte, Varberg"; "värdar: alla"/"roster": the roster's organisations in order. */
    private static List<String> hosts(Ctx ctx, String args) {
        Matcher h = HOSTS.matcher(args);
        if (!h.find()) return List.of();
        String list = h.group(1).strip().replaceAll("[.]$", "");
        if (list.toLowerCase(Locale.ROOT).matches("(alla|organisationerna|medlemmarnas organisationer|roster|all|members)")) {
            return ctx.roster().members().stream().map(Member::organisation).flatMap(Optional::stream).distinct().toList();
        }
        List<String> out = new ArrayList<>();
        for (String part : list.split(",|\\s+och\\s+|\\s+and\\s+")) {
            String p = part.strip();
            if (p.length() > 100) throw ctx.reject("meeting.placeTooLong", p.substring(0, 40) + "…");
            if (!p.isEmpty()) out.add(p);
        }
        return out;
    }

    private static Optional<TimeMatch> findTime(Ctx ctx, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) continue;
            Optional<TimeMatch> t = ctx.dates().time(text, i);
            if (t.isPresent()) return t;
        }
        return Optional.empty();
    }

    /** The month named ("september", "december 2027"): in the given year, or the next when it ends before {@code notBefore}. */
    private static YearMonth month(Matcher named, int year, LocalDate notBefore) {
        YearMonth ym = YearMonth.of(named.group(2) != null ? Integer.parseInt(named.group(2)) : year,
                SuggestCommands.monthNumber(named.group(1)));
        return ym.atEndOfMonth().isBefore(notBefore) ? ym.plusYears(1) : ym;
    }

    /** The end of the term a date is in: 30 June in the spring, 31 December in the autumn. */
    static LocalDate endOfTerm(LocalDate d) {
        return d.getMonthValue() <= 6 ? LocalDate.of(d.getYear(), 6, 30) : LocalDate.of(d.getYear(), 12, 31);
    }

    private static Optional<LocalDate> lastDate(Ctx ctx, SeriesRepository.Series series) {
        return ctx.store.series().meetings(ctx.scope, series.id()).stream()
                .map(id -> ctx.store.meetings().byId(ctx.scope, id)).flatMap(Optional::stream)
                .map(m -> m.startIn(ctx.group.zone()).toLocalDate()).max(LocalDate::compareTo);
    }

    private static Reply extend(Ctx ctx, String how) {
        SeriesRepository.Series series = ctx.store.series().current(ctx.scope)
                .orElseThrow(() -> ctx.refuse("series.none"));
        if (how.isBlank()) throw ctx.reject("series.extendHow");
        // the new end first: the hosts come last in the command, to its end
        return plan(ctx, how + " " + series.command()
                .replaceAll("(?iu)\\b(till och med|t\\.?o\\.?m\\.?|tom|till|until|through)\\s+\\S+(\\s+\\d{4})?", "")
                .replaceAll("(?iu)\\b\\d{1,2}\\s+(gånger|ggr|möten|tillfällen|times|meetings)\\b", ""), Optional.of(series));
    }

    private static Reply end(Ctx ctx) {
        SeriesRepository.Series series = ctx.store.series().current(ctx.scope).orElseThrow(() -> ctx.refuse("series.none"));
        int cancelled = 0;
        for (long id : ctx.store.series().meetings(ctx.scope, series.id())) {
            Optional<Meeting> m = ctx.store.meetings().byId(ctx.scope, id);
            if (m.isPresent() && !m.get().cancelled() && m.get().start().isAfter(ctx.now)) {
                ctx.store.meetings().cancel(ctx.scope, id);
                cancelled++;
            }
        }
        ctx.store.series().end(ctx.scope, series.id(), ctx.now);
        ctx.audit("series.end", String.valueOf(cancelled));
        return Reply.builder().text(ctx.t.get("series.ended", cancelled)).ok();
    }
}
