package se.samverka.core.meeting;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverka.core.calendar.CalendarFiles;
import se.samverka.core.calendar.FeedCommands;
import se.samverka.core.chat.Block;
import se.samverka.core.chat.Button;
import se.samverka.core.chat.Reply;
import se.samverka.core.command.Verb;
import se.samverka.core.domain.Meeting;
import se.samverka.core.domain.Member;
import se.samverka.core.engine.Ctx;
import se.samverka.core.justering.Lock;
import se.samverka.core.time.DateMatch;
import se.samverka.core.time.TimeMatch;
import se.samverka.core.time.When;

/** möte, möten, flytta, ställ in. */
public final class MeetingCommands {
    private static final Pattern LEADING_PREPOSITION = Pattern.compile("^(i|in|på|at|@|plats:|place:)\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern HOST = Pattern.compile("(?:,\\s*|\\s+)(?:värd|host)\\s*:?\\s*(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TRAILING_PARENS = Pattern.compile("\\(([^()]+)\\)\\s*$");

    private MeetingCommands() {}

    /** Where and when a meeting starts and ends, with what should be said about the reading. */
    record Slot(ZonedDateTime start, ZonedDateTime end, List<String> notes) {}

    public static Reply add(Ctx ctx) {
        ctx.requireManager();
        if (ctx.args.isBlank()) throw ctx.reject("meeting.needDate", "");
        When when = ctx.dates().when(ctx.args, 0).orElseThrow(() -> ctx.reject("meeting.needDate", firstWords(ctx.args)));
        if (when.date().isEmpty()) throw ctx.reject("meeting.needDate", firstWords(ctx.args));
        Slot slot = slot(ctx, when.date().get(), when.time(), ctx.settings.meetingStart(),
                Duration.between(ctx.settings.meetingStart(), ctx.settings.meetingEnd()), true);
        if (slot.start().toInstant().isBefore(ctx.now)) {
            throw ctx.reject("meeting.inPast", ctx.t.meetingTime(slot.start(), slot.end()));
        }
        boolean clash = ctx.meetings().all().stream()
                .anyMatch(m -> !m.cancelled() && m.start().equals(slot.start().toInstant()));
        if (clash) throw ctx.refuse("meeting.duplicate", ctx.t.meetingTime(slot.start(), slot.end()));
        String rest = ctx.args.substring(when.end()).strip();
        Place place = place(ctx, rest);
        Meeting meeting = ctx.store.meetings().add(ctx.scope, slot.start().toInstant(), slot.end().toInstant(),
                place.place(), place.host(), UUID.randomUUID() + "@samverka");
        ctx.audit("meeting.add", meeting.icsUid());
        Reply.Builder reply = Reply.builder().text(ctx.t.get("meeting.added", ctx.meetings().describe(meeting)));
        GoodDays.warning(ctx, meeting).ifPresent(reply::add);
        slot.notes().forEach(reply::context);
        reply.context(ctx.t.get("meeting.addedHint"));
        CalendarFiles.attachment(ctx, meeting).ifPresent(reply::add);
        return reply.ok();
    }

    public static Reply list(Ctx ctx) {
        String arg = ctx.args.toLowerCase(Locale.ROOT).strip();
        boolean all = arg.equals("alla") || arg.equals("all");
        if (!arg.isEmpty() && !all) throw ctx.reject("meetings.badArg", ctx.args);
        List<Meeting> meetings = all ? ctx.meetings().all() : ctx.meetings().upcoming();
        if (meetings.isEmpty()) {
            return Reply.builder().text(ctx.t.get(all ? "meetings.none" : "meetings.noneUpcoming"))
                    .context(ctx.t.get("meetings.howToAdd")).ok();
        }
        Reply.Builder reply = Reply.builder()
                .heading(ctx.t.get(all ? "meetings.headingAll" : "meetings.heading", ctx.group.name()));
        meetings.forEach(m -> reply.add(entry(ctx, m)));
        calendarTrouble(ctx).ifPresent(reply::context);
        if (ctx.invitations.isPresent()) reply.context(ctx.t.get("feed.subscribe", FeedCommands.url(ctx, true)));
        return reply.context(ctx.t.get(all ? "meetings.hintAll" : "meetings.hint")).ok();
    }

    /** The meeting's line; a meeting still to come has a button to send apologies. */
    public static Block.Entry entry(Ctx ctx, Meeting m) {
        boolean ahead = !m.cancelled() && m.start().isAfter(ctx.now);
        List<Button> buttons = ahead ? List.of(new Button(ctx.t.get("button.absent"),
                Verb.ABSENT.word(ctx.lang) + " " + m.startIn(ctx.group.zone()).toLocalDate(), Button.Kind.RUN)) : List.of();
        String text = ctx.meetings().describe(m);
        Optional<String> join = ctx.store.calendarEvents().byMeeting(ctx.scope, m.id())
                .flatMap(se.samverka.core.port.CalendarEventRepository.Synced::joinUrl).filter(u -> !m.cancelled());
        if (join.isPresent()) text += " · " + ctx.t.get("calendar.teamsLink", join.get());
        return new Block.Entry(text, buttons);
    }

    /** Meetings whose Outlook invitation could not be sent or changed yet, with when it is tried again. */
    private static Optional<String> calendarTrouble(Ctx ctx) {
        List<se.samverka.core.port.CalendarEventRepository.Synced> failing = ctx.store.calendarEvents().failing(ctx.scope);
        if (failing.isEmpty()) return Optional.empty();
        var first = failing.get(0);
        String next = first.nextTry().map(t -> ctx.t.time(t.atZone(ctx.group.zone()).toLocalTime())).orElse("");
        return Optional.of(ctx.t.get("calendar.failing", failing.size(), next, first.lastError().orElse("")));
    }

    public static Reply move(Ctx ctx) {
        ctx.requireManager();
        if (ctx.args.isBlank()) throw ctx.reject("move.what", "");
        MeetingFinder.Ref ref = ctx.meetings().ref(ctx.args, 0)
                .orElseThrow(() -> ctx.reject("meeting.notAMeeting", firstWords(ctx.args)));
        Meeting meeting = ref.meeting();
        if (meeting.cancelled()) throw ctx.refuse("move.cancelled", ctx.meetings().describe(meeting));
        Lock.requireOpen(ctx, meeting); // justerade minutes say when it was held
        String rest = ctx.args.substring(ref.end()).strip().replaceFirst("(?iu)^(till|to)\\s+", "");
        if (rest.isEmpty()) throw ctx.reject("move.toWhen", "");
        Slot slot = newSlot(ctx, meeting, rest, "move.toWhen");
        ZonedDateTime oldStart = meeting.startIn(ctx.group.zone());
        ZonedDateTime oldEnd = meeting.endIn(ctx.group.zone());
        if (slot.start().toInstant().equals(meeting.start()) && slot.end().toInstant().equals(meeting.end())) {
            throw ctx.refuse("move.same", ctx.meetings().describe(meeting));
        }
        ctx.store.meetings().reschedule(ctx.scope, meeting.id(), slot.start().toInstant(), slot.end().toInstant());
        ctx.audit("meeting.move", meeting.icsUid());
        Meeting moved = ctx.store.meetings().byId(ctx.scope, meeting.id()).orElseThrow();
        Reply.Builder reply = Reply.builder().text(ctx.t.get("move.done", ctx.t.meetingTime(oldStart, oldEnd),
                ctx.meetings().describe(moved)));
        GoodDays.warning(ctx, moved).ifPresent(reply::add);
        slot.notes().forEach(reply::context);
        CalendarFiles.attachment(ctx, moved).ifPresent(reply::add);
        return reply.ok();
    }

    /**
     * The new start and end {@code rest} gives a meeting ("22 oktober 13-16", "14-16": a time alone keeps the day, a
     * start alone keeps the length); refused with {@code formKey} when it is no time, or one in the past.
     */
    static Slot newSlot(Ctx ctx, Meeting meeting, String rest, String formKey) {
        When when = ctx.dates().when(rest, 0).orElseThrow(() -> ctx.reject(formKey, firstWords(rest)));
        if (!rest.substring(when.end()).isBlank()) throw ctx.reject(formKey, rest);
        ZonedDateTime oldStart = meeting.startIn(ctx.group.zone());
        ZonedDateTime oldEnd = meeting.endIn(ctx.group.zone());
        DateMatch date = when.date().orElse(new DateMatch(oldStart.toLocalDate(), 0, true, false));
        Slot slot = slot(ctx, date, when.time(), oldStart.toLocalTime(), Duration.between(oldStart, oldEnd), false);
        if (slot.start().toInstant().isBefore(ctx.now)) {
            throw ctx.reject("meeting.inPast", ctx.t.meetingTime(slot.start(), slot.end()));
        }
        return slot;
    }

    public static Reply cancel(Ctx ctx) {
        ctx.requireManager();
        if (ctx.args.isBlank()) throw ctx.reject("cancel.which", "");
        Meeting meeting = ctx.meetings().require(ctx.args, Optional.empty(), "meeting.noneUpcoming");
        if (meeting.cancelled()) throw ctx.refuse("cancel.already", ctx.meetings().describe(meeting));
        Lock.requireOpen(ctx, meeting);
        if (!meeting.end().isAfter(ctx.now)) throw ctx.refuse("cancel.past", ctx.meetings().describe(meeting));
        ctx.store.meetings().cancel(ctx.scope, meeting.id());
        ctx.audit("meeting.cancel", meeting.icsUid());
        Reply.Builder reply = Reply.builder().text(ctx.t.get("cancel.done", ctx.meetings().describe(meeting)));
        ctx.store.meetings().byId(ctx.scope, meeting.id()).flatMap(m -> CalendarFiles.attachment(ctx, m)).ifPresent(reply::add);
        return reply.ok();
    }

    /**
     * The start and end of a meeting on {@code date}: the given time, or {@code defaultStart}; an end that is not
     * given comes {@code length} after the start. The notes tell the user what the bot assumed.
     */
    private static Slot slot(Ctx ctx, DateMatch date, Optional<TimeMatch> time, LocalTime defaultStart,
                             Duration length, boolean mentionDefault) {
        List<String> notes = new ArrayList<>();
        if (date.rolledForward()) notes.add(ctx.t.get("date.rolled", ctx.t.longDate(date.date())));
        LocalTime start = time.map(t -> t.range().start()).orElse(defaultStart);
        ZonedDateTime startAt = date.date().atTime(start).atZone(ctx.group.zone());
        ZonedDateTime endAt;
        Optional<LocalTime> givenEnd = time.flatMap(t -> t.range().end());
        if (givenEnd.isPresent()) {
            endAt = date.date().atTime(givenEnd.get()).atZone(ctx.group.zone());
        } else {
            endAt = startAt.plus(length);
            if (!endAt.toLocalDate().equals(date.date())) endAt = date.date().atTime(23, 59).atZone(ctx.group.zone());
            if (time.isPresent()) {
                notes.add(ctx.t.get("meeting.defaultEnd", ctx.t.time(endAt.toLocalTime())));
            } else if (mentionDefault) {
                notes.add(ctx.t.get("meeting.defaultTime", ctx.t.time(start), ctx.t.time(endAt.toLocalTime())));
            }
        }
        return new Slot(startAt, endAt, notes);
    }

    /** Place and host organisation of a meeting. */
    record Place(Optional<String> place, Optional<String> host) {}

    /**
     * "Halmstad (Länsstyrelsen)" → place Halmstad, host Länsstyrelsen; "Falkenberg" → place Falkenberg and,
     * when an organisation on the roster is called so, host Falkenberg; "Stadshuset, värd: Laholm" → host Laholm.
     */
    static Place place(Ctx ctx, String text) {
        String rest = LEADING_PREPOSITION.matcher(text.strip()).replaceFirst("").strip();
        Optional<String> host = Optional.empty();
        Matcher m = HOST.matcher(rest);
        if (m.find()) {
            host = Optional.of(m.group(1).strip());
            rest = rest.substring(0, m.start()).strip();
        } else if ((m = TRAILING_PARENS.matcher(rest)).find()) {
            host = Optional.of(m.group(1).strip());
            rest = rest.substring(0, m.start()).strip();
        }
        rest = rest.replaceAll("[,;]\\s*$", "").strip();
        if (rest.length() > 200) throw ctx.reject("meeting.placeTooLong", rest.substring(0, 40) + "…");
        if (host.isEmpty() && !rest.isEmpty()) {
            String lower = rest.toLowerCase(Locale.ROOT);
            host = ctx.roster().members().stream().map(Member::organisation).flatMap(Optional::stream).distinct()
                    .filter(org -> lower.equals(org.toLowerCase(Locale.ROOT))
                            || lower.startsWith(org.toLowerCase(Locale.ROOT) + " ")
                            || lower.startsWith(org.toLowerCase(Locale.ROOT) + ","))
                    .findFirst();
        }
        return new Place(Optional.of(rest).filter(s -> !s.isEmpty()), host);
    }

    static String firstWords(String text) {
        String[] words = text.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOfRange(words, 0, Math.min(3, words.length)));
    }
}
