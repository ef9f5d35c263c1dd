package se.samverka.core.justering;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverka.core.chat.Reply;
import se.samverka.core.command.Verb;
import se.samverka.core.domain.Meeting;
import se.samverka.core.domain.Member;
import se.samverka.core.engine.Ctx;
import se.samverka.core.group.Roster;
import se.samverka.core.meeting.MeetingFinder;
import se.samverka.core.minutes.MinutesWriter;
import se.samverka.core.port.ArchiveRenderer;
import se.samverka.core.port.Justering;
import se.samverka.core.web.WebLinks;

/**
 * justerare / adjuster, protokoll klart / minutes ready, justera / approve, begär ändring / request change and
 * protokoll status / minutes status: a meeting's minutes from utkast, sent for justering, to justerade and locked.
 */
public final class JusteringCommands {
    private static final Pattern IMMEDIATE = Pattern.compile("(?iu)^D\\s?(\\d{1,6})\\s+(omedelbart|immediately)$");

    private JusteringCommands() {}

    /** justerare Tor, Sara [2 november]: the meeting's justerare, from the roster and the meeting's guests. */
    public static Reply adjusters(Ctx ctx) {
        ctx.requireManager();
        NamesAndMeeting target = namesAndMeeting(ctx);
        Meeting meeting = target.meeting();
        Lock.requireOpen(ctx, meeting);
        if (target.names().isBlank()) throw ctx.reject("justering.noNames");
        Roster roster = ctx.roster().with(ctx.store.members().guests(ctx.scope, meeting.id()));
        Roster.OwnerResult result = roster.names(target.names());
        if (result instanceof Roster.OwnerProblem problem) throw ctx.unknownMember(problem);
        List<Member> chosen = ((Roster.Owners) result).members().stream().distinct().toList();
        ctx.store.justering().setAdjusters(ctx.scope, meeting.id(), chosen.stream().map(Member::id).toList());
        ctx.audit("justering.adjusters", Roster.listNames(chosen));
        return Reply.builder().text(ctx.t.get("justering.adjustersSet", ctx.meetings().describe(meeting), Roster.listNames(chosen)))
                .ok();
    }

    private record NamesAndMeeting(String names, Meeting meeting) {}

    /** The names, and the meeting named after them (else the current or latest held). */
    private static NamesAndMeeting namesAndMeeting(Ctx ctx) {
        String args = ctx.args.strip();
        Matcher word = Pattern.compile("\\s+").matcher(args);
        while (word.find()) {
            Optional<MeetingFinder.Ref> ref = ctx.meetings().ref(args, word.end());
            if (ref.isPresent() && args.substring(ref.get().end()).isBlank()) {
                return new NamesAndMeeting(args.substring(0, word.start()), ref.get().meeting());
            }
        }
        return new NamesAndMeeting(args, ctx.meetings().forMinutes().orElseThrow(() -> ctx.refuse("meeting.noneAtAll")));
    }

    /** protokoll klart [<möte>]: the minutes as they read now become the version the justerare are asked to approve. */
    public static Reply ready(Ctx ctx, Optional<WebLinks> web) {
        Member actor = ctx.requireMember();
        Meeting meeting = ctx.meetings().require(ctx.args, ctx.meetings().forMinutes(), "meeting.noneAtAll");
        boolean noteTaker = meeting.noteTakerId().filter(id -> id == actor.id()).isPresent();
        if (!ctx.manages(actor) && !noteTaker) throw ctx.refuse("justering.notSecretary", ctx.managersText());
        Lock.requireOpen(ctx, meeting);
        String date = ctx.meetings().localDate(meeting).toString();
        List<Member> adjusters = States.adjusters(ctx, meeting);
        if (adjusters.isEmpty()) {
            throw ctx.refuse("justering.noAdjusters", ctx.meetings().describe(meeting), Verb.ADJUSTERS.word(ctx.lang), date);
        }
        Optional<Justering.Version> latest = ctx.store.justering().latest(ctx.scope, meeting.id());
        if (latest.filter(v -> v.state() == Justering.State.SENT).isPresent()) {
            throw ctx.refuse("justering.alreadySent", ctx.meetings().describe(meeting), latest.get().number());
        }
        Justering.Version version = latest.orElseGet(() -> ctx.store.justering().open(ctx.scope, meeting.id(), 1,
                Optional.empty(), ctx.actorId(), ctx.now));
        ctx.store.justering().send(version.id(), MinutesWriter.markdown(ctx, meeting), ctx.actorId(), ctx.now);
        List<String> unreachable = Asks.askAdjusters(ctx, meeting, version, adjusters, web);
        ctx.audit("justering.ready", date + " v" + version.number());
        Reply.Builder reply = Reply.builder().text(ctx.t.get("justering.sent", ctx.meetings().describe(meeting),
                version.number(), Roster.listNames(adjusters)));
        reply.context(ctx.t.get("justering.sentHow", Verb.APPROVE.word(ctx.lang), Verb.REQUEST_CHANGE.word(ctx.lang)));
        if (!unreachable.isEmpty()) reply.context(ctx.t.get("justering.unreachable", String.join(", ", unreachable)));
        return reply.ok();
    }

