package se.samverka.core.group;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.samverka.core.actions.ActionCommands;
import se.samverka.core.chat.Block;
import se.samverka.core.chat.Button;
import se.samverka.core.chat.ChatUser;
import se.samverka.core.chat.ConversationRef;
import se.samverka.core.chat.IncomingCommand;
import se.samverka.core.chat.Reply;
import se.samverka.core.domain.ActionItem;
import se.samverka.core.domain.Group;
import se.samverka.core.domain.Meeting;
import se.samverka.core.domain.Member;
import se.samverka.core.engine.Ctx;
import se.samverka.core.engine.Settings;
import se.samverka.core.meeting.MeetingCommands;
import se.samverka.core.port.Store;
import se.samverka.core.text.Texts;

/**
 * A user's own page across the groups of a workspace: their open action items, the coming meetings and the groups
 * they are in. Buttons carry the channel of their group, since the page itself belongs to no channel.
 */
public final class HomeView {
    static final int MEETINGS_PER_GROUP = 3;

    private HomeView() {}

    public static Reply build(Store store, Settings settings, String platform, long workspace, String workspaceId,
                       ChatUser user, Instant now) {
        Texts t = Texts.of(settings.lang());
        List<Block> actions = new ArrayList<>();
        List<Block> meetings = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (Group group : store.groups().all(workspace)) {
            List<String> channels = store.groups().channels(group.scope());
            Optional<Member> me = MemberLinks.member(store.members(), group.scope(), platform, user);
            if (me.isEmpty() || channels.isEmpty()) continue; // another group's name is none of this user's business
            String channel = channels.get(0);
            IncomingCommand in = new IncomingCommand(new ConversationRef(platform, workspaceId, channel), user, "");
            Ctx ctx = new Ctx(in, se.samverka.core.command.Verb.GROUP_SHOW, "", group.lang(), store, group, me, now,
                    settings, Optional.empty(), Optional.empty());
            groups.add(t.get("home.groupLine", group.name(), t.get("role." + me.get().role().code())));
            for (ActionItem a : store.actions().open(group.scope())) {
                if (a.concerns(me.get())) actions.add(ofGroup(group, channel, ActionCommands.entry(ctx, a)));
            }
            for (Meeting m : ctx.meetings().upcoming().stream().limit(MEETINGS_PER_GROUP).toList()) {
                meetings.add(ofGroup(group, channel, MeetingCommands.entry(ctx, m)));
            }
        }
        Reply.Builder home = Reply.builder().heading(t.get("home.actions"));
        if (actions.isEmpty()) home.context(t.get("home.noActions"));
        actions.forEach(home::add);
        home.heading(t.get("home.meetings"));
        if (meetings.isEmpty()) home.context(t.get("home.noMeetings"));
        meetings.forEach(home::add);
        home.heading(t.get("home.groups"));
        if (groups.isEmpty()) home.context(t.get("home.noGroups"));
        home.items(groups, false);
        return home.ok();
    }

    /** The group's line on a page of several groups: named by its group, its buttons run in its channel. */
    private static Block.Entry ofGroup(Group group, String channel, Block.Entry entry) {
        return new Block.Entry(group.name() + ": " + entry.text(), entry.buttons().stream().map(b -> b.in(channel)).toList());
    }
}
