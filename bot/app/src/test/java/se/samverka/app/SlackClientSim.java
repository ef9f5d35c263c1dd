package se.samverka.app;

import com.google.gson.JsonObject;
import com.slack.api.app_backend.SlackSignature;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/** Slack's side of the conversation: requests to /slack/events signed exactly as Slack signs them. */
final class SlackClientSim {
    static final String TEAM = "T0SAMVERKA";
    static final String CHANNEL = "C0GRUPP";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String endpoint;
    private final String secret;
    private final FakeSlack fake;
    private final AtomicInteger triggers = new AtomicInteger();

    SlackClientSim(String endpoint, String secret, FakeSlack fake) {
        this.endpoint = endpoint;
        this.secret = secret;
        this.fake = fake;
    }

    /** A fresh trigger id; its response_url on the fake Slack is {@code respond:<trigger>}. */
    String trigger() {
        return "TR" + triggers.incrementAndGet();
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The form body of "/samverka text" typed by the user in the channel. */
    String slashBody(String trigger, String userId, String text, String channel) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("token", "legacy-token-unused");
        f.put("team_id", TEAM);
        f.put("team_domain", "samverka-test");
        f.put("channel_id", channel);
        f.put("channel_name", "strategisk-grupp");
        f.put("user_id", userId);
        f.put("user_name", userId.toLowerCase(java.util.Locale.ROOT));
        f.put("command", "/samverka");
        f.put("text", text);
        f.put("api_app_id", "A0SAMVERKA");
        f.put("response_url", fake.responseUrl(trigger));
        f.put("trigger_id", trigger);
        return form(f);
    }

    HttpResponse<String> slash(String trigger, String userId, String text) throws IOException, InterruptedException {
        return slash(trigger, userId, text, CHANNEL);
    }

    /** The slash command in another conversation (a direct message with the bot: "D…"). */
    HttpResponse<String> slash(String trigger, String userId, String text, String channel) throws IOException, InterruptedException {
        return post(slashBody(trigger, userId, text, channel), "application/x-www-form-urlencoded");
    }

    /** An interaction (button, modal, shortcut): payload=JSON, as Slack sends it. */
    HttpResponse<String> interaction(JsonObject payload) throws IOException, InterruptedException {
        return post(form(Map.of("payload", payload.toString())), "application/x-www-form-urlencoded");
    }

    /** An Events API callback around the event. */
    static String eventBody(String eventId, JsonObject event) {
        JsonObject body = new JsonObject();
        body.addProperty("token", "legacy-token-unused");
        body.addProperty("team_id", TEAM);
        body.addProperty("api_app_id", "A0SAMVERKA");
        body.add("event", event);
        body.addProperty("type", "event_callback");
        body.addProperty("event_id", eventId);
        body.addProperty("event_time", 1763000000);
        return body.toString();
    }

    HttpResponse<String> post(String body, String contentType) throws IOException, InterruptedException {
        return post(body, contentType, System.currentTimeMillis() / 1000, secret, Map.of());
    }

    HttpResponse<String> post(String body, String contentType, long timestamp, String signingSecret,
                              Map<String, String> extraHeaders) throws IOException, InterruptedException {
        String ts = String.valueOf(timestamp);
        String signature = new SlackSignature.Generator(signingSecret).generate(ts, body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", ts)
                .header("X-Slack-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        extraHeaders.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends raw bytes with the given headers and no signing: for requests that are not Slack's. */
    HttpResponse<String> unsigned(String body, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
