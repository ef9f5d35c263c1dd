package se.samverka.integrations.slack;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.slack.api.Slack;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.BiConsumer;
import se.samverka.core.chat.Block;
import se.samverka.core.chat.ConversationRef;
import se.samverka.core.chat.Reply;
import se.samverka.core.command.Grammar;
import se.samverka.core.domain.Lang;
import se.samverka.core.port.DeliveryException;
import se.samverka.core.port.Inbox;
import se.samverka.core.text.Texts;

/**
 * Where the reply to a carried-out Slack delivery goes: a slash command's or a button's to its response_url while it
 * lives (later posted, saying whose command it answers), one pressed on the Home tab by direct message, a mention's
 * posted (a change, or in a direct message) or shown to the asker alone, a form's posted or, when the bot may not
 * post there, sent to the user; minutes in a reply are uploaded as a file. A shared file's answer goes to the
 * conversation and thread it was shared in: posted when imported or in a direct message, else to the sharer alone.
 */
final class SlackReplies {
    static final int RESPONSE_URL_USES = 5;
    /** How long Slack takes answers at a response_url. */
    static final Duration RESPONSE_URL_LIFE = Duration.ofMinutes(30);
    private static final System.Logger LOG = System.getLogger(SlackReplies.class.getName());
    private static final Gson GSON = GsonFactory.createSnakeCase();

    private final Slack slack;
    private final SlackGateway gateway;
    private final Clock clock;
    private final Lang defaultLang;
    private final BiConsumer<String, String> publishHome;

    /** {@code publishHome}: publishes a user's Home tab afresh (team, user). */
    SlackReplies(Slack slack, SlackGateway gateway, Clock clock, Lang defaultLang, BiConsumer<String, String> publishHome) {
        this.slack = slack;
        this.gateway = gateway;
        this.clock = clock;
        this.defaultLang = defaultLang;
        this.publishHome = publishHome;
    }

    /** The reply to a stored command, button, mention or form, sent where it belongs. */
    void answer(Inbox.Entry entry, SlackReceived r, Reply reply) {
        ConversationRef where = new ConversationRef(SlackAdapter.PLATFORM, r.team(), r.channel());
        boolean fresh = Duration.between(entry.receivedAt(), clock.instant()).compareTo(RESPONSE_URL_LIFE) < 0;
        switch (r.kind()) {
            case COMMAND, ACTION -> {
                if (r.fromHome() || r.responseUrl().isEmpty()) {
                    gateway.direct(r.team(), r.user(), reply);
                    publishHome.accept(r.team(), r.user());
                } else if (fresh) {
                    respond(r.responseUrl().get(), reply, false);
                } else {
                    late(where, r, reply);
                }
                if (r.kind() == SlackReceived.Kind.COMMAND && reply.shared()) uploadDocuments(where, reply);
            }
            case FILE -> { // in the conversation and thread the file was shared in
                if (reply.shared() || SlackAdapter.direct(r.channel())) gateway.post(where, r.thread(), reply);
                else gateway.ephemeral(r.channel(), r.user(), r.thread(), reply);
            }
            case MENTION -> {
                if (reply.shared() || SlackAdapter.direct(r.channel())) {
                    gateway.post(where, reply);
                    uploadDocuments(where, reply);
                } else {
                    gateway.ephemeral(r.channel(), r.user(), reply);
                }
            }
            case VIEW -> postOrTellUser(where, r.user(), reply);
        }
    }

    /**
     * The answer to a command whose response_url has expired (it waited out a restart): a change for the channel is
     * posted there, saying whose command it answers; a reply for the asker alone goes to them alone.
     */
    private void late(ConversationRef where, SlackReceived r, Reply reply) {
        if (!reply.shared()) {
            gateway.ephemeral(r.channel(), r.user(), reply);
            return;
        }
        String asked = SlackBlocks.cut(r.text(), 80);
        List<Block> blocks = new java.util.ArrayList<>(reply.blocks());
        Lang lang = Grammar.parse(r.text()).map(Grammar.Parsed::lang).orElse(defaultLang);
        blocks.add(new Block.Context(Texts.of(lang).get("inbox.late", r.userName().orElse(r.user()), asked)));
        gateway.post(where, new Reply(blocks, reply.outcome(), true));
    }

    /** A reply for the user alone: to the response_url of the message they pressed on, else as a direct message. */
    void tell(String team, String user, String responseUrl, Reply reply) {
        if (responseUrl != null) respond(responseUrl, reply, false);
        else gateway.direct(team, user, reply);
    }

    /** The reply to a response_url: for everyone in the channel when it tells of a change, else for the asker. */
    private void respond(String responseUrl, Reply reply, boolean replaceOriginal) {
        if (reply.isRepeat() || responseUrl == null) return;
        List<List<LayoutBlock>> pages = SlackBlocks.pages(reply, SlackBlocks.MESSAGE_BLOCKS);
        for (List<LayoutBlock> page : pages.subList(0, Math.min(pages.size(), RESPONSE_URL_USES))) {
            JsonObject body = new JsonObject();
            body.addProperty("response_type", reply.shared() ? "in_channel" : "ephemeral");
            body.addProperty("replace_original", replaceOriginal);
            body.addProperty("text", SlackBlocks.fallback(reply));
            body.add("blocks", GSON.toJsonTree(page));
            try {
                var sent = slack.send(responseUrl, GSON.toJson(body));
                if (sent.getCode() != 200) LOG.log(System.Logger.Level.WARNING, "response_url answered " + sent.getCode());
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "response_url unreachable: " + e.getMessage());
                return;
            }
        }
    }

    private void uploadDocuments(ConversationRef where, Reply reply) {
        for (Block block : reply.blocks()) {
            if (block instanceof Block.Document d) {
                gateway.upload(where, d.title(), d.title(), d.content().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }

    /** A form's result goes to the channel; when the bot may not post there, to the user who filled it in. */
    private void postOrTellUser(ConversationRef where, String user, Reply reply) {
        if (!reply.shared()) {
            gateway.ephemeral(where.channelId(), user, reply);
            return;
        }
        try {
            gateway.post(where, reply);
        } catch (DeliveryException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot post in " + where + " (" + e.getMessage() + "); telling the user");
            gateway.direct(where.workspaceId(), user, reply);
        }
    }
}
