package se.samverka.integrations.slack;

import com.slack.api.bolt.App;
import com.slack.api.model.File;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import se.samverka.core.chat.Assistant;
import se.samverka.core.chat.ChatUser;
import se.samverka.core.chat.ConversationRef;
import se.samverka.core.chat.Reply;

/**
 * Minutes shared with the bot in Slack: files in a direct message with it ({@code message.im}, subtype
 * {@code file_share}) or in a message that mentions it ({@code app_mention} with files). Each file is stored in the
 * inbox as a delivery of its own (kind FILE) and acknowledged; on a worker it is imported through
 * {@link Assistant#importMinutes} — which knows the group and the sharer's right to import before {@link SlackFiles}
 * fetches anything, and reads and imports as {@code samverka import-minutes} does — and answered by
 * {@link SlackReplies} in the same conversation and thread.
 */
final class SlackFileShares {
    private final Assistant assistant;
    private final SlackUsers users;
    private final SlackFiles files;
    private final Consumer<SlackReceived> accept;

    /** {@code accept}: stores a delivery in the inbox and hands it to a worker. */
    SlackFileShares(Assistant assistant, SlackUsers users, SlackFiles files,
                    Consumer<SlackReceived> accept) {
        this.assistant = assistant;
        this.users = users;
        this.files = files;
        this.accept = accept;
    }

    /**
     * Files shared in a direct message with the bot (in a channel the bot only hears mentions); not the bot's own,
     * such as the minutes it uploads to a direct message.
     */
    void register(App app) {
        app.event(MessageFileShareEvent.class, (req, ctx) -> {
            MessageFileShareEvent event = req.getEvent();
            boolean others = event.getUser() != null && !event.getUser().equals(ctx.getBotUserId());
            if ("im".equals(event.getChannelType()) && others) {
                accepted(req.getEventId(), req.getTeamId(), event.getChannel(), event.getUser(), event.getFiles(),
                        event.getThreadTs());
            }
            return ctx.ack();
        });
    }

    /** A mention with files attached: the files are imported, whatever the text says. False: no file, a command. */
    boolean mentioned(String eventId, String team, AppMentionEvent event) {
        return accepted(eventId, team, event.getChannel(), event.getUser(), event.getFiles(), event.getThreadTs());
    }

    private boolean accepted(String eventId, String team, String channel, String user, List<File> shared, String thread) {
        List<SlackFiles.Shared> found = SlackFiles.of(shared);
        for (int i = 0; i < found.size(); i++) {
            // one delivery per file, so that each is imported and answered once, Slack's retries included
            String delivery = "event:" + eventId + (i == 0 ? "" : "/" + (i + 1));
            accept.accept(SlackReceived.file(delivery, team, channel, user, found.get(i), Optional.ofNullable(thread)));
        }
        return !found.isEmpty();
    }

    /** Fetches the file from Slack and imports it into the group of the conversation. */
    Reply importFile(SlackReceived r) {
        ChatUser user = users.user(r.team(), r.user(), null);
        ConversationRef where = SlackAdapter.groupChannel(assistant,
                new ConversationRef(SlackAdapter.PLATFORM, r.team(), r.channel()), user);
        return assistant.importMinutes(where, user, files.fetchable(r.file().orElseThrow()));
    }
}
