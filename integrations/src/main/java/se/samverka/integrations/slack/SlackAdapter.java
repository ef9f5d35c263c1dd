package se.samverka.integrations.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageBotEvent;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageDeletedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageMeEvent;
import com.slack.api.model.event.MessageRepliedEvent;
import com.slack.api.model.event.MessageThreadBroadcastEvent;
import com.slack.api.model.view.View;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import se.samverka.config.SlackSettings;
import se.samverka.integrations.HttpResult;
import se.samverka.integrations.Sleeper;
import se.samverka.integrations.InboxWorkers;
import se.samverka.core.chat.Assistant;
import se.samverka.core.chat.Block;
import se.samverka.core.chat.ChatUser;
import se.samverka.core.chat.CommandLimit;
import se.samverka.core.chat.ConversationRef;
import se.samverka.core.chat.IncomingCommand;
import se.samverka.core.chat.Reply;
import se.samverka.core.command.Grammar;
import se.samverka.core.domain.Lang;
import se.samverka.core.port.ChatGateway;
import se.samverka.core.port.Inbox;
import se.samverka.core.text.Texts;

/**
 * The bot as a Slack app. Every request to {@code /slack/events} goes through Bolt: Bolt checks the signature and
 * its age (RequestVerification: 401 for a missing, wrong, altered or over five minutes old request) and routes it
 * to one of the handlers here, which only translate between Slack and the core's {@link IncomingCommand}/{@link Reply}.
 *
 * <p>Slack wants an answer within 3 seconds, so a command (slash command, mention, button) is stored in the inbox,
 * acknowledged, and carried out on a worker ({@link InboxWorkers}); its reply goes to the command's response_url
 * (or the Web API for events; {@link SlackReplies}). After a restart what was left is carried out and answered: through
 * the response_url while it lives (30 minutes), later in the channel (a reply for the asker alone: ephemeral, to them).
 * A text in a direct message with the bot is a command too; files shared with the bot are minutes to import
 * ({@link SlackFileShares}). Forms are the
 * exception: a submitted modal is carried out before the answer, so that a mistake can be shown in the still open
 * form; its effects and its reply are stored together, and the reply is posted from the inbox.
 */
public final class SlackAdapter implements AutoCloseable {
    public static final String PLATFORM = "slack";
    private static final System.Logger LOG = System.getLogger(SlackAdapter.class.getName());
    private static final Pattern LEADING_MENTION = Pattern.compile("^\\s*<@[A-Z0-9]+(?:\\|[^>]*)?>[\\s,:]*");

    private final SlackSettings settings;
    private final Assistant assistant;
    private final Lang defaultLang;
    private final Slack slack;
    private final App app;
    private final SlackRequestParser parser;
    private final MethodsClient client;
    private final SlackGateway gateway;
    private final SlackUsers users;
    private final SlackFileShares fileShares;
    private final SlackReplies replies;
    private final InboxWorkers worker;

