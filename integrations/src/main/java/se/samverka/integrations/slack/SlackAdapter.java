package se.samverka.integrations.slack;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
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
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import se.samverka.config.SlackSettings;
import se.samverka.integrations.HttpResult;
import se.samverka.integrations.Sleeper;
import se.samverka.integrations.Workers;
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
import se.samverka.core.port.DeliveryException;
import se.samverka.core.text.Texts;

/**
 * The bot as a Slack app. Every request to {@code /slack/events} goes through Bolt: Bolt checks the signature and
 * its age (RequestVerification: 401 for a missing, wrong, altered or over five minutes old request) and routes it
 * to one of the handlers here, which only translate between Slack and the core's {@link IncomingCommand}/{@link Reply}.
 *
 * <p>Slack wants an answer within 3 seconds, so a command is acknowledged at once and carried out on a worker;
 * its reply goes to the command's response_url (or the Web API for events). Forms are the exception: a submitted
 * modal is carried out before the answer, so that a mistake can be shown in the still open form.
 */
public final class SlackAdapter implements AutoCloseable {
    public static final String PLATFORM = "slack";
    static final int RESPONSE_URL_USES = 5;
    private static final System.Logger LOG = System.getLogger(SlackAdapter.class.getName());
    private static final Gson GSON = GsonFactory.createSnakeCase();
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
    private final Workers worker;

    public SlackAdapter(SlackSettings settings, Assistant assistant, Lang defaultLang, Clock clock,
                        Sleeper sleeper) {
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
        this.worker = new Workers("slack");
        routes();
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
            boolean queued = submit(() -> {
                Reply reply = run(where, p.getUserId(), p.getUserName(), text, p.getTriggerId());
                respond(p.getResponseUrl(), reply, false);
                if (reply.shared()) uploadDocuments(where, reply);
            });
            if (queued) return ctx.ack();
            return ctx.ack(r -> r.responseType("ephemeral").text(Texts.of(langOf(text)).get("error.busy")));
        });

        app.event(AppMentionEvent.class, (req, ctx) -> {
            AppMentionEvent event = req.getEvent();
            if (CommandLimit.exceeded(event.getText())) {
                Reply refused = CommandLimit.refusal(event.getText(), defaultLang);
                submit(() -> gateway.ephemeral(event.getChannel(), event.getUser(), refused));
                return ctx.ack();
            }
            String text = SlackText.toCommand(LEADING_MENTION.matcher(event.getText()).replaceFirst(""));
            ConversationRef where = new ConversationRef(PLATFORM, req.getTeamId(), event.getChannel());
            String eventId = req.getEventId();
            submit(() -> {
                Reply reply = run(where, event.getUser(), null, text, "event:" + eventId);
                if (reply.isRepeat()) return;
                if (reply.shared()) {
                    gateway.post(where, reply);
                    uploadDocuments(where, reply);
                } else {
                    gateway.ephemeral(event.getChannel(), event.getUser(), reply);
                }
            });
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
            Optional<String> channel = carried.flatMap(SlackBlocks.Carried::channel)
                    .or(() -> Optional.ofNullable(p.getChannel()).map(BlockActionPayload.Channel::getId));
            if (carried.isEmpty() || channel.isEmpty()) return ctx.ack();
            String command = carried.get().command();
            if (action.getActionId().startsWith(SlackBlocks.EDIT)) {
                submit(() -> openForm(p.getTriggerId(), team,
                        new SlackForms.Origin(SlackForms.Kind.EDIT, channel.get(), langOf(command)), command));
                return ctx.ack();
            }
            boolean fromHome = p.getContainer() != null && "view".equals(p.getContainer().getType());
            ConversationRef where = new ConversationRef(PLATFORM, team, channel.get());
            String user = p.getUser().getId();
            submit(() -> {
                Reply reply = run(where, user, p.getUser().getName(), command, "action:" + p.getTriggerId());
                if (fromHome || p.getResponseUrl() == null) {
                    if (!reply.isRepeat()) gateway.direct(team, user, reply);
                    publishHome(team, user);
                } else {
                    respond(p.getResponseUrl(), reply, false);
                }
            });
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
            ConversationRef where = new ConversationRef(PLATFORM, p.getTeam().getId(), origin.get().channel());
            Reply reply = run(where, p.getUser().getId(), p.getUser().getName(), command, "view:" + p.getTriggerId());
            if (reply.rejected()) {
                return ctx.ack(r -> r.responseAction("errors").errors(Map.of(origin.get().kind().mainField,
                        SlackBlocks.cut(plain(reply), 300))));
            }
            if (!reply.isRepeat()) {
                String user = p.getUser().getId();
                submit(() -> postOrTellUser(where, user, reply));
            }
            return ctx.ack();
        });
    }

    /** The language of a command: the one its command word is spelt in, else the bot's default. */
    private Lang langOf(String command) {
        return Grammar.parse(command).map(Grammar.Parsed::lang).orElse(defaultLang);
    }

    /** "punkt", "åtgärd", "beslut", "möte" alone (in either language): the command's form. */
    static Optional<SlackForms.Kind> bareFormCommand(String text) {
        return Grammar.parse(text).filter(p -> p.args().isBlank()).flatMap(p -> SlackForms.Kind.forVerb(p.verb()));
    }

    private Reply run(ConversationRef asked, String userId, String userName, String text, String deliveryId) {
        ChatUser user = users.user(asked.workspaceId(), userId, userName);
        // in a direct message with the bot, the command is for the user's group (when they have one)
        ConversationRef where = asked.channelId().startsWith("D")
                ? new ConversationRef(PLATFORM, asked.workspaceId(), assistant.directChannel(asked, user)) : asked;
        List<ChatUser> mentions = users.mentioned(where.workspaceId(), text);
        return assistant.handle(new IncomingCommand(where, user, text, mentions, Optional.ofNullable(deliveryId)));
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
