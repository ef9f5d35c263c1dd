package se.samverka.core.usecase;

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
import se.samverka.core.chat.ChatUser;
import se.samverka.core.chat.ConversationRef;
import se.samverka.core.chat.IncomingCommand;
import se.samverka.core.chat.Reply;
import se.samverka.core.command.Verb;
import se.samverka.core.domain.Group;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.port.Outbox;
import se.samverka.core.port.Store;

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
            queued += store.transactions().inTransaction(() -> digest(scope), n -> true);
        }
        return queued;
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
