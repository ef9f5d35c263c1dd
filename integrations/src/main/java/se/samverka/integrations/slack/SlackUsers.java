package se.samverka.integrations.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverka.core.chat.ChatUser;

/**
 * Who a Slack user is: name and e-mail from users.info (scopes users:read, users:read.email), kept for an hour.
 * The e-mail is how a Slack user is first linked to a roster member; after that the link is by id.
 */
final class SlackUsers {
    static final Duration KEEP = Duration.ofHours(1);
    /** More people than a group has members: a command mentioning more is refused before anyone is looked up. */
    static final int MAX_MENTIONS = se.samverka.core.chat.CommandLimit.MAX_MENTIONS;
    static final Pattern MENTION = Pattern.compile("<@([UW][A-Z0-9]+)(?:\\|[^<>]*)?>");
    private static final System.Logger LOG = System.getLogger(SlackUsers.class.getName());

    private record Known(ChatUser user, Instant until) {}

    private final MethodsClient client;
    private final Clock clock;
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    SlackUsers(MethodsClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    /** The user; when users.info cannot be asked, the name the request carried and no e-mail. */
    ChatUser user(String teamId, String userId, String fallbackName) {
        String key = teamId + "/" + userId;
        Known hit = known.get(key);
        Instant now = clock.instant();
        if (hit != null && hit.until().isAfter(now)) return hit.user();
        ChatUser user = lookUp(userId).orElseGet(() -> new ChatUser(userId,
                fallbackName == null || fallbackName.isBlank() ? userId : fallbackName, Optional.empty(), false));
        known.put(key, new Known(user, now.plus(KEEP)));
        return user;
    }

    /**
     * The users mentioned in a text, each once; empty (and nobody looked up) when the text mentions more than
     * {@link #MAX_MENTIONS} people, so that one command cannot make thousands of users.info calls.
     */
    Optional<List<ChatUser>> mentioned(String teamId, String text) {
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            ids.add(m.group(1));
            if (ids.size() > MAX_MENTIONS) return Optional.empty();
        }
        List<ChatUser> users = new ArrayList<>();
        for (String id : ids) users.add(user(teamId, id, null));
        return Optional.of(users);
    }

    private Optional<ChatUser> lookUp(String userId) {
        try {
            UsersInfoResponse info = client.usersInfo(r -> r.user(userId));
            if (!info.isOk() || info.getUser() == null) {
                LOG.log(System.Logger.Level.WARNING, "users.info " + userId + ": " + info.getError());
                return Optional.empty();
            }
            User u = info.getUser();
            User.Profile p = u.getProfile();
            String name = firstNonBlank(p == null ? null : p.getRealName(), u.getRealName(),
                    p == null ? null : p.getDisplayName(), u.getName(), userId);
            Optional<String> email = Optional.ofNullable(p == null ? null : p.getEmail());
            return Optional.of(new ChatUser(userId, name, email, false));
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "users.info " + userId + " failed: " + e);
            return Optional.empty();
        }
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v;
        return "";
    }
}
