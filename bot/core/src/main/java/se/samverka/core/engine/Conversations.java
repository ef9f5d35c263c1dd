package se.samverka.core.engine;

import se.samverka.core.chat.ChatUser;
import se.samverka.core.chat.ConversationRef;
import se.samverka.core.domain.Group;
import se.samverka.core.domain.Member;
import se.samverka.core.group.MemberLinks;
import se.samverka.core.port.Store;

/**
 * What a platform adapter asks of a conversation before or beside a command: where a direct chat's commands go,
 * whether a user may act in a channel, and the names a channel's group has (for mentions). Never throws where the
 * adapter cannot answer a failure.
 */
final class Conversations {
    private static final System.Logger LOG = System.getLogger(Conversations.class.getName());
    private final Store store;

    Conversations(Store store) {
        this.store = store;
    }

    String directChannel(ConversationRef chat, ChatUser user) {
        try {
            return store.transactions().inTransaction(() -> {
                long workspace = store.groups().workspace(chat.platform(), chat.workspaceId());
                if (store.groups().boundTo(workspace, chat.channelId()).isPresent()) return chat.channelId();
                java.util.List<Group> mine = store.groups().all(workspace).stream()
                        .filter(g -> MemberLinks.member(store.members(), g.scope(), chat.platform(), user).isPresent())
                        .filter(g -> !store.groups().channels(g.scope()).isEmpty())
                        .toList();
                return mine.size() == 1 ? store.groups().channels(mine.get(0).scope()).get(0) : chat.channelId();
            }, channel -> true);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "direct chat lookup failed: " + chat, e);
            return chat.channelId();
        }
    }

    boolean mayActIn(ConversationRef channel, ChatUser user) {
        try {
            return store.transactions().inTransaction(() -> {
                long workspace = store.groups().workspace(channel.platform(), channel.workspaceId());
                return store.groups().boundTo(workspace, channel.channelId())
                        .flatMap(g -> MemberLinks.member(store.members(), g.scope(), channel.platform(), user)).isPresent();
            }, may -> true);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "membership check failed: " + channel, e);
            return false;
        }
    }

    java.util.List<String> roster(ConversationRef channel) {
        return store.transactions().inTransaction(() -> {
            long workspace = store.groups().workspace(channel.platform(), channel.workspaceId());
            return store.groups().boundTo(workspace, channel.channelId())
                    .map(g -> store.members().roster(g.scope()).stream().map(Member::name).toList())
                    .orElse(java.util.List.of());
        }, names -> true);
    }
}
