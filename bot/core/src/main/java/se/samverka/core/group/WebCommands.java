package se.samverka.core.group;

import java.util.List;
import java.util.Optional;
import se.samverka.core.chat.Reply;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.domain.Member;
import se.samverka.core.engine.Ctx;
import se.samverka.core.port.Outbox;
import se.samverka.core.web.WebLinks;

/** webb: a personal, signed, expiring link to the web pages of the user's groups. */
public final class WebCommands {
    /** Teams shows a reply to everyone in the conversation, so the link goes by direct message there. */
    private static final String TEAMS = "teams";

    private WebCommands() {}

    public static Reply link(Ctx ctx, Optional<WebLinks> web) {
        Member me = ctx.requireMember();
        WebLinks links = web.orElseThrow(() -> ctx.refuse("web.notAvailable"));
        String platform = ctx.in.conversation().platform();
        List<GroupScope> groups = ctx.store.groups().all(ctx.scope.workspaceId()).stream()
                .filter(g -> MemberLinks.member(ctx.store.members(), g.scope(), platform, ctx.in.user()).isPresent())
                .map(g -> g.scope()).toList();
        WebLinks.Claims claims = new WebLinks.Claims(platform, ctx.in.conversation().workspaceId(), ctx.in.user().id(),
                me.name(), ctx.t.lang(), groups, ctx.now.plus(WebLinks.LINK_LIFETIME));
        String url = ctx.settings.publicUrl() + "/web/login?t=" + links.sign(claims);
        Reply reply = Reply.builder().heading(ctx.t.get("web.heading", me.name()))
                .text(ctx.t.get("web.link", url))
                .context(ctx.t.get("web.expires", ctx.t.time(claims.expires().atZone(ctx.group.zone()).toLocalTime()))).ok();
        ctx.audit("web.link", String.valueOf(groups.size()));
        if (!platform.equals(TEAMS)) return reply;
        boolean queued = ctx.store.outbox().enqueue(ctx.scope, "web:" + ctx.in.user().id() + ":" + ctx.now.toEpochMilli(), "web-link",
                Outbox.Address.user(platform, ctx.in.conversation().workspaceId(), ctx.in.user().id()), reply, ctx.now);
        return Reply.builder().text(ctx.t.get(queued ? "web.sentPrivately" : "web.alreadySent")).ok();
    }
}
