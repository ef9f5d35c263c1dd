package se.samverka.integrations.teams;

import com.google.gson.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import se.samverka.core.chat.ChatUser;

/**
 * Who a Teams user is: the Bot Connector's member record (name, e-mail, AAD object id), kept for an hour. The
 * user's id in the bot is the AAD object id, the same in every team, chat and tenant-wide directory (Graph), so a
 * member imported from a Microsoft 365 group is recognised the first time they write; the e-mail links the others.
 */
final class TeamsUsers {
    static final Duration KEEP = Duration.ofHours(1);

    private record Known(ChatUser user, Instant until) {}

    private final BotConnector connector;
    private final Clock clock;
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    TeamsUsers(BotConnector connector, Clock clock) {
        this.connector = connector;
        this.clock = clock;
    }

    /**
     * The user with Teams id {@code teamsId} (29:…); {@code aadObjectId} and {@code name} are what the activity
     * said, used when the connector cannot be asked.
     */
    ChatUser user(String serviceUrl, String conversationId, String teamsId, Optional<String> aadObjectId, String name) {
        Instant now = clock.instant();
        Known hit = known.get(teamsId);
        if (hit != null && hit.until().isAfter(now)) return hit.user();
        Optional<JsonObject> member = connector.member(serviceUrl, conversationId, teamsId);
        String id = member.map(m -> TeamsAdapter.string(m, "aadObjectId")).filter(s -> !s.isBlank())
                .or(() -> aadObjectId).orElse(teamsId);
        String shown = member.map(m -> TeamsAdapter.string(m, "name")).filter(s -> !s.isBlank()).orElse(name == null ? id : name);
        Optional<String> email = member.map(m -> TeamsAdapter.string(m, "email")).filter(s -> s.contains("@"))
                .or(() -> member.map(m -> TeamsAdapter.string(m, "userPrincipalName")).filter(s -> s.contains("@")));
        ChatUser user = new ChatUser(id, shown, email, false);
        if (member.isPresent()) known.put(teamsId, new Known(user, now.plus(KEEP)));
        return user;
    }
}