    /**
     * justera [<möte>] / justera D3 omedelbart. The last approval locks the minutes and stores their archive copy
     * (PDF/A, rendered by {@code archive} when the deployment has it) in the same transaction.
     */
    public static Reply approve(Ctx ctx, Optional<ArchiveRenderer> archive) {
        Matcher immediate = IMMEDIATE.matcher(ctx.args.strip());
        if (immediate.matches()) return Immediate.approve(ctx, Integer.parseInt(immediate.group(1)));
        Member actor = ctx.requireMember();
        Meeting meeting = awaited(ctx, actor, ctx.args);
        Justering.Version version = sentVersion(ctx, meeting);
        List<Member> adjusters = requireAdjuster(ctx, meeting, actor);
        if (!ctx.store.justering().approve(version.id(), actor.id(), ctx.now)) {
            throw ctx.refuse("justering.alreadyApproved", ctx.meetings().describe(meeting), version.number());
        }
        ctx.audit("justering.approve", ctx.meetings().localDate(meeting) + " v" + version.number());
        List<Long> approved = ctx.store.justering().approvals(version.id()).stream().map(Justering.Approval::memberId).toList();
        List<Member> waiting = adjusters.stream().filter(m -> !approved.contains(m.id())).toList();
        if (!waiting.isEmpty()) {
            return Reply.builder().text(ctx.t.get("justering.approvedWaiting", actor.name(), ctx.meetings().describe(meeting),
                    Roster.listNames(waiting))).ok();
        }
        ctx.store.justering().lock(version.id(), ctx.now);
        Optional<Justering.ArchiveEntry> copy = ArchiveCopies.keep(ctx, meeting, version, adjusters, archive);
        SendOut.Summary sent = SendOut.enqueue(ctx, meeting, version, adjusters);
        Reply.Builder reply = Reply.builder().text(ctx.t.get("justering.approvedAll", ctx.meetings().describe(meeting),
                version.number(), Roster.listNames(adjusters), States.date(ctx, ctx.now)));
        copy.ifPresent(c -> reply.context(ctx.t.get("justering.archived", c.bytes(), c.sha256())));
        SendOut.lines(ctx.t, sent).forEach(reply::context);
        return reply.ok();
    }

    /** begär ändring <kommentar>: the version goes back to utkast, and the comment to the secretary. */
    public static Reply requestChange(Ctx ctx) {
        Member actor = ctx.requireMember();
        String comment = ctx.args.strip();
        if (comment.isEmpty()) throw ctx.reject("justering.noComment");
        if (comment.length() > 1000) throw ctx.reject("justering.commentTooLong", comment.length());
        Meeting meeting = awaited(ctx, actor, "");
        Justering.Version version = sentVersion(ctx, meeting);
        requireAdjuster(ctx, meeting, actor);
        ctx.store.justering().changeRequested(version.id(), comment);
        ctx.audit("justering.changeRequested", ctx.meetings().localDate(meeting) + " v" + version.number());
        String to = Asks.tellSecretary(ctx, meeting, version, actor, comment);
        return Reply.builder().text(ctx.t.get("justering.changeSent", ctx.meetings().describe(meeting), to))
                .context(ctx.t.get("justering.changeContext", Verb.MINUTES_READY.word(ctx.lang))).ok();
    }

    /** protokoll status [<möte>]. */
    public static Reply status(Ctx ctx) {
        Meeting meeting = ctx.meetings().require(ctx.args, ctx.meetings().forMinutes(), "meeting.noneAtAll");
        Reply.Builder reply = Reply.builder().heading(ctx.t.get("justering.statusHeading", ctx.meetings().describe(meeting)))
                .text(States.line(ctx, meeting));
        List<Member> adjusters = States.adjusters(ctx, meeting);
        reply.context(adjusters.isEmpty()
                ? ctx.t.get("justering.noneChosen", Verb.ADJUSTERS.word(ctx.lang), ctx.meetings().localDate(meeting))
                : ctx.t.get("justering.adjustersAre", Roster.listNames(adjusters)));
        return reply.ok();
    }

    /** The meeting named, else the latest one sent to the member for justering, else the current or latest held. */
    private static Meeting awaited(Ctx ctx, Member actor, String args) {
        if (!args.isBlank()) return ctx.meetings().require(args, Optional.empty(), "meeting.noneAtAll");
        List<Meeting> all = new ArrayList<>(ctx.meetings().all());
        for (int i = all.size() - 1; i >= 0; i--) {
            Meeting m = all.get(i);
            boolean sent = ctx.store.justering().latest(ctx.scope, m.id()).filter(v -> v.state() == Justering.State.SENT).isPresent();
            if (sent && ctx.store.justering().adjusters(ctx.scope, m.id()).contains(actor.id())) return m;
        }
        return ctx.meetings().forMinutes().orElseThrow(() -> ctx.refuse("meeting.noneAtAll"));
    }

    private static Justering.Version sentVersion(Ctx ctx, Meeting meeting) {
        Optional<Justering.Version> latest = ctx.store.justering().latest(ctx.scope, meeting.id());
        if (latest.filter(Justering.Version::locked).isPresent()) {
            throw ctx.refuse("justering.alreadyLocked", ctx.meetings().describe(meeting), States.line(ctx, meeting));
        }
        return latest.filter(v -> v.state() == Justering.State.SENT)
                .orElseThrow(() -> ctx.refuse("justering.notSent", ctx.meetings().describe(meeting), Verb.MINUTES_READY.word(ctx.lang)));
    }

    private static List<Member> requireAdjuster(Ctx ctx, Meeting meeting, Member actor) {
        List<Member> adjusters = States.adjusters(ctx, meeting);
        if (adjusters.stream().noneMatch(m -> m.id() == actor.id())) {
            throw ctx.refuse("justering.notAdjuster", actor.name(), ctx.meetings().describe(meeting), Roster.listNames(adjusters));
        }
        return adjusters;
    }
}
