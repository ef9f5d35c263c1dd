package se.samverka.integrations.teams;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import se.samverka.core.port.DeliveryException;
import se.samverka.integrations.Sleeper;
import se.samverka.integrations.microsoft.ClientCredentials;
import se.samverka.integrations.microsoft.Http;

/**
 * The Bot Connector REST API of one conversation's serviceUrl: send an activity, open a 1:1 conversation, read
 * a member. Every call carries the bot's token. 429 and 5xx (and a dropped connection) are tried again, up to
 * {@value #ATTEMPTS} times, after the Retry-After the service gave or a backoff of 1, 2, 4 seconds; a wait
 * longer than {@link #LONGEST_WAIT} is not sat out but handed to the caller in the {@link DeliveryException}.
 * A 401 gets a fresh token once.
 */
final class BotConnector {
    static final int ATTEMPTS = 4;
    static final Duration LONGEST_WAIT = Duration.ofSeconds(60);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Gson GSON = new Gson();

    private final HttpClient http;
    private final ClientCredentials token;
    private final Sleeper sleeper;

    BotConnector(HttpClient http, ClientCredentials token, Sleeper sleeper) {
        this.http = http;
        this.token = token;
        this.sleeper = sleeper;
    }

    /** Posts an activity into the conversation (as a reply to {@code replyToId} when given); returns its id. */
    String send(String serviceUrl, String conversationId, Optional<String> replyToId, JsonObject activity) {
        String path = "v3/conversations/" + enc(conversationId) + "/activities"
                + replyToId.map(id -> "/" + enc(id)).orElse("");
        JsonObject answer = call("POST", serviceUrl, path, Optional.of(activity)).orElseGet(JsonObject::new);
        return answer.has("id") ? answer.get("id").getAsString() : "";
    }

    /** Opens (or finds) the 1:1 conversation of the bot with a user; returns its id. */
    String createConversation(String serviceUrl, JsonObject parameters) {
        JsonObject answer = call("POST", serviceUrl, "v3/conversations", Optional.of(parameters))
                .orElseThrow(() -> new DeliveryException("no conversation id in the answer", Optional.empty(), null));
        return answer.get("id").getAsString();
    }

    /** A member of a conversation, with e-mail and AAD object id; empty when the service does not know them. */
    Optional<JsonObject> member(String serviceUrl, String conversationId, String userId) {
        try {
            return call("GET", serviceUrl, "v3/conversations/" + enc(conversationId) + "/members/" + enc(userId),
                    Optional.empty());
        } catch (DeliveryException e) {
            return Optional.empty();
        }
    }

    private Optional<JsonObject> call(String method, String serviceUrl, String path, Optional<JsonObject> body) {
        URI uri = URI.create(serviceUrl.endsWith("/") ? serviceUrl + path : serviceUrl + "/" + path);
        boolean refreshed = false;
        for (int attempt = 1; ; attempt++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                    .header("Authorization", "Bearer " + token.token())
                    .header("Content-Type", "application/json; charset=utf-8");
            request.method(method, body.map(b -> HttpRequest.BodyPublishers.ofString(GSON.toJson(b), StandardCharsets.UTF_8))
                    .orElse(HttpRequest.BodyPublishers.noBody()));
            Optional<Duration> wait;
            String problem;
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                int status = response.statusCode();
                if (status / 100 == 2) {
                    String text = response.body();
                    return text == null || text.isBlank() ? Optional.empty()
                            : Optional.of(JsonParser.parseString(text).getAsJsonObject());
                }
                if (status == 401 && !refreshed) {
                    token.forget();
                    refreshed = true;
                    attempt--;
                    continue;
                }
                problem = method + " " + path + ": HTTP " + status;
                if (status != 429 && status / 100 != 5) throw new DeliveryException(problem, Optional.empty(), null);
                wait = Http.retryAfter(response);
            } catch (IOException e) {
                problem = method + " " + path + ": " + e.getMessage();
                wait = Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DeliveryException("interrupted", Optional.empty(), e);
            }
            Duration pause = wait.orElse(Duration.ofSeconds(1L << (attempt - 1)));
            if (attempt >= ATTEMPTS || pause.compareTo(LONGEST_WAIT) > 0) {
                throw new DeliveryException(problem + " (after " + attempt + " attempts)", wait, null);
            }
            try {
                sleeper.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DeliveryException("interrupted", Optional.empty(), e);
            }
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
