package se.samverka.core.meeting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import se.samverka.core.agenda.AgendaCommands;
import se.samverka.core.chat.Reply;
import se.samverka.core.domain.Attendance;
import se.samverka.core.domain.Meeting;
import se.samverka.core.domain.Member;
import se.samverka.core.domain.RoundTableEntry;
import se.samverka.core.engine.Ctx;
import se.samverka.core.justering.Lock;
import se.samverka.core.engine.Rejected;
import se.samverka.core.followup.FollowUp;
import se.samverka.core.group.Roster;
import se.samverka.core.port.RecordChanges;


/** förhinder, närvarande, närvaro, vid tangenterna, laget runt. */
public final class AttendanceCommands {
    private static final Pattern FOR = Pattern.compile("^(för|for)\\s+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern EVERYONE = Pattern.compile("^(alla|all|everyone)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern START = Pattern.compile("^(start|starta|begin)$", Pattern.CASE_INSENSITIVE);

    private AttendanceCommands() {}

    /** A meeting named at the start of the arguments (or the default), and the names after it. */
    private record MeetingAndNames(Meeting meeting, String names) {}

    private static MeetingAndNames meetingAndNames(Ctx ctx, Optional<Meeting> fallback, String noneKey) {
        Optional<MeetingFinder.Ref> ref = ctx.meetings().ref(ctx.args, 0);
        Meeting meeting = ref.map(MeetingFinder.Ref::meeting).or(() -> fallback)
                .orElseThrow(() -> ctx.refuse(noneKey));
        Lock.requireOpen(ctx, meeting);
        String names = ctx.args.substring(ref.map(MeetingFinder.Ref::end).orElse(0)).strip();
        return new MeetingAndNames(meeting, FOR.matcher(names).replaceFirst("").strip());
    }

    /** The members named, or the user when none are; naming others takes the chair or the secretary. */
    private static List<Member> who(Ctx ctx, String names) {
        return who(ctx, ctx.roster(), names);
    }

    /** The same, the names read in {@code roster} (the roster with a meeting's guests). */
    private static List<Member> who(Ctx ctx, Roster roster, String names) {
        Member actor = ctx.requireMember();
        if (names.isEmpty()) return List.of(actor);
        List<Member> members;
        if (EVERYONE.matcher(names).matches()) {
            members = ctx.roster().members();
        } else {
            Roster.OwnerResult result = roster.names(names);
            if (result instanceof Roster.OwnerProblem problem) throw ctx.unknownMember(problem);
            members = ((Roster.Owners) result).members();
        }
        if (!(members.size() == 1 && members.get(0).id() == actor.id())) ctx.requireManager();
        return members;
    }

    public static Reply absent(Ctx ctx) {
        MeetingAndNames target = meetingAndNames(ctx, ctx.meetings().currentOrNext(), "meeting.noneUpcoming");
        if (target.meeting().cancelled()) throw ctx.refuse("agenda.cancelled", ctx.meetings().describe(target.meeting()));
        List<Member> members = who(ctx, target.names());
        for (Member m : members) {
            ctx.store.attendance().set(ctx.scope, target.meeting().id(), m.id(), Attendance.Status.ABSENT, ctx.now);
        }
        ctx.audit("attendance.absent", Roster.listNames(members));
        return Reply.builder().text(ctx.t.get("absent.noted", Roster.listNames(members),
                ctx.meetings().describe(target.meeting()))).ok();
    }

    public static Reply present(Ctx ctx) {
        MeetingAndNames target = meetingAndNames(ctx, ctx.meetings().current(), "present.noMeeting");
        if (target.meeting().cancelled()) throw ctx.refuse("agenda.cancelled", ctx.meetings().describe(target.meeting()));
        boolean everyone = EVERYONE.matcher(target.names()).matches();
        Roster withGuests = ctx.roster().with(ctx.store.members().guests(ctx.scope, target.meeting().id()));
        List<String> unknown = everyone ? List.of() : GuestCommands.unknownNames(withGuests, target.names());
        if (!unknown.isEmpty() && ctx.actor.isPresent()) return GuestCommands.offer(ctx, unknown, target.meeting());
        List<Member> members = who(ctx, withGuests, target.names());
        if (everyone) {
            List<Long> absent = absentIds(ctx, target.meeting());
            members = members.stream().filter(m -> !absent.contains(m.id())).toList();
        }
        for (Member m : members) {
            ctx.store.attendance().set(ctx.scope, target.meeting().id(), m.id(), Attendance.Status.PRESENT, ctx.now);
        }
        ctx.audit("attendance.present", Roster.listNames(members));
        return Reply.builder().text(ctx.t.get("present.noted", Roster.listNames(members),
                ctx.meetings().describe(target.meeting()))).ok();
    }

    public static Reply attendance(Ctx ctx) {
        Meeting meeting = ctx.meetings().require(ctx.args, ctx.meetings().forAttendance(), "attendance.noMeeting");
        Map<Long, Attendance.Status> status = new LinkedHashMap<>();
        ctx.store.attendance().forMeeting(ctx.scope, meeting.id()).forEach(a -> status.put(a.memberId(), a.status()));
        List<String> present = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (Member m : ctx.roster().members()) {
            Attendance.Status s = status.get(m.id());
            (s == null ? unknown : s == Attendance.Status.PRESENT ? present : absent).add(m.withOrganisation());
        }
        for (Member guest : ctx.store.members().guests(ctx.scope, meeting.id())) {
            if (status.get(guest.id()) == Attendance.Status.PRESENT) {
                present.add(guest.withOrganisation() + " " + ctx.t.get("minutes.guestMark"));
            }
        }
        Reply.Builder reply = Reply.builder().heading(ctx.t.get("attendance.heading", ctx.meetings().describe(meeting)));
        reply.text(ctx.t.get("attendance.present", present.size())).items(present, false);
        reply.text(ctx.t.get("attendance.absent", absent.size())).items(absent, false);
        if (!unknown.isEmpty()) reply.text(ctx.t.get("attendance.unknown", unknown.size())).items(unknown, false);
        return reply.ok();
    }

    public static Reply noteTaker(Ctx ctx) {
        MeetingAndNames target = meetingAndNames(ctx, ctx.meetings().current().or(ctx.meetings()::next),
                "meeting.noneAtAll");
        List<Member> members = who(ctx, target.names());
        if (members.size() != 1) throw ctx.reject("noteTaker.one");
        ctx.store.meetings().setNoteTaker(ctx.scope, target.meeting().id(), members.get(0).id());
        ctx.audit("meeting.noteTaker", members.get(0).name());
        return Reply.builder().text(ctx.t.get("noteTaker.set", members.get(0).name(),
                ctx.meetings().describe(target.meeting()))).ok();
    }

    public static Reply round(Ctx ctx) {
        String args = ctx.args.strip();
        if (args.isEmpty()) return roundSummary(ctx, roundMeeting(ctx));
        if (START.matcher(args).matches()) return roundStart(ctx);
        Optional<MeetingFinder.Ref> ref = safeRef(ctx, args);
        if (ref.isPresent() && args.substring(ref.get().end()).isBlank()) return roundSummary(ctx, ref.get().meeting());
        String rest = ref.map(r -> args.substring(r.end()).strip()).orElse("");
        if (ref.isPresent() && reportedMember(ctx, rest).isPresent()) { // "laget runt 2026-11-02 Tor: …": that meeting's
            return roundReport(ctx, rest, Optional.of(ref.get().meeting()));
        }
        return roundReport(ctx, args, Optional.empty());
    }

    /** The member a report is about when it starts with their name and a colon ("Tor: …"). */
    private static Optional<Member> reportedMember(Ctx ctx, String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon >= 60) return Optional.empty();
        return ctx.roster().find(text.substring(0, colon)) instanceof Roster.Lookup.Found found
                ? Optional.of(found.member()) : Optional.empty();
    }