    public SlackAdapter(SlackSettings settings, Assistant assistant, Lang defaultLang, Clock clock,
                        Sleeper sleeper, InboxWorkers worker) {
        this.settings = settings;
        this.assistant = assistant;
        this.defaultLang = defaultLang;
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.apiUrl().toString());
        config.setPrettyResponseLoggingEnabled(false);
        this.slack = Slack.getInstance(config);
        AppConfig appConfig = AppConfig.builder().signingSecret(settings.signingSecret())
                .singleTeamBotToken(settings.botToken()).slack(slack)
                .authTestCacheEnabled(true) // else every request waits for an auth.test call before its ack
                .build();
        this.app = new App(appConfig);
        this.parser = new SlackRequestParser(appConfig);
        this.client = slack.methods(settings.botToken());
        this.gateway = new SlackGateway(client, sleeper);
        this.users = new SlackUsers(client, clock);
        this.worker = worker;
        this.fileShares = new SlackFileShares(assistant, users,
                new SlackFiles(settings.botToken(), settings.apiUrl()), this::accept);
        this.replies = new SlackReplies(slack, gateway, clock, defaultLang, this::publishHome);
        routes();
        directMessages();
        fileShares.register(app);
    }

    public ChatGateway gateway() {
        return gateway;
    }

    /** One HTTP request from Slack, as the web server received it. */
    public HttpResult handle(String requestUri, Map<String, List<String>> query, Map<String, List<String>> headers,
                             String body, String remoteAddress) {
        try {
            Request<?> request = parser.parse(SlackRequestParser.HttpRequest.builder().requestUri(requestUri)
                    .queryString(query).headers(new RequestHeaders(headers)).requestBody(body)
                    .remoteAddress(remoteAddress).build());
            if (request == null) return new HttpResult(400, "text/plain", "not a Slack request");
            Response response = app.run(request);
            return new HttpResult(response.getStatusCode(),
                    Optional.ofNullable(response.getContentType()).orElse("text/plain"),
                    Optional.ofNullable(response.getBody()).orElse(""));
        } catch (Exception e) {
            LOG.log(System.Logger.Level.ERROR, "Slack request failed", e);
            return new HttpResult(500, "text/plain", "error");
        }
    }

    private void routes() {
        app.command(settings.command(), (req, ctx) -> {
            SlashCommandPayload p = req.getPayload();
            if (CommandLimit.exceeded(p.getText())) { // refused before anything reads it, and without a worker
                Reply refused = CommandLimit.refusal(p.getText(), defaultLang);
                return ctx.ack(r -> r.responseType("ephemeral").text(SlackBlocks.fallback(refused)));
            }
            String text = SlackText.toCommand(p.getText());
            Optional<SlackForms.Kind> form = bareFormCommand(text);
            ConversationRef where = new ConversationRef(PLATFORM, p.getTeamId(), p.getChannelId());
            if (form.isPresent()) {
                submit(() -> openForm(p.getTriggerId(), p.getTeamId(),
                        new SlackForms.Origin(form.get(), p.getChannelId(), langOf(text)), ""));
                return ctx.ack();
            }
            SlackReceived received = new SlackReceived(SlackReceived.Kind.COMMAND, p.getTriggerId(), p.getTeamId(),
                    p.getChannelId(), p.getUserId(), Optional.ofNullable(p.getUserName()), text,
                    Optional.ofNullable(p.getResponseUrl()), false, true);
            if (accept(received) != InboxWorkers.Accepted.BUSY) return ctx.ack();
            return ctx.ack(r -> r.responseType("ephemeral").text(Texts.of(langOf(text)).get("error.busy")));
        });

        app.event(AppMentionEvent.class, (req, ctx) -> {
            AppMentionEvent event = req.getEvent();
            if (fileShares.mentioned(req.getEventId(), req.getTeamId(), event)) return ctx.ack();
            if (CommandLimit.exceeded(event.getText())) {
                Reply refused = CommandLimit.refusal(event.getText(), defaultLang);
                submit(() -> gateway.ephemeral(event.getChannel(), event.getUser(), refused));
                return ctx.ack();
            }
            String text = SlackText.toCommand(LEADING_MENTION.matcher(event.getText()).replaceFirst(""));
            accept(new SlackReceived(SlackReceived.Kind.MENTION, "event:" + req.getEventId(), req.getTeamId(),
                    event.getChannel(), event.getUser(), Optional.empty(), text, Optional.empty(), false, true));
            return ctx.ack();
        });

        app.event(AppHomeOpenedEvent.class, (req, ctx) -> {
            AppHomeOpenedEvent event = req.getEvent();
            if (event.getTab() != null && !"home".equals(event.getTab())) return ctx.ack();
            String team = req.getTeamId();
            submit(() -> publishHome(team, event.getUser()));
            return ctx.ack();
        });

        app.blockAction(Pattern.compile("samverka\\..+"), (req, ctx) -> {
            BlockActionPayload p = req.getPayload();
            if (p.getActions() == null || p.getActions().isEmpty()) return ctx.ack();
            BlockActionPayload.Action action = p.getActions().get(0);
            Optional<SlackBlocks.Carried> carried = SlackBlocks.Carried.read(action.getValue());
            String team = p.getTeam() != null ? p.getTeam().getId() : ctx.getTeamId();
            Optional<String> slacks = Optional.ofNullable(p.getChannel()).map(BlockActionPayload.Channel::getId);
            Optional<String> channel = carried.flatMap(SlackBlocks.Carried::channel).or(() -> slacks);
            if (carried.isEmpty() || channel.isEmpty()) return ctx.ack();
            String command = carried.get().command();
            boolean fromHome = p.getContainer() != null && "view".equals(p.getContainer().getType());
            boolean vouched = channel.equals(slacks); // else the channel is only what the button's value says
            String user = p.getUser().getId();
            if (action.getActionId().startsWith(SlackBlocks.EDIT)) {
                ConversationRef where = new ConversationRef(PLATFORM, team, channel.get());
                submit(() -> {
                    if (!vouched && !mayActIn(where, user)) {
                        replies.tell(team, user, fromHome ? null : p.getResponseUrl(), notYourGroup(command));
                    } else {
                        openForm(p.getTriggerId(), team, new SlackForms.Origin(SlackForms.Kind.EDIT, channel.get(), langOf(command)), command);
                    }
                });
                return ctx.ack();
            }
            accept(new SlackReceived(SlackReceived.Kind.ACTION, "action:" + p.getTriggerId(), team, channel.get(),
                    user, Optional.ofNullable(p.getUser().getName()), command,
                    Optional.ofNullable(p.getResponseUrl()), fromHome, vouched));
            return ctx.ack();
        });

        for (String shortcut : List.of("agenda", "decision", "action")) {
            SlackForms.Kind kind = SlackForms.Kind.valueOf(shortcut.toUpperCase(java.util.Locale.ROOT));
            app.messageShortcut("samverka.shortcut." + shortcut, (req, ctx) -> {
                var p = req.getPayload();
                String text = p.getMessage() == null ? "" : SlackText.toCommand(p.getMessage().getText());
                submit(() -> openForm(p.getTriggerId(), p.getTeam().getId(), new SlackForms.Origin(kind, p.getChannel().getId(), defaultLang), text));
                return ctx.ack();
            });
        }

        app.viewSubmission(Pattern.compile(Pattern.quote(SlackForms.CALLBACK) + ".+"), (req, ctx) -> {
            var p = req.getPayload();
            Optional<SlackForms.Origin> origin = SlackForms.Origin.read(p.getView().getPrivateMetadata());
            if (origin.isEmpty()) return ctx.ack();
            String command = SlackForms.command(origin.get(), p.getView().getState());
            // the channel is only what the form's metadata says: not vouched for by Slack
            SlackReceived received = new SlackReceived(SlackReceived.Kind.VIEW, "view:" + p.getTriggerId(),
                    p.getTeam().getId(), origin.get().channel(), p.getUser().getId(),
                    Optional.ofNullable(p.getUser().getName()), command, Optional.empty(), false, false);
            Prepared prepared = prepare(received);
            Reply reply = prepared.refusal().orElseGet(() -> worker.carryOutNow(received.deliveryId(), received.json(),
                    () -> assistant.handle(prepared.command()), this::carry));
            if (reply.rejected()) {
                return ctx.ack(r -> r.responseAction("errors").errors(Map.of(origin.get().kind().mainField,
                        SlackBlocks.cut(plain(reply), 300))));
            }
            return ctx.ack();
        });
    }

    /**
     * The bot's direct messages (message.im): a text is a command, as after /samverka (a shared file is minutes to
     * import: {@link SlackFileShares}). The bot's own messages and edits, deletions and other message events are
     * only acknowledged.
     */
    private void directMessages() {
        app.event(MessageEvent.class, (req, ctx) -> {
            MessageEvent event = req.getEvent();
            if (!"im".equals(event.getChannelType()) || event.getBotId() != null || event.getUser() == null) return ctx.ack();
            String typed = java.util.Objects.requireNonNullElse(event.getText(), "");
            if (CommandLimit.exceeded(typed)) {
                Reply refused = CommandLimit.refusal(typed, defaultLang);
                submit(() -> gateway.post(new ConversationRef(PLATFORM, req.getTeamId(), event.getChannel()), refused));
                return ctx.ack();
            }
            String text = SlackText.toCommand(LEADING_MENTION.matcher(typed).replaceFirst(""));
            accept(new SlackReceived(SlackReceived.Kind.MENTION, "event:" + req.getEventId(), req.getTeamId(),
                    event.getChannel(), event.getUser(), Optional.empty(), text, Optional.empty(), false, true));
            return ctx.ack();
        });
        app.event(MessageChangedEvent.class, (req, ctx) -> ctx.ack());
        app.event(MessageDeletedEvent.class, (req, ctx) -> ctx.ack());
        app.event(MessageBotEvent.class, (req, ctx) -> ctx.ack());
        app.event(MessageRepliedEvent.class, (req, ctx) -> ctx.ack());
        app.event(MessageThreadBroadcastEvent.class, (req, ctx) -> ctx.ack());
        app.event(MessageMeEvent.class, (req, ctx) -> ctx.ack());
    }

    /** The language of a command: the one its command word is spelt in, else the bot's default. */
    private Lang langOf(String command) {
        return Grammar.parse(command).map(Grammar.Parsed::lang).orElse(defaultLang);
    }

    /** "punkt", "åtgärd", "beslut", "möte" alone (in either language): the command's form. */
    static Optional<SlackForms.Kind> bareFormCommand(String text) {
        return Grammar.parse(text).filter(p -> p.args().isBlank()).flatMap(p -> SlackForms.Kind.forVerb(p.verb()));
    }

    /** Stores the command and hands it to a worker: the acknowledgement. */
    private InboxWorkers.Accepted accept(SlackReceived received) {
        return worker.accept(received.deliveryId(), received.json(), this::carry);
    }

    /** Runs on a worker, at once or after a restart: carries out a stored command (unless it was) and answers it. */
    private void carry(Inbox.Entry entry) {
        SlackReceived r = SlackReceived.read(entry.payload());
        Reply reply = entry.reply().orElseGet(() -> {
            if (r.kind() == SlackReceived.Kind.FILE) return worker.recorded(entry, fileShares.importFile(r));
            Prepared prepared = prepare(r); // asks Slack who is who: outside the command's transaction
            return prepared.refusal().map(refused -> worker.recorded(entry, refused))
                    .orElseGet(() -> worker.carryOut(entry, r.text(), () -> assistant.handle(prepared.command())));
        });
        if (reply.isRepeat()) return;
        replies.answer(entry, r, reply);
    }

    /** The core's command to carry out, or the refusal that stands in its place. */
    private record Prepared(IncomingCommand command, Optional<Reply> refusal) {
        static Prepared refused(Reply reply) {
            return new Prepared(null, Optional.of(reply));
        }
    }

    /**
     * The core's command: who asked (Slack is asked), where (a direct chat works on the user's group), what. Refused
     * when the channel came only from a button or a form and the user is not a member of its group, or when the text
     * mentions more people than may be looked up.
     */
    private Prepared prepare(SlackReceived r) {
        ConversationRef asked = new ConversationRef(PLATFORM, r.team(), r.channel());
        ChatUser user = users.user(r.team(), r.user(), r.userName().orElse(null));
        if (!r.vouched() && !assistant.mayActIn(asked, user)) return Prepared.refused(notYourGroup(r.text()));
        ConversationRef where = groupChannel(assistant, asked, user);
        Optional<List<ChatUser>> mentions = users.mentioned(where.workspaceId(), r.text());
        if (mentions.isEmpty()) {
            return Prepared.refused(Reply.builder()
                    .text(Texts.of(langOf(r.text())).get("error.tooManyMentions", SlackUsers.MAX_MENTIONS)).rejected());
        }
        return new Prepared(new IncomingCommand(where, user, r.text(), mentions.get(), Optional.of(r.deliveryId())),
                Optional.empty());
    }

    /** Where a command works: in a direct message with the bot, on the user's group (when they have one). */
    static ConversationRef groupChannel(Assistant assistant, ConversationRef asked, ChatUser user) {
        return direct(asked.channelId())
                ? new ConversationRef(PLATFORM, asked.workspaceId(), assistant.directChannel(asked, user)) : asked;
    }

    /** Whether a channel is a direct message with the bot. */
    static boolean direct(String channel) {
        return channel.startsWith("D");
    }

    /** Whether the user is a member of the group of a channel that a button or form carried. */
    private boolean mayActIn(ConversationRef where, String userId) {
        return assistant.mayActIn(where, users.user(where.workspaceId(), userId, null));
    }

    private Reply notYourGroup(String command) {
        return Reply.builder().text(Texts.of(langOf(command)).get("error.notYourGroup")).rejected();
    }

    /** After a restart: carries out and answers the commands the last run acknowledged and left. */
    public int replay() {
        return worker.replay(this::carry);
    }

    private void openForm(String triggerId, String team, SlackForms.Origin origin, String prefill) {
        List<String> roster = origin.kind() == SlackForms.Kind.ACTION
                ? assistant.roster(new ConversationRef(PLATFORM, team, origin.channel()))
                : List.of();
        View view = SlackForms.form(origin, prefill, roster);
        gateway.call("views.open", () -> client.viewsOpen(r -> r.triggerId(triggerId).view(view)));
    }

    private void publishHome(String team, String userId) {
        ChatUser user = users.user(team, userId, null);
        Reply home = assistant.home(PLATFORM, team, user);
        View view = View.builder().type("home").blocks(SlackBlocks.view(home)).build();
        gateway.call("views.publish", () -> client.viewsPublish(r -> r.userId(userId).view(view)));
    }

    /** What was wrong, without the typed form of the command: the form itself shows how to fill it in. */
    private static String plain(Reply reply) {
        StringBuilder out = new StringBuilder();
        for (Block b : reply.blocks()) {
            if (b instanceof Block.Paragraph p) out.append(p.text()).append(' ');
        }
        return out.toString().strip();
    }

    private boolean submit(Runnable work) {
        return worker.submit(work);
    }

    @Override
    public void close() {
        worker.close();
    }
}
