package se.samverka.integrations.teams;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverka.config.TeamsSettings;
import se.samverka.core.chat.Assistant;
import se.samverka.core.chat.ChatUser;
import se.samverka.core.chat.CommandLimit;
import se.samverka.core.chat.ConversationRef;
import se.samverka.core.chat.IncomingCommand;
import se.samverka.core.chat.Reply;
import se.samverka.core.command.Grammar;
import se.samverka.core.domain.Lang;
import se.samverka.core.port.ChatGateway;
import se.samverka.core.port.ConversationReferences;
import se.samverka.core.port.DeliveryException;
import se.samverka.core.port.Inbox;
import se.samverka.core.port.Store;
import se.samverka.core.text.Texts;
import se.samverka.integrations.HttpResult;
import se.samverka.integrations.Sleeper;
import se.samverka.integrations.InboxWorkers;
import se.samverka.integrations.microsoft.ClientCredentials;

/**
 * The bot in Microsoft Teams: Bot Framework activities to {@code POST /api/messages}. Each request's token is
 * checked first ({@link TeamsAuth}); a request that fails gets 401 and nothing is stored or sent. A message
 * ("@Samverka beslut …" in a channel, or anything in a 1:1 chat) is stored in the inbox, acknowledged, and carried
 * out on a worker ({@link InboxWorkers}), its reply posted into the thread as Adaptive Cards; after a restart what
 * was left is carried out and answered (the Bot Connector takes a reply at any time). A pressed button (Action.Submit) arrives as a
 * message with a value and runs its command the same way; an Action.Execute ({@code adaptiveCard/action} invoke)
 * is carried out before the answer, which Teams shows. A file sent in a personal chat is minutes to import
 * ({@link TeamsFileShares}). Every activity updates where the channel and the user
 * can be reached later ({@link TeamsGateway}).
 */
