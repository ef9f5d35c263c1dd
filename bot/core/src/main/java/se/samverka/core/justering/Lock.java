package se.samverka.core.justering;

import java.util.Optional;
import se.samverka.core.command.Verb;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.domain.Meeting;
import se.samverka.core.engine.Ctx;
import se.samverka.core.port.Justering;
import se.samverka.core.port.RecordChanges;

/**
 * The one rule every command that changes a meeting's record asks before it writes: a meeting whose minutes are
 * justerade is locked (until {@code protokoll rättelse} opens a new version), and a decision approved at once
 * ("omedelbar justering") is locked by itself. Marking an action item done is follow-up, not the record, and is
 * not asked. Moving, cancelling or changing a justerad meeting ({@code flytta}, {@code ställ in}, {@code ändra möte})
 * and importing minutes into it are refused too: the justerade minutes say when and where it was held.
 */
public final class Lock {
    private Lock() {}

    /** The justerad version that locks the meeting, if its latest version is justerad. */
    public static Optional<Justering.Version> locking(Justering justering, GroupScope scope, long meetingId) {
        return justering.latest(scope, meetingId).filter(Justering.Version::locked);
    }

    /** Refused when the meeting's minutes are justerade. */
    public static void requireOpen(Ctx ctx, Meeting meeting) {
        Optional<Justering.Version> locked = locking(ctx.store.justering(), ctx.scope, meeting.id());
        if (locked.isEmpty()) return;
        String date = ctx.meetings().localDate(meeting).toString();
        String approved = locked.get().approvedAt().map(at -> States.date(ctx, at))
                .orElse("");
        throw ctx.refuse("justering.locked", ctx.meetings().describe(meeting), approved,
                Verb.MINUTES_CORRECTION.word(ctx.lang), date);
    }

    /** Refused when the meeting (if any) is locked. */
    public static void requireOpen(Ctx ctx, Optional<Long> meetingId) {
        meetingId.flatMap(id -> ctx.store.meetings().byId(ctx.scope, id)).ifPresent(m -> requireOpen(ctx, m));
    }

    /** Refused when the record's meeting is locked, or the record is a decision approved at once. */
    public static void requireOpen(Ctx ctx, RecordChanges.Kind kind, RecordChanges.Stored row, String label) {
        requireOpen(ctx, row.meetingId());
        if (kind == RecordChanges.Kind.DECISION && ctx.store.justering().decisionApproved(ctx.scope, row.id()).isPresent()) {
            throw ctx.refuse("justering.decisionLocked", label);
        }
    }
}
