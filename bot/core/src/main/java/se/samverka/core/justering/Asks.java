package se.samverka.core.justering;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.samverka.core.chat.Reply;
import se.samverka.core.command.Verb;
import se.samverka.core.domain.Meeting;
import se.samverka.core.domain.Member;
import se.samverka.core.domain.Role;
import se.samverka.core.engine.Ctx;
import se.samverka.core.port.Justering;
import se.samverka.core.port.Outbox;
import se.samverka.core.web.WebLinks;

/**
 * The messages justering sends through the outbox, as laget runt asks for reports: each justerare by direct message
 * (once per version and sending), and a requested change to the secretary (by direct message, else in the channel).
 */
final class Asks {
    static final String ASK = "justering-ask:";

    private Asks() {}

    /** Asks each justerare; returns the names of those who could not be reached by direct message. */
    static List<String> askAdjusters(Ctx ctx, Meeting meeting, Justering.Version version, List<Member> adjusters,
                                     Optional<WebLinks> web) {
        Optional<Outbox.Address> channel = channel(ctx);
        List<String> unreachable = new ArrayList<>();
        for (Member member : adjusters) {
            Optional<String> user = channel.flatMap(c -> ctx.store.members().identity(ctx.scope, member.id(), c.platform()));
            if (user.isEmpty()) {
                unreachable.add(member.name());
                continue;
            }
            Outbox.Address to = Outbox.Address.user(channel.get().platform(), channel.get().workspace(), user.get());
            String key = ASK + meeting.id() + ":" + version.number() + ":" + member.id();
            if (ctx.store.outbox().exists(key)) key += ":" + ctx.now.getEpochSecond(); // sent again after a change
            ctx.store.outbox().enqueue(ctx.scope, key, "justering-ask", to, question(ctx, meeting, version, member, to, web),
                    ctx.now);
        }
        return unreachable;
    }

    /**
     * The question, with the command to answer and, where the web is configured, a signed link (one hour, opened once)
     * to the review page of this version, where the justerare comments per item and presses Justera or Begär ändring.
     */
    private static Reply question(Ctx ctx, Meeting meeting, Justering.Version version, Member member, Outbox.Address to,
                                  Optional<WebLinks> web) {
        String date = ctx.meetings().localDate(meeting).toString();
        Reply.Builder question = Reply.builder().heading(ctx.t.get("justering.askHeading", ctx.meetings().describe(meeting)))
                .text(ctx.t.get("justering.askText", ctx.group.name(), version.number()));
        web.ifPresent(links -> {
            WebLinks.Claims claims = new WebLinks.Claims(to.platform(), to.workspace(), to.userId(), member.name(),
                    ctx.lang, List.of(ctx.scope), ctx.now.plus(WebLinks.LINK_LIFETIME));
            question.text(ctx.t.get("justering.askLink", ctx.settings.publicUrl() + "/web/granska?t="
                    + links.signReview(claims, meeting.id(), version.number())));
        });
        return question.context(ctx.t.get("justering.askHow", Verb.APPROVE.word(ctx.lang) + " " + date,
                Verb.REQUEST_CHANGE.word(ctx.lang))).ok();
    }

    /** Sends the comment to the meeting's note-taker or the secretaries; returns whom it went to. */
    static String tellSecretary(Ctx ctx, Meeting meeting, Justering.Version version, Member from, String comment) {
        Reply message = Reply.builder().heading(ctx.t.get("justering.changeHeading", ctx.meetings().describe(meeting)))
                .text(ctx.t.get("justering.changeText", from.name(), version.number(), comment)).ok();
        if (channel(ctx).isEmpty()) return ctx.t.get("justering.changeNowhere");
        List<String> names = toSecretaries(ctx, meeting, "justering-change:" + meeting.id() + ":" + version.number() + ":"
                + from.id(), ":" + ctx.now.getEpochSecond(), "justering-change", message);
        return String.join(", ", names);
    }

    /**
     * Queues the message to the meeting's note-taker, else the secretaries, else the chair, by direct message; to the
     * channel when one of them cannot be reached so. Keys: {@code keyBase:<member id or "channel">keySuffix}. Returns
     * the names it went to.
     */
    static List<String> toSecretaries(Ctx ctx, Meeting meeting, String keyBase, String keySuffix, String kind, Reply message) {
        Optional<Outbox.Address> channel = channel(ctx);
        List<Member> secretaries = meeting.noteTakerId().flatMap(id -> ctx.store.members().byId(ctx.scope, id))
                .map(List::of).orElseGet(() -> ctx.roster().members().stream().filter(m -> m.role() == Role.SECRETARY).toList());
        if (secretaries.isEmpty()) {
            secretaries = ctx.roster().members().stream().filter(m -> m.role().manages()).toList();
        }
        if (channel.isEmpty()) return List.of();
        List<String> names = new ArrayList<>();
        boolean toChannel = secretaries.isEmpty();
        for (Member s : secretaries) {
            Optional<String> user = ctx.store.members().identity(ctx.scope, s.id(), channel.get().platform());
            if (user.isEmpty()) {
                toChannel = true;
                continue;
            }
            ctx.store.outbox().enqueue(ctx.scope, keyBase + ":" + s.id() + keySuffix, kind,
                    Outbox.Address.user(channel.get().platform(), channel.get().workspace(), user.get()), message, ctx.now);
            names.add(s.name());
        }
        if (toChannel) {
            ctx.store.outbox().enqueue(ctx.scope, keyBase + ":channel" + keySuffix, kind, channel.get(),
                    message.withShared(true), ctx.now);
            names.add(ctx.t.get("justering.theChannel"));
        }
        return names;
    }

    /** The group's (first) channel on its platform. */
    static Optional<Outbox.Address> channel(Ctx ctx) {
        List<String> channels = ctx.store.groups().channels(ctx.scope);
        Optional<String[]> workspace = ctx.store.groups().workspaceOf(ctx.scope.workspaceId());
        if (channels.isEmpty() || workspace.isEmpty()) return Optional.empty();
        return Optional.of(new Outbox.Address(workspace.get()[0], workspace.get()[1], channels.get(0)));
    }
}
