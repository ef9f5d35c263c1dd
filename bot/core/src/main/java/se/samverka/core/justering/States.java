package se.samverka.core.justering;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.samverka.core.domain.Meeting;
import se.samverka.core.domain.Member;
import se.samverka.core.engine.Ctx;
import se.samverka.core.group.Roster;
import se.samverka.core.port.Justering;

/** How far a meeting's minutes have come: "utkast", "skickat för justering …", "justerat av … <datum>". */
public final class States {
    private States() {}

    /** The meeting's justerare (members and guests), in the order chosen. */
    public static List<Member> adjusters(Ctx ctx, Meeting meeting) {
        return ctx.store.justering().adjusters(ctx.scope, meeting.id()).stream()
                .flatMap(id -> ctx.store.members().byId(ctx.scope, id).stream()).toList();
    }

    /** Whether the meeting has anything of justering to show (justerare chosen or a version). */
    public static boolean any(Ctx ctx, Meeting meeting) {
        return !ctx.store.justering().adjusters(ctx.scope, meeting.id()).isEmpty()
                || ctx.store.justering().latest(ctx.scope, meeting.id()).isPresent();
    }

    /** "Status: skickat för justering (version 1): justerat av Tor Jacobsen; väntar på Sara Ek." */
    public static String line(Ctx ctx, Meeting meeting) {
        Optional<Justering.Version> latest = ctx.store.justering().latest(ctx.scope, meeting.id());
        if (latest.isEmpty()) return ctx.t.get("justering.state.none");
        Justering.Version v = latest.get();
        return switch (v.state()) {
            case DRAFT -> ctx.t.get("justering.state.draft", v.number())
                    + v.comment().map(c -> " " + ctx.t.get("justering.state.comment", c)).orElse("");
            case SENT -> sent(ctx, meeting, v);
            case APPROVED -> ctx.t.get("justering.state.approved", v.number(), approvers(ctx, v),
                    date(ctx, v.approvedAt().orElse(v.openedAt())));
        };
    }

    private static String sent(Ctx ctx, Meeting meeting, Justering.Version v) {
        List<Long> approved = ctx.store.justering().approvals(v.id()).stream().map(Justering.Approval::memberId).toList();
        List<Member> all = adjusters(ctx, meeting);
        List<Member> yes = all.stream().filter(m -> approved.contains(m.id())).toList();
        List<Member> waiting = all.stream().filter(m -> !approved.contains(m.id())).toList();
        return ctx.t.get("justering.state.sent", v.number(),
                yes.isEmpty() ? ctx.t.get("justering.state.nobody") : Roster.listNames(yes),
                waiting.isEmpty() ? ctx.t.get("justering.state.nobody") : Roster.listNames(waiting));
    }

    /** Who approved the version. */
    static String approvers(Ctx ctx, Justering.Version v) {
        return Roster.listNames(ctx.store.justering().approvals(v.id()).stream()
                .flatMap(a -> ctx.store.members().byId(ctx.scope, a.memberId()).stream()).toList());
    }

    /** "3 november 2026". */
    static String date(Ctx ctx, Instant at) {
        java.time.LocalDate day = at.atZone(ctx.group.zone()).toLocalDate();
        return ctx.t.shortDate(day) + " " + day.getYear();
    }
}
