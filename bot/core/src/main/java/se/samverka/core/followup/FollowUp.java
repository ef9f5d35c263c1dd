package se.samverka.core.followup;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.samverka.core.actions.ActionCommands;
import se.samverka.core.agenda.AgendaCommands;
import se.samverka.core.agenda.AgendaView;
import se.samverka.core.chat.ChatUser;
import se.samverka.core.chat.ConversationRef;
import se.samverka.core.chat.IncomingCommand;
import se.samverka.core.chat.Reply;
import se.samverka.core.command.Verb;
import se.samverka.core.domain.Group;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.engine.Ctx;
import se.samverka.core.engine.Settings;
import se.samverka.core.meeting.AttendanceCommands;
import se.samverka.core.port.Outbox;
import se.samverka.core.port.Store;
import se.samverka.core.time.SwedishHolidays;

/**
 * Plans what the bot sends on its own and queues it in the outbox, each under a key that makes it once: the weekly
 * digest of every group at its day and time in the group's zone ("digest:12:2026-W45"). Run by the scheduler every
 * minute; a run after a pause catches up on what is at most {@link #CATCH_UP} late, and nothing twice.
 */
public final class FollowUp {
    static final Duration CATCH_UP = Duration.ofDays(3);

    private final Store store;
    private final Clock clock;
    private final Settings settings;

    public FollowUp(Store store, Clock clock, Settings settings) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Queues what is due for every group; returns how many messages were queued. */
    public int plan() {
        List<GroupScope> groups = store.transactions().inTransaction(() -> store.groups().everyGroup(), g -> true);
        int queued = 0;
        for (GroupScope scope : groups) {
            queued += store.transactions().inTransaction(() -> digest(scope) + reminders(scope), n -> true);
        }
        return queued;
    }

    /** Reminders a group can turn off one by one (påminnelser … av). */
    enum Reminder {
        AGENDA_CALL("agendaCall"), AGENDA("agenda"), DUE("due"), CHAIR("chair"), ROUND("round"), CARRY_OVER("carryOver");

        final String key;

        Reminder(String key) {
            this.key = key;
        }

        boolean on(Store store, GroupScope scope) {
            return store.settings().get(scope, "reminder." + key).map(Boolean::parseBoolean).orElse(true);
        }
    }