    private static Optional<MeetingFinder.Ref> safeRef(Ctx ctx, String args) {
        try {
            return ctx.meetings().ref(args, 0);
        } catch (se.samverka.core.time.DateProblem impossible) {
            if (impossible.fragment().equalsIgnoreCase(args.strip())) throw impossible; // "laget runt den 0": no report
            return Optional.empty();
        } catch (Rejected notAMeeting) {
            return Optional.empty(); // report text that starts like a date ("20 oktober var jag …")
        }
    }

    private static Meeting roundMeeting(Ctx ctx) {
        return ctx.meetings().currentOrNext().or(ctx.meetings()::latestPast)
                .orElseThrow(() -> ctx.refuse("meeting.noneAtAll"));
    }

    /** A report for {@code at} (named in the command), else for today's or the next meeting. */
    private static Reply roundReport(Ctx ctx, String text, Optional<Meeting> at) {
        Member actor = ctx.requireMember();
        Member about = actor;
        Optional<Member> named = reportedMember(ctx, text);
        if (named.isPresent()) {
            about = named.get();
            text = text.substring(text.indexOf(':') + 1).strip();
            if (about.id() != actor.id()) ctx.requireManager();
        }
        String report = AgendaCommands.checkText(ctx, text, "round.needText");
        Meeting meeting = at.or(() -> ctx.meetings().currentOrNext()).orElseThrow(() -> ctx.refuse("meeting.noneUpcoming"));
        if (meeting.cancelled()) throw ctx.refuse("agenda.cancelled", ctx.meetings().describe(meeting));
        Lock.requireOpen(ctx, meeting);
        RoundTableEntry entry = ctx.store.roundTable().add(ctx.scope, meeting.id(), about.id(), report, ctx.now);
        ctx.audit("round.report", about.name());
        ctx.logAdd(RecordChanges.Kind.ROUND, entry.id(), report);
        return Reply.builder().text(ctx.t.get("round.saved", about.name(), ctx.meetings().describe(meeting))).ok();
    }

