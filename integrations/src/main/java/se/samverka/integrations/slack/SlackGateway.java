package se.samverka.integrations.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import com.slack.api.model.Message;
import com.slack.api.methods.response.files.FilesUploadV2Response;
import com.slack.api.model.block.LayoutBlock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.samverka.core.chat.ConversationRef;
import se.samverka.core.chat.Reply;
import se.samverka.core.port.ChatGateway;
import se.samverka.core.port.DeliveryException;
import se.samverka.core.port.Outbox;
import se.samverka.integrations.Sleeper;

/**
 * Sends to Slack through the Web API: chat.postMessage to a channel, conversations.open + chat.postMessage to a
 * person, files.uploadV2 for a file. A 429 is waited out as its Retry-After says, a few times, before giving up
 * with a {@link DeliveryException} that carries the wait. A long reply goes out as several messages.
 */
public final class SlackGateway implements ChatGateway {
    static final int ATTEMPTS = 3;
    /** The event type of the metadata that carries an outbox message's key. */
    public static final String METADATA_TYPE = "samverka_outbox";
    static final int HISTORY_PAGE = 200;
    static final Duration LONGEST_WAIT = Duration.ofSeconds(30);
    private static final System.Logger LOG = System.getLogger(SlackGateway.class.getName());

    private final MethodsClient client;
    private final Sleeper sleeper;

    public SlackGateway(MethodsClient client, Sleeper sleeper) {
        this.client = client;
        this.sleeper = sleeper;
    }

    @Override
    public String post(ConversationRef channel, Reply message) {
        return postTo(channel.channelId(), message);
    }

    /** A post in the thread of a message (none: in the channel itself). */
    public String post(ConversationRef channel, Optional<String> thread, Reply message) {
        return postTo(channel.channelId(), message, Optional.empty(), thread);
    }

    @Override
    public String direct(String workspaceId, String userId, Reply message) {
        ConversationsOpenResponse open = call("conversations.open", () -> client.conversationsOpen(r -> r.users(List.of(userId))));
        return postTo(open.getChannel().getId(), message);
    }

    /** An outbox message, each page carrying the key in its metadata (event type {@value #METADATA_TYPE}). */
    @Override
    public String send(Outbox.Address to, Reply message, String key) {
        return postTo(channelOf(to), message, Optional.of(key));
    }

    /**
     * Looks for the message in the channel's history since the instant by the key in its metadata: found when its last
     * page is there (pages go out in order, so the earlier ones are there too).
     */
    @Override
    public Optional<String> findSent(Outbox.Address to, String key, Instant since) {
        String channel = channelOf(to);
        String cursor = null;
        String first = null;
        boolean whole = false;
        do {
            String page = cursor;
            ConversationsHistoryResponse history = call("conversations.history", () -> client.conversationsHistory(r -> r
                    .channel(channel).oldest(since.getEpochSecond() + ".000000").includeAllMetadata(true).limit(HISTORY_PAGE)
                    .cursor(page)));
            for (Message m : history.getMessages() == null ? List.<Message>of() : history.getMessages()) {
                if (m.getMetadata() == null || !METADATA_TYPE.equals(m.getMetadata().getEventType())) continue;
                Map<String, Object> payload = m.getMetadata().getEventPayload();
                if (payload == null || !key.equals(String.valueOf(payload.get("key")))) continue;
                whole |= number(payload.get("page")) == number(payload.get("pages"));
                if (first == null || m.getTs().compareTo(first) < 0) first = m.getTs();
            }
            cursor = history.getResponseMetadata() == null ? null : history.getResponseMetadata().getNextCursor();
        } while (cursor != null && !cursor.isEmpty());
        return whole ? Optional.of(first) : Optional.empty();
    }

