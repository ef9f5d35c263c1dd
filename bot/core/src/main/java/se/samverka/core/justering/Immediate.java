package se.samverka.core.justering;

import java.util.Optional;
import se.samverka.core.chat.Reply;
import se.samverka.core.domain.Decision;
import se.samverka.core.domain.Meeting;
import se.samverka.core.engine.Ctx;

/** justera D3 omedelbart / approve D3 immediately: a decision approved at the meeting (on its day), locked at once. */
final class Immediate {
    private Immediate() {}

    static Reply approve(Ctx ctx, int number) {
        ctx.requireManager();
        Decision decision = ctx.store.decisions().byNumber(ctx.scope, number)
                .orElseThrow(() -> ctx.reject("edit.noSuchDecision", number));
        String label = ctx.t.get("ref.decision", number);
        Optional<Meeting> meeting = decision.meetingId().flatMap(id -> ctx.store.meetings().byId(ctx.scope, id));
        if (meeting.isEmpty() || !ctx.meetings().localDate(meeting.get()).equals(ctx.today())) {
            throw ctx.refuse("justering.immediateNotNow", label);
        }
        Lock.requireOpen(ctx, meeting.get());
        if (!ctx.store.justering().approveDecision(ctx.scope, decision.id(), ctx.now)) {
            throw ctx.refuse("justering.immediateAlready", label);
        }
        ctx.audit("justering.immediate", label);
        return Reply.builder().text(ctx.t.get("justering.immediateDone", label, decision.text())).ok();
    }
}
