package se.samverka.core.chat;

import java.util.Objects;

/** Where a command came from: a platform, a workspace (Slack team, Teams tenant, the local console) and a channel. */
public record ConversationRef(String platform, String workspaceId, String channelId) {
    public ConversationRef {
        platform = Checks.notBlank(platform, "platform");
        workspaceId = Checks.notBlank(workspaceId, "workspaceId");
        channelId = Checks.notBlank(channelId, "channelId");
    }

    @Override
    public String toString() {
        return platform + ":" + workspaceId + "/" + channelId;
    }

    static final class Checks {
        private Checks() {}

        static String notBlank(String value, String name) {
            Objects.requireNonNull(value, name + " must not be null");
            if (value.isBlank()) throw new IllegalArgumentException(name + " must not be blank");
            return value;
        }
    }
}
