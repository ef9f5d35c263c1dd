package se.samverka.core.meeting;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverka.core.domain.Meeting;
import se.samverka.core.engine.Ctx;
import se.samverka.core.time.DateMatch;

/** Finds the meeting a command is about: the next one, today's, the last one, or the one on a date. */
public final class MeetingFinder {
    /** Decisions and reports are recorded for a meeting up to this long after it. */
    static final Duration RECENT = Duration.ofDays(7);

    private static final Pattern NEXT = Pattern.compile("(nästa|next)(\\s+möte|\\s+meeting)?(?=$|[\\s,:])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LAST = Pattern.compile(
            "(förra|senaste|last|previous)(\\s+mötet|\\s+möte|\\s+meeting)?(?=$|[\\s,:])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A meeting named at the start of a text, and where the name ends. */
    public record Ref(Meeting meeting, int end) {}

    private final Ctx ctx;
    private List<Meeting> all;

    public MeetingFinder(Ctx ctx) {
        this.ctx = ctx;
    }

    public List<Meeting> all() {
        if (all == null) all = ctx.store.meetings().all(ctx.scope);
        return all;
    }

    public List<Meeting> upcoming() {
        return all().stream().filter(m -> !m.cancelled() && m.end().isAfter(ctx.now)).toList();
    }

    /** The first planned meeting that has not started. */
    public Optional<Meeting> next() {
        return upcoming().stream().filter(m -> m.start().isAfter(ctx.now)).findFirst();
    }

    /** The first planned meeting on a later day than today: what "till nästa möte" means. */
    public Optional<Meeting> nextAfterToday() {
        LocalDate today = ctx.today();
        return upcoming().stream().filter(m -> localDate(m).isAfter(today)).findFirst();
    }

    /** The planned meeting that started last. */
    public Optional<Meeting> latestPast() {
        return all().stream().filter(m -> !m.cancelled() && !m.start().isAfter(ctx.now))
                .max(Comparator.comparing(Meeting::start));
    }

    /** Today's meeting, or one that ended in the last week: the meeting decisions are recorded for. */
    public Optional<Meeting> current() {
        LocalDate today = ctx.today();
        Optional<Meeting> todays = all().stream().filter(m -> !m.cancelled() && localDate(m).equals(today)).findFirst();
        if (todays.isPresent()) return todays;
        return latestPast().filter(m -> m.end().plus(RECENT).isAfter(ctx.now));
    }

    /** Today's meeting or the next one: the meeting agenda items, apologies and reports are for. */
    public Optional<Meeting> currentOrNext() {
        LocalDate today = ctx.today();
        return all().stream().filter(m -> !m.cancelled() && localDate(m).equals(today)).findFirst().or(this::next);
    }

    /**
     * Today's meeting, else the next one, else one that ended in the last week: who is coming (närvaro). Never a
     * meeting long past, however recent the last one held was: that one is asked for by name ("närvaro förra").
     */
    Optional<Meeting> forAttendance() {
        return currentOrNext().or(this::current);
    }

    /** Current, else the last held meeting, else the next one: the meeting minutes are written for. */
    public Optional<Meeting> forMinutes() {
        return current().or(this::latestPast).or(this::next);
    }

    /**
     * A meeting named at {@code from}: "nästa", "förra", or a date ("20 oktober", "2026-10-20"). A date without
     * a year finds the meeting on that day nearest to today, this year, last year or next. Empty when the text
     * names no meeting; a rejection when it names one that does not exist.
     */
    public Optional<Ref> ref(String text, int from) {
        String rest = text.substring(from);
        int lead = rest.length() - rest.stripLeading().length();
        Matcher m = NEXT.matcher(rest.stripLeading());
        if (m.lookingAt()) {
            Meeting next = next().orElseThrow(() -> ctx.refuse("meeting.noneUpcoming"));
            return Optional.of(new Ref(next, from + lead + m.end()));
        }
        m = LAST.matcher(rest.stripLeading());
        if (m.lookingAt()) {
            Meeting last = latestPast().orElseThrow(() -> ctx.refuse("meeting.noneHeld"));
            return Optional.of(new Ref(last, from + lead + m.end()));
        }
        Optional<DateMatch> date = ctx.dates().date(text, from);
        if (date.isEmpty()) return Optional.empty();
        return Optional.of(new Ref(onDate(date.get(), text.substring(from, date.get().end()).strip()), date.get().end()));
    }

    /** The meeting the whole of {@code args} names, or {@code fallback} when args is empty. */
    public Meeting require(String args, Optional<Meeting> fallback, String noneKey) {
        if (args.isBlank()) return fallback.orElseThrow(() -> ctx.refuse(noneKey));
        Ref ref = ref(args, 0).orElseThrow(() -> ctx.reject("meeting.notAMeeting", args));
        if (!args.substring(ref.end()).isBlank()) throw ctx.reject("meeting.notAMeeting", args);
        return ref.meeting();
    }

    private Meeting onDate(DateMatch date, String written) {
        List<LocalDate> candidates = new ArrayList<>(List.of(date.date()));
        if (!date.yearGiven()) {
            candidates.add(date.date().minusYears(1));
            candidates.add(date.date().plusYears(1));
        }
        LocalDate today = ctx.today();
        return candidates.stream()
                .flatMap(d -> all().stream().filter(m -> localDate(m).equals(d)))
                .min(Comparator.comparing((Meeting m) -> m.cancelled())
                        .thenComparing(m -> Math.abs(localDate(m).toEpochDay() - today.toEpochDay())))
                .orElseThrow(() -> ctx.refuse("meeting.noneOnDate", written.toLowerCase(Locale.ROOT),
                        ctx.t.longDate(date.date())));
    }

    public LocalDate localDate(Meeting m) {
        return m.startIn(zone()).toLocalDate();
    }

    ZoneId zone() {
        return ctx.group.zone();
    }

    /** "tisdag 20 oktober 2026, 09.00–12.00 · Halmstad (Länsstyrelsen)". */
    public String describe(Meeting m) {
        StringBuilder out = new StringBuilder(ctx.t.meetingTime(m.startIn(zone()), m.endIn(zone())));
        placeText(m).ifPresent(p -> out.append(" · ").append(p));
        if (m.cancelled()) out.append(" — ").append(ctx.t.get("meeting.cancelledMark"));
        return out.toString();
    }

    /** "Halmstad (Länsstyrelsen)", "Falkenberg". */
    public static Optional<String> placeText(Meeting m) {
        if (m.place().isPresent() && m.host().isPresent() && !m.place().get().contains(m.host().get())) {
            return Optional.of(m.place().get() + " (" + m.host().get() + ")");
        }
        return m.place().or(m::host);
    }
}