    /** laget runt start: every member who has not reported is asked by direct message (where linked). */
    private static Reply roundStart(Ctx ctx) {
        ctx.requireMember();
        Meeting meeting = ctx.meetings().currentOrNext().orElseThrow(() -> ctx.refuse("meeting.noneUpcoming"));
        FollowUp.RoundAsk ask = FollowUp.askForRound(ctx, meeting);
        ctx.audit("round.start", String.valueOf(ask.asked().size()));
        List<String> missing = missing(ctx, meeting);
        Reply.Builder reply = Reply.builder().heading(ctx.t.get("round.startHeading", ctx.meetings().describe(meeting)))
                .text(ctx.t.get("round.startText"));
        if (!ask.asked().isEmpty()) reply.text(ctx.t.get("round.asked", String.join(", ", ask.asked())));
        if (!ask.unreachable().isEmpty()) reply.text(ctx.t.get("round.unreachable", String.join(", ", ask.unreachable())));
        if (!missing.isEmpty()) reply.context(ctx.t.get("round.waitingFor", String.join(", ", missing)));
        return reply.context(ctx.t.get("round.summaryWhen")).ok();
    }

    public static Reply roundSummary(Ctx ctx, Meeting meeting) {
        List<RoundTableEntry> entries = ctx.store.roundTable().forMeeting(ctx.scope, meeting.id());
        Reply.Builder reply = Reply.builder().heading(ctx.t.get("round.heading", ctx.meetings().describe(meeting)));
        if (entries.isEmpty()) {
            reply.text(ctx.t.get("round.none"));
        } else {
            reply.items(byMember(ctx, entries), false);
        }
        List<String> missing = missing(ctx, meeting);
        if (!missing.isEmpty()) reply.context(ctx.t.get("round.notReported", String.join(", ", missing)));
        return reply.context(ctx.t.get("round.hint")).ok();
    }

    /** "Tor: Traumadagarna i Stockholm; Beroendedagarna", one line per member in the order they reported. */
    public static List<String> byMember(Ctx ctx, List<RoundTableEntry> entries) {
        Map<Long, List<String>> reports = new LinkedHashMap<>();
        entries.forEach(e -> reports.computeIfAbsent(e.memberId(), k -> new ArrayList<>()).add(e.report()));
        List<String> lines = new ArrayList<>();
        reports.forEach((memberId, texts) -> lines.add(
                ctx.store.members().byId(ctx.scope, memberId).map(Member::firstName).orElse("?")
                        + ": " + String.join("; ", texts)));
        return lines;
    }

    private static List<String> missing(Ctx ctx, Meeting meeting) {
        return notReported(ctx, meeting).stream().map(Member::name).toList();
    }

    /** Members who have neither reported for the meeting nor sent apologies. */
    public static List<Member> notReported(Ctx ctx, Meeting meeting) {
        List<Long> reported = ctx.store.roundTable().forMeeting(ctx.scope, meeting.id()).stream()
                .map(RoundTableEntry::memberId).toList();
        List<Long> absent = absentIds(ctx, meeting);
        return ctx.roster().members().stream()
                .filter(m -> !reported.contains(m.id()) && !absent.contains(m.id()))
                .toList();
    }

    static List<Long> absentIds(Ctx ctx, Meeting meeting) {
        return ctx.store.attendance().forMeeting(ctx.scope, meeting.id()).stream()
                .filter(a -> a.status() == Attendance.Status.ABSENT).map(Attendance::memberId).toList();
    }

}