public final class TeamsAdapter implements AutoCloseable {
    public static final String PLATFORM = "teams";
    private static final System.Logger LOG = System.getLogger(TeamsAdapter.class.getName());
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^<>]*>");
    private static final Pattern PLACEHOLDER = Pattern.compile("\u0001(\\d+)\u0002");
    private static final Pattern HOME = Pattern.compile("(?i)\\s*(hem|home|start)\\s*");
    /** The longest message text read: a command's limit with room for the HTML Teams wraps it in. */
    static final int MAX_MARKUP = 2 * CommandLimit.MAX_LENGTH;

    /** Where an activity came from. */
    record Where(String serviceUrl, String tenant, String channelId, String conversationId, boolean personal,
                 String activityId, String botId) {}

    private final TeamsSettings settings;
    private final Assistant assistant;
    private final Store store;
    private final Lang defaultLang;
    private final TeamsAuth auth;
    private final BotConnector connector;
    private final TeamsGateway gateway;
    private final TeamsUsers users;
    private final InboxWorkers worker;
    private final TeamsFileShares files;

    public TeamsAdapter(TeamsSettings settings, Assistant assistant, Store store, Lang defaultLang, Clock clock,
                        Sleeper sleeper, InboxWorkers worker) {
        this.settings = settings;
        this.worker = worker;
        this.assistant = assistant;
        this.store = store;
        this.defaultLang = defaultLang;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        this.auth = new TeamsAuth(settings.openIdUrl(), settings.appId(), http, clock);
        ClientCredentials token = new ClientCredentials(http, settings.tokenUrl(), settings.appId(),
                settings.appPassword(), TeamsSettings.CONNECTOR_SCOPE, clock);
        this.connector = new BotConnector(http, token, sleeper);
        this.gateway = new TeamsGateway(connector, store, settings.appId());
        this.users = new TeamsUsers(connector, clock);
        this.files = new TeamsFileShares(assistant, settings.filesUrl());
    }

    public ChatGateway gateway() {
        return gateway;
    }

    /** One HTTP request from the Bot Framework. */
    public HttpResult handle(Optional<String> authorization, String body) {
        JsonObject activity;
        try {
            activity = JsonParser.parseString(body).getAsJsonObject();
        } catch (RuntimeException e) {
            return auth.verify(authorization, "").isPresent() ? HttpResult.empty(400) : HttpResult.empty(401);
        }
        String serviceUrl = string(activity, "serviceUrl");
        if (auth.verify(authorization, serviceUrl).isEmpty()) return HttpResult.empty(401);
        try {
            Optional<Where> where = where(activity);
            if (where.isEmpty()) return HttpResult.empty(200); // not from a tenant: nothing the bot serves
            String type = string(activity, "type");
            return switch (type) {
                case "message" -> worker.accept(delivery(where.get()), body, this::carry) == InboxWorkers.Accepted.BUSY
                        ? HttpResult.empty(503) // the Bot Framework tries again; nothing was stored
                        : HttpResult.empty(200);
                case "invoke" -> invoke(activity, where.get());
                case "conversationUpdate", "installationUpdate" -> {
                    worker.submit(() -> installed(activity, where.get()));
                    yield HttpResult.empty(200);
                }
                default -> HttpResult.empty(200);
            };
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Teams activity failed", e);
            return HttpResult.empty(500);
        }
    }

    /** Runs on a worker, at once or after a restart: carries out a stored message (unless it was) and answers it. */
    private void carry(Inbox.Entry entry) {
        JsonObject activity = JsonParser.parseString(entry.payload()).getAsJsonObject();
        Where where = where(activity).orElseThrow();
        Reply reply = entry.reply().orElseGet(() -> message(entry, activity, where));
        if (reply.isRepeat()) return;
        gateway.send(where.serviceUrl(), where.conversationId(), Optional.of(where.activityId()), reply);
    }

    private Reply message(Inbox.Entry entry, JsonObject activity, Where where) {
        ChatUser user = sender(activity, where);
        remember(where, user, activity);
        Optional<Reply> imported = files.importFile(activity, where, user);
        if (imported.isPresent()) return worker.recorded(entry, imported.get());
        Optional<AdaptiveCards.Carried> pressed = AdaptiveCards.Carried.read(activity.get("value"));
        if (pressed.isPresent()) {
            String channel = pressed.get().channel().orElse(where.channelId());
            Optional<Reply> refused = notVouched(where, channel, user, pressed.get().command());
            if (refused.isPresent()) return worker.recorded(entry, refused.get());
            IncomingCommand command = command(where, channel, user, pressed.get().command(), List.of());
            return worker.carryOut(entry, command.text(), () -> assistant.handle(command));
        }
        if (string(activity, "text").length() > MAX_MARKUP) { // before anything reads it
            return worker.recorded(entry, CommandLimit.refusal(string(activity, "text").replaceFirst("^<p>", ""), defaultLang));
        }
        Optional<Reply> crowded = tooManyMentions(activity, where);
        if (crowded.isPresent()) return worker.recorded(entry, crowded.get()); // before anyone is looked up
        List<ChatUser> mentioned = new ArrayList<>();
        String text = commandText(activity, where, mentioned);
        if (where.personal() && HOME.matcher(text).matches()) {
            return worker.recorded(entry, assistant.home(PLATFORM, where.tenant(), user));
        }
        String channel = where.personal()
                ? assistant.directChannel(new ConversationRef(PLATFORM, where.tenant(), where.channelId()), user)
                : where.channelId();
        IncomingCommand command = command(where, channel, user, text, mentioned);
        return worker.carryOut(entry, text, () -> assistant.handle(command));
    }

    /** After a restart: carries out and answers the messages the last run acknowledged and left. */
    public int replay() {
        return worker.replay(this::carry);
    }

    /** Action.Execute: carried out now, because Teams shows the answer to the invoke. */
    private HttpResult invoke(JsonObject activity, Where where) {
        if (!"adaptiveCard/action".equals(string(activity, "name"))) return HttpResult.empty(200);
        JsonObject value = activity.has("value") && activity.get("value").isJsonObject()
                ? activity.getAsJsonObject("value") : new JsonObject();
        JsonElement data = value.has("action") && value.get("action").isJsonObject()
                ? value.getAsJsonObject("action").get("data") : null;
        Optional<AdaptiveCards.Carried> pressed = AdaptiveCards.Carried.read(data);
        if (pressed.isEmpty()) return invokeAnswer(Texts.of(defaultLang).get("error.unknownCommand", ""));
        ChatUser user = sender(activity, where);
        remember(where, user, activity);
        String channel = pressed.get().channel().orElse(where.channelId());
        Reply reply = notVouched(where, channel, user, pressed.get().command())
                .orElseGet(() -> assistant.handle(command(where, channel, user, pressed.get().command(), List.of())));
        if (!reply.isRepeat()) {
            try {
                gateway.send(where.serviceUrl(), where.conversationId(), Optional.empty(), reply);
            } catch (DeliveryException e) {
                LOG.log(System.Logger.Level.WARNING, "Teams reply to an invoke not posted: " + e.getMessage());
            }
        }
        return invokeAnswer(AdaptiveCards.summary(reply));
    }

    private static HttpResult invokeAnswer(String message) {
        JsonObject answer = new JsonObject();
        answer.addProperty("statusCode", 200);
        answer.addProperty("type", "application/vnd.microsoft.activity.message");
        answer.addProperty("value", message);
        return new HttpResult(200, "application/json", answer.toString());
    }

    /** The bot was added to a team, a chat or by a person: remember where, and say hello when it is the bot. */
    private void installed(JsonObject activity, Where where) {
        save(where.tenant(), where.channelId(), new ConversationReferences.Ref(where.serviceUrl(),
                Optional.of(baseConversation(where.conversationId())), Optional.empty()));
        boolean botAdded = false;
        if (activity.has("membersAdded") && activity.get("membersAdded").isJsonArray()) {
            for (JsonElement m : activity.getAsJsonArray("membersAdded")) {
                if (m.isJsonObject() && where.botId().equals(string(m.getAsJsonObject(), "id"))) botAdded = true;
            }
        }
        if ("installationUpdate".equals(string(activity, "type"))) botAdded = "add".equals(string(activity, "action"));
        if (!botAdded) return;
        Texts t = Texts.of(defaultLang);
        Reply hello = Reply.builder().heading(t.get("teams.welcome.heading")).text(t.get("teams.welcome"))
                .context(t.get("teams.welcome.hint")).ok();
        gateway.send(where.serviceUrl(), baseConversation(where.conversationId()), Optional.empty(), hello);
    }

    private static IncomingCommand command(Where where, String channel, ChatUser user, String text,
                                           List<ChatUser> mentioned) {
        ConversationRef ref = new ConversationRef(PLATFORM, where.tenant(), channel);
        return new IncomingCommand(ref, user, text, mentioned, Optional.of(delivery(where)));
    }

    /** A refusal when the channel is only what a card's value names and the user is not a member of its group. */
    private Optional<Reply> notVouched(Where where, String channel, ChatUser user, String text) {
        ConversationRef ref = new ConversationRef(PLATFORM, where.tenant(), channel);
        if (channel.equals(where.channelId()) || assistant.mayActIn(ref, user)) return Optional.empty();
        Lang lang = Grammar.parse(text).map(Grammar.Parsed::lang).orElse(defaultLang);
        return Optional.of(Reply.builder().text(Texts.of(lang).get("error.notYourGroup")).rejected());
    }

    /** The activity's delivery id: the same for the Bot Framework's retries of it. */
    private static String delivery(Where where) {
        return "activity:" + where.conversationId() + "/" + where.activityId();
    }

    private ChatUser sender(JsonObject activity, Where where) {
        JsonObject from = object(activity, "from");
        return users.user(where.serviceUrl(), baseConversation(where.conversationId()), string(from, "id"),
                Optional.of(string(from, "aadObjectId")).filter(s -> !s.isBlank()), string(from, "name"));
    }

    /** Where the channel and the user can be reached later. */
    private void remember(Where where, ChatUser user, JsonObject activity) {
        save(where.tenant(), where.channelId(), new ConversationReferences.Ref(where.serviceUrl(),
                Optional.of(where.personal() ? where.conversationId() : where.channelId()), Optional.empty()));
        save(where.tenant(), ConversationReferences.user(user.id()), new ConversationReferences.Ref(where.serviceUrl(),
                where.personal() ? Optional.of(where.conversationId()) : Optional.empty(),
                Optional.of(string(object(activity, "from"), "id")).filter(s -> !s.isBlank())));
    }

    private void save(String tenant, String target, ConversationReferences.Ref ref) {
        store.transactions().run(() -> store.conversations().save(PLATFORM, tenant, target, ref));
    }

    /**
     * A refusal when the message mentions more than {@link CommandLimit#MAX_MENTIONS} other people: each one would
     * be a call to the Bot Connector. Counted on the entities alone, before any look-up; in the language of the
     * command word, read from the text with the bot's own mention and the tags taken out.
     */
    private Optional<Reply> tooManyMentions(JsonObject activity, Where where) {
        if (!activity.has("entities") || !activity.get("entities").isJsonArray()) return Optional.empty();
        java.util.Set<String> others = new java.util.HashSet<>();
        String text = string(activity, "text");
        for (JsonElement e : activity.getAsJsonArray("entities")) {
            if (!e.isJsonObject() || !"mention".equals(string(e.getAsJsonObject(), "type"))) continue;
            JsonObject entity = e.getAsJsonObject();
            String id = string(object(entity, "mentioned"), "id");
            if (where.botId().equals(id)) {
                String shown = string(entity, "text");
                if (!shown.isEmpty()) text = text.replace(shown, " ");
            } else {
                others.add(id);
            }
        }
        if (others.size() <= CommandLimit.MAX_MENTIONS) return Optional.empty();
        String head = unescape(TAG.matcher(text.length() > 400 ? text.substring(0, 400) : text).replaceAll(" ")).strip();
        Lang lang = Grammar.parse(head).map(Grammar.Parsed::lang).orElse(defaultLang);
        return Optional.of(Reply.builder().text(Texts.of(lang).get("error.tooManyMentions", CommandLimit.MAX_MENTIONS)).rejected());
    }

    /**
     * The command in a message: the bot's own mention taken out, other people's mentions as {@code <@id|name>}
     * (their ids looked up, so that the core can match them to the roster), HTML tags dropped and entities read.
     */
    String commandText(JsonObject activity, Where where, List<ChatUser> mentioned) {
        String text = string(activity, "text");
        Map<String, String> placeholders = new LinkedHashMap<>();
        if (activity.has("entities") && activity.get("entities").isJsonArray()) {
            for (JsonElement e : activity.getAsJsonArray("entities")) {
                if (!e.isJsonObject() || !"mention".equals(string(e.getAsJsonObject(), "type"))) continue;
                JsonObject entity = e.getAsJsonObject();
                JsonObject who = object(entity, "mentioned");
                String shown = string(entity, "text");
                if (shown.isEmpty() || !text.contains(shown)) continue;
                String replacement;
                if (where.botId().equals(string(who, "id"))) {
                    replacement = "";
                } else {
                    ChatUser user = users.user(where.serviceUrl(), baseConversation(where.conversationId()),
                            string(who, "id"), Optional.empty(), string(who, "name"));
                    mentioned.add(user);
                    replacement = "<@" + user.id() + "|" + user.displayName().replace(">", "") + ">";
                }
                String key = "\u0001" + placeholders.size() + "\u0002";
                placeholders.put(key, replacement);
                text = text.replace(shown, key);
            }
        }
        text = unescape(TAG.matcher(text).replaceAll(" "));
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(placeholders.getOrDefault(m.group(), "")));
        m.appendTail(out);
        return out.toString().replace('\u00a0', ' ').replaceAll("[ \\t]+", " ").strip();
    }

    static String unescape(String html) {
        return html.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&apos;", "'").replace("&amp;", "&");
    }

    /** The activity's conversation; empty when it carries no tenant (not Teams in an organisation). */
    static Optional<Where> where(JsonObject activity) {
        JsonObject conversation = object(activity, "conversation");
        JsonObject channelData = object(activity, "channelData");
        String tenant = string(object(channelData, "tenant"), "id");
        if (tenant.isBlank()) tenant = string(conversation, "tenantId");
        String conversationId = string(conversation, "id");
        String serviceUrl = string(activity, "serviceUrl");
        if (tenant.isBlank() || conversationId.isBlank() || serviceUrl.isBlank()) return Optional.empty();
        String channel = string(object(channelData, "channel"), "id");
        if (channel.isBlank()) channel = baseConversation(conversationId);
        boolean personal = "personal".equals(string(conversation, "conversationType").toLowerCase(Locale.ROOT));
        return Optional.of(new Where(serviceUrl, tenant, channel, conversationId, personal, string(activity, "id"),
                string(object(activity, "recipient"), "id")));
    }

    /** "19:…@thread.tacv2;messageid=17…" is a thread in the channel "19:…@thread.tacv2". */
    static String baseConversation(String conversationId) {
        int semicolon = conversationId.indexOf(";messageid=");
        return semicolon < 0 ? conversationId : conversationId.substring(0, semicolon);
    }

    static JsonObject object(JsonObject o, String key) {
        return o != null && o.has(key) && o.get(key).isJsonObject() ? o.getAsJsonObject(key) : new JsonObject();
    }

    static String string(JsonObject o, String key) {
        JsonElement e = o == null ? null : o.get(key);
        return e == null || e.isJsonNull() || !e.isJsonPrimitive() ? "" : e.getAsString();
    }

    @Override
    public void close() {
        worker.close();
    }
}