    /** A number from JSON metadata (Gson reads numbers as doubles). */
    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : -1;
    }

    private String channelOf(Outbox.Address to) {
        if (!to.toUser()) return to.target();
        return call("conversations.open", () -> client.conversationsOpen(r -> r.users(List.of(to.userId())))).getChannel().getId();
    }

    @Override
    public String upload(ConversationRef channel, String fileName, String title, byte[] content) {
        FilesUploadV2Response response = call("files.uploadV2", () -> client.filesUploadV2(r -> r
                .channel(channel.channelId()).filename(fileName).title(title).fileData(content)));
        return response.getFile() != null ? response.getFile().getId() : "";
    }

    /** Posts an ephemeral message, seen only by the user in the channel. */
    public void ephemeral(String channelId, String userId, Reply message) {
        ephemeral(channelId, userId, Optional.empty(), message);
    }

    /** An ephemeral message in the thread of a message (none: in the channel itself). */
    public void ephemeral(String channelId, String userId, Optional<String> thread, Reply message) {
        for (List<LayoutBlock> page : SlackBlocks.pages(message, SlackBlocks.MESSAGE_BLOCKS)) {
            call("chat.postEphemeral", () -> client.chatPostEphemeral(r -> r.channel(channelId).user(userId)
                    .threadTs(thread.orElse(null)).text(SlackBlocks.fallback(message)).blocks(page)));
        }
    }

    private String postTo(String channelId, Reply message) {
        return postTo(channelId, message, Optional.empty(), Optional.empty());
    }

    private String postTo(String channelId, Reply message, Optional<String> key) {
        return postTo(channelId, message, key, Optional.empty());
    }

    private String postTo(String channelId, Reply message, Optional<String> key, Optional<String> thread) {
        String first = null;
        List<List<LayoutBlock>> pages = SlackBlocks.pages(message, SlackBlocks.MESSAGE_BLOCKS);
        for (int i = 0; i < pages.size(); i++) {
            List<LayoutBlock> page = pages.get(i);
            int number = i + 1;
            Message.Metadata metadata = key.map(k -> new Message.Metadata(METADATA_TYPE,
                    Map.<String, Object>of("key", k, "page", number, "pages", pages.size()))).orElse(null);
            ChatPostMessageResponse posted = call("chat.postMessage", () -> client.chatPostMessage(r -> r
                    .channel(channelId).threadTs(thread.orElse(null)).text(SlackBlocks.fallback(message)).blocks(page)
                    .metadata(metadata)));
            if (first == null) first = posted.getTs();
        }
        return first == null ? "" : first;
    }

    /** One Web API call with 429 handling; an error answer ({@code ok: false}) is a failed delivery. */
    <T extends SlackApiTextResponse> T call(String method, SlackCall<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                T response = call.run();
                if (!response.isOk()) {
                    throw new DeliveryException("Slack " + method + " failed: " + response.getError(), Optional.empty(), null);
                }
                return response;
            } catch (SlackApiException e) {
                Optional<Duration> wait = retryAfter(e);
                if (wait.isEmpty()) {
                    throw new DeliveryException("Slack " + method + " failed: HTTP " + e.getResponse().code(), Optional.empty(), e);
                }
                if (attempt >= ATTEMPTS || wait.get().compareTo(LONGEST_WAIT) > 0) {
                    throw new DeliveryException("Slack " + method + " is rate limited", wait, e);
                }
                LOG.log(System.Logger.Level.INFO, "Slack " + method + " rate limited; waiting " + wait.get());
                try {
                    sleeper.sleep(wait.get());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new DeliveryException("interrupted while waiting for Slack", wait, interrupted);
                }
            } catch (IOException e) {
                throw new DeliveryException("Slack " + method + " unreachable: " + e.getMessage(), Optional.empty(), e);
            }
        }
    }

    static Optional<Duration> retryAfter(SlackApiException e) {
        if (e.getResponse() == null || e.getResponse().code() != 429) return Optional.empty();
        String header = e.getResponse().header("Retry-After");
        try {
            return Optional.of(Duration.ofSeconds(header == null ? 1 : Math.max(0, Long.parseLong(header.strip()))));
        } catch (NumberFormatException bad) {
            return Optional.of(Duration.ofSeconds(1));
        }
    }

    @FunctionalInterface
    interface SlackCall<T> {
        T run() throws IOException, SlackApiException;
    }
}