    static final int AGENDA_CALL_DAYS = 7;
    static final int CHAIR_DAYS = 3;
    static final int ROUND_DAYS = 5;
    static final int CARRY_DAYS = 4;
    /** The round-the-table summary is posted this long before the meeting starts. */
    static final Duration ROUND_SUMMARY_BEFORE = Duration.ofHours(2);
    static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);

    /**
     * The reminders due now: the call for agenda items a week before a meeting, the agenda the day before, the chair
     * told three days before when the agenda is empty (all at 09.00 local time), and owners reminded of items due in
     * two days and of overdue ones (at most once a week per item), by direct message where they are linked.
     */
    private int reminders(GroupScope scope) {
        Optional<Group> found = store.groups().byScope(scope);
        List<String> channels = store.groups().channels(scope);
        Optional<String[]> workspace = store.groups().workspaceOf(scope.workspaceId());
        if (found.isEmpty() || channels.isEmpty() || workspace.isEmpty()) return 0;
        Group group = found.get();
        Instant now = clock.instant();
        ZonedDateTime local = now.atZone(group.zone());
        LocalDate today = local.toLocalDate();
        // reminders go out at 09.00 on working days only (see window)
        boolean morning = !local.toLocalTime().isBefore(REMINDER_TIME) && SwedishHolidays.isWorkingDay(today);
        Outbox.Address channel = new Outbox.Address(workspace.get()[0], workspace.get()[1], channels.get(0));
        Ctx ctx = new Ctx(new IncomingCommand(new ConversationRef(channel.platform(), channel.workspace(), channel.target()),
                new ChatUser("samverka", "Samverka", Optional.empty(), false), ""), Verb.AGENDA, "", group.lang(), store, group,
                Optional.empty(), now, settings, Optional.empty(), Optional.empty());
        int queued = 0;
        List<se.samverka.core.domain.ActionItem> open = store.actions().open(scope);
        java.util.Map<Long, Outbox.Address> addresses = new java.util.HashMap<>();
        java.util.function.Function<se.samverka.core.domain.Member, Outbox.Address> personal =
                member -> addresses.computeIfAbsent(member.id(), id -> personal(scope, member, channel));
        for (se.samverka.core.domain.Meeting m : store.meetings().upcoming(scope, now)) {
            LocalDate day = m.startIn(group.zone()).toLocalDate();
            if (Reminder.ROUND.on(store, scope)) queued += round(ctx, channel, m, morning && window(today, day, ROUND_DAYS, 1));
            if (!morning) continue;
            List<se.samverka.core.domain.AgendaItem> agenda = AgendaView.items(store, scope, m, now);
            if (Reminder.AGENDA_CALL.on(store, scope) && window(today, day, AGENDA_CALL_DAYS, 2)) {
                queued += queue(scope, "agenda-call:" + m.id() + ":" + day, "agenda-call", channel, Reply.builder()
                        .text(ctx.t.get("reminder.agendaCall", ctx.meetings().describe(m)))
                        .context(ctx.t.get("agenda.howToAdd")).ok(), now);
            }
            if (Reminder.CARRY_OVER.on(store, scope) && window(today, day, CARRY_DAYS, 1)) {
                queued += carryOver(ctx, channel, m, open, personal);
            }
            if (Reminder.AGENDA.on(store, scope) && window(today, day, 1, 1)) {
                Reply shown = AgendaCommands.show(new Ctx(ctx.in, Verb.AGENDA, day.toString(), group.lang(), store, group,
                        Optional.empty(), now, settings, Optional.empty(), Optional.empty()));
                queued += queue(scope, "agenda:" + m.id() + ":" + day, "agenda", channel, shown.withShared(true), now);
                AgendaView.send(store, scope, m, now); // the agenda is out: its numbers stay
            }
            if (Reminder.CHAIR.on(store, scope) && window(today, day, CHAIR_DAYS, 1) && agenda.isEmpty()) {
                Reply notice = Reply.builder().text(ctx.t.get("reminder.noAgenda", ctx.meetings().describe(m))).ok();
                for (se.samverka.core.domain.Member chair : store.members().roster(scope)) {
                    if (chair.role() != se.samverka.core.domain.Role.CHAIR) continue;
                    queued += queue(scope, "no-agenda:" + m.id() + ":" + day + ":" + chair.id(), "no-agenda",
                            personal.apply(chair), notice, now);
                }
            }
        }
        if (morning && Reminder.DUE.on(store, scope)) {
            String week = local.get(IsoFields.WEEK_BASED_YEAR) + "-W" + local.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            for (se.samverka.core.domain.ActionItem a : open) {
                if (a.due().isEmpty()) continue;
                long left = java.time.temporal.ChronoUnit.DAYS.between(today, a.due().get());
                // two days before (or the working day before that), and once a week from the next working day after
                String key = left >= 0 && window(today, a.due().get(), 2, 2) ? "due:" + a.id()
                        : left < 0 ? "overdue:" + a.id() + ":" + week : null;
                if (key == null) continue;
                String text = ctx.t.get(left < 0 ? "reminder.overdue" : "reminder.due", ActionCommands.line(ctx, a));
                Reply reminder = Reply.builder().entry(text, new se.samverka.core.chat.Button(ctx.t.get("button.done"),
                        Verb.DONE.word(group.lang()) + " " + a.number(), se.samverka.core.chat.Button.Kind.RUN, Optional.of(channel.target())))
                        .ok();
                for (se.samverka.core.domain.Member owner : reminded(ctx, a)) {
                    queued += queue(scope, key + ":" + owner.id(), left < 0 ? "overdue" : "due", personal.apply(owner),
                            reminder, now);
                }
            }
        }
        return queued;
    }

    /**
     * Laget runt: members asked by direct message {@value #ROUND_DAYS} days before the meeting (at 09.00), and the
     * summary — reports and who has not reported — posted in the channel two hours before it starts, when the round
     * was started (by the bot or with laget runt start) or reports came in.
     */
    private int round(Ctx ctx, Outbox.Address channel, se.samverka.core.domain.Meeting m, boolean ask) {
        int queued = 0;
        if (ask) queued += askForRound(ctx, m).asked().size();
        Instant summaryAt = m.start().minus(ROUND_SUMMARY_BEFORE);
        if (!ctx.now.isBefore(summaryAt) && ctx.now.isBefore(m.start())
                && (store.outbox().anyWithPrefix(ROUND_ASK + m.id() + ":") || !store.roundTable().forMeeting(ctx.scope, m.id()).isEmpty())) {
            queued += queue(ctx.scope, "round-summary:" + m.id(), "round-summary", channel,
                    AttendanceCommands.roundSummary(ctx, m).withShared(true), ctx.now);
        }
        return queued;
    }

    static final String ROUND_ASK = "round-ask:";

    /**
     * Whether a reminder meant for {@code firstBefore} to {@code lastBefore} days before {@code day} goes out on
     * {@code today} (a working day): from the first working day of that window — or, when it has none (a weekend, a
     * holiday), from the last working day before it — to the window's end. Never on a weekend or a holiday.
     */
    static boolean window(LocalDate today, LocalDate day, int firstBefore, int lastBefore) {
        LocalDate first = day.minusDays(firstBefore);
        LocalDate last = day.minusDays(lastBefore);
        LocalDate send = first;
        while (!send.isAfter(last) && !SwedishHolidays.isWorkingDay(send)) send = send.plusDays(1);
        if (send.isAfter(last)) {
            send = first.minusDays(1);
            while (!SwedishHolidays.isWorkingDay(send)) send = send.minusDays(1);
        }
        return SwedishHolidays.isWorkingDay(today) && !today.isBefore(send) && !today.isAfter(last);
    }

    /**
     * Who is reminded of an item: its owners, and the members of an organisation that owns it by name
     * ("Länsstyrelsen"). Items of "alla" and "alla kommuner" are for the channel's digest, not for a message to each.
     */
    static List<se.samverka.core.domain.Member> reminded(Ctx ctx, se.samverka.core.domain.ActionItem a) {
        java.util.Set<se.samverka.core.domain.Member> people = new java.util.LinkedHashSet<>(a.owners());
        a.organisations().stream().filter(o -> o.kind() == se.samverka.core.domain.OrganisationOwner.Kind.ORGANISATION)
                .forEach(o -> ctx.roster().members().stream().filter(o::includes).forEach(people::add));
        return List.copyOf(people);
    }

    /**
     * Carry-over: each owner of open action items gets them, once per meeting, with "Klar", "Pågår" and "Flytta till
     * nästa möte" — by direct message where linked, else in the channel by name. The buttons run in the group's channel.
     */
    private int carryOver(Ctx ctx, Outbox.Address channel, se.samverka.core.domain.Meeting m,
                          List<se.samverka.core.domain.ActionItem> open,
                          java.util.function.Function<se.samverka.core.domain.Member, Outbox.Address> personal) {
        java.util.Map<se.samverka.core.domain.Member, List<se.samverka.core.domain.ActionItem>> byOwner = new java.util.LinkedHashMap<>();
        for (se.samverka.core.domain.ActionItem a : open) {
            if (!a.createdAt().isBefore(m.start())) continue;
            for (se.samverka.core.domain.Member owner : reminded(ctx, a)) {
                byOwner.computeIfAbsent(owner, o -> new java.util.ArrayList<>()).add(a);
            }
        }
        int queued = 0;
        Optional<String> in = Optional.of(channel.target());
        for (var owned : byOwner.entrySet()) {
            Reply.Builder ask = Reply.builder().heading(ctx.t.get("carry.heading", ctx.meetings().describe(m), owned.getKey().firstName()));
            for (se.samverka.core.domain.ActionItem a : owned.getValue()) {
                ask.entry(ActionCommands.line(ctx, a),
                        new se.samverka.core.chat.Button(ctx.t.get("button.done"), Verb.DONE.word(ctx.lang) + " " + a.number(),
                                se.samverka.core.chat.Button.Kind.CONFIRM, in),
                        new se.samverka.core.chat.Button(ctx.t.get("button.ongoing"), Verb.PROGRESS.word(ctx.lang) + " " + a.number(),
                                se.samverka.core.chat.Button.Kind.RUN, in),
                        new se.samverka.core.chat.Button(ctx.t.get("button.postpone"), Verb.POSTPONE.word(ctx.lang) + " " + a.number(),
                                se.samverka.core.chat.Button.Kind.RUN, in));
            }
            ask.context(ctx.t.get("carry.context", ctx.group.name()));
            queued += queue(ctx.scope, "carry:" + m.id() + ":" + owned.getKey().id(), "carry-over",
                    personal.apply(owned.getKey()), ask.ok(), ctx.now);
        }
        return queued;
    }

    /** Who was asked for a report now, and who could not be reached by direct message. */
    public record RoundAsk(List<String> asked, List<String> unreachable) {}

    /**
     * Asks each member who has not reported and has not sent apologies for their round-the-table report, by direct
     * message where they are linked on the group's platform (once per member and meeting).
     */
    public static RoundAsk askForRound(Ctx ctx, se.samverka.core.domain.Meeting meeting) {
        Optional<Outbox.Address> channel = channel(ctx.store, ctx.scope);
        List<String> asked = new java.util.ArrayList<>();
        List<String> unreachable = new java.util.ArrayList<>();
        Reply question = Reply.builder().heading(ctx.t.get("round.startHeading", ctx.meetings().describe(meeting)))
                .text(ctx.t.get("round.askText")).context(ctx.t.get("round.askContext", ctx.group.name())).ok();
        for (se.samverka.core.domain.Member member : AttendanceCommands.notReported(ctx, meeting)) {
            Optional<String> user = channel.flatMap(c -> ctx.store.members().identity(ctx.scope, member.id(), c.platform()));
            if (user.isEmpty()) {
                unreachable.add(member.name());
                continue;
            }
            if (ctx.store.outbox().enqueue(ctx.scope, ROUND_ASK + meeting.id() + ":" + member.id(), "round-ask",
                    Outbox.Address.user(channel.get().platform(), channel.get().workspace(), user.get()), question, ctx.now)) {
                asked.add(member.name());
            }
        }
        return new RoundAsk(asked, unreachable);
    }

    /** The group's (first) channel on its platform. */
    static Optional<Outbox.Address> channel(Store store, GroupScope scope) {
        List<String> channels = store.groups().channels(scope);
        Optional<String[]> workspace = store.groups().workspaceOf(scope.workspaceId());
        if (channels.isEmpty() || workspace.isEmpty()) return Optional.empty();
        return Optional.of(new Outbox.Address(workspace.get()[0], workspace.get()[1], channels.get(0)));
    }

    /** A direct message to the member where they are linked on the group's platform, else the group's channel. */
    private Outbox.Address personal(GroupScope scope, se.samverka.core.domain.Member member, Outbox.Address channel) {
        return store.members().identity(scope, member.id(), channel.platform())
                .map(user -> Outbox.Address.user(channel.platform(), channel.workspace(), user)).orElse(channel);
    }

    private int queue(GroupScope scope, String key, String kind, Outbox.Address to, Reply body, Instant now) {
        return store.outbox().enqueue(scope, key, kind, to, body, now) ? 1 : 0;
    }

    /** The group's digest of this week, when its time has come and it is not queued yet. */
    private int digest(GroupScope scope) {
        Optional<Group> found = store.groups().byScope(scope);
        if (found.isEmpty()) return 0;
        Group group = found.get();
        if (!store.settings().get(scope, DigestCommands.ON).map(Boolean::parseBoolean).orElse(true)) return 0;
        List<String> channels = store.groups().channels(scope);
        Optional<String[]> workspace = store.groups().workspaceOf(scope.workspaceId());
        if (channels.isEmpty() || workspace.isEmpty()) return 0;
        Instant now = clock.instant();
        ZonedDateTime slot = slot(store, scope, group, now);
        if (slot.toInstant().isAfter(now) || slot.toInstant().isBefore(now.minus(CATCH_UP))) return 0;
        String key = "digest:" + scope.groupId() + ":" + slot.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                + String.format("%02d", slot.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        if (store.outbox().exists(key)) return 0;
        IncomingCommand in = new IncomingCommand(new ConversationRef(workspace.get()[0], workspace.get()[1], channels.get(0)),
                new ChatUser("samverka", "Samverka", Optional.empty(), false), Verb.DIGEST.word(group.lang()));
        Ctx ctx = new Ctx(in, Verb.DIGEST, "", group.lang(), store, group, Optional.empty(), now, settings,
                Optional.empty(), Optional.empty());
        Reply digest = DigestCommands.build(ctx, slot.toInstant().minus(Duration.ofDays(7))).withShared(true);
        boolean queued = store.outbox().enqueue(scope, key, "digest",
                new Outbox.Address(workspace.get()[0], workspace.get()[1], channels.get(0)), digest, now);
        return queued ? 1 : 0;
    }

    /** This week's digest time in the group's zone (the last one at or before now, or this week's if still ahead). */
    static ZonedDateTime slot(Store store, GroupScope scope, Group group, Instant now) {
        DayOfWeek day = store.settings().get(scope, DigestCommands.DAY).map(DayOfWeek::valueOf).orElse(DigestCommands.DEFAULT_DAY);
        LocalTime time = store.settings().get(scope, DigestCommands.TIME).map(LocalTime::parse).orElse(DigestCommands.DEFAULT_TIME);
        LocalDate today = now.atZone(group.zone()).toLocalDate();
        LocalDate date = today.with(TemporalAdjusters.previousOrSame(day));
        ZonedDateTime slot = date.atTime(time).atZone(group.zone());
        return slot;
    }
}
