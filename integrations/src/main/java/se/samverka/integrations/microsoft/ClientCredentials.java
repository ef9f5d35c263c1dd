package se.samverka.integrations.microsoft;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import se.samverka.core.port.DeliveryException;

/**
 * The app's own access token from the Microsoft identity platform (OAuth 2.0 client credentials: one POST of the
 * client id and secret for a scope), kept until five minutes before it runs out. The Bot Connector and Graph
 * each have one.
 */
public final class ClientCredentials {
    static final Duration MARGIN = Duration.ofMinutes(5);
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final HttpClient http;
    private final URI tokenUrl;
    private final String clientId;
    private final String clientSecret;
    private final String scope;
    private final Clock clock;
    private String token;
    private Instant refreshAt = Instant.MIN;

    public ClientCredentials(HttpClient http, URI tokenUrl, String clientId, String clientSecret, String scope, Clock clock) {
        this.http = Objects.requireNonNull(http, "http");
        this.tokenUrl = Objects.requireNonNull(tokenUrl, "tokenUrl");
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
        this.scope = Objects.requireNonNull(scope, "scope");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A valid token; throws {@link DeliveryException} when the identity platform refuses or cannot be reached. */
    public synchronized String token() {
        if (token != null && clock.instant().isBefore(refreshAt)) return token;
        String form = "grant_type=client_credentials&client_id=" + enc(clientId) + "&client_secret=" + enc(clientSecret)
                + "&scope=" + enc(scope);
        HttpRequest request = HttpRequest.newBuilder(tokenUrl).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DeliveryException("token endpoint unreachable: " + e.getMessage(), Optional.empty(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("interrupted", Optional.empty(), e);
        }
        if (response.statusCode() != 200) {
            throw new DeliveryException("token refused: HTTP " + response.statusCode() + " " + error(response.body()),
                    Http.retryAfter(response), null);
        }
        JsonObject json = JsonParser.parseString(response.body()).getAsJsonObject();
        token = json.get("access_token").getAsString();
        long seconds = json.has("expires_in") ? json.get("expires_in").getAsLong() : 3600;
        refreshAt = clock.instant().plusSeconds(seconds).minus(MARGIN);
        return token;
    }

    /** Forgets the token (after the API answered 401 with it). */
    public synchronized void forget() {
        token = null;
    }

    private static String error(String body) {
        try {
            JsonObject json = JsonParser.parseString(body).getAsJsonObject();
            return json.has("error") ? json.get("error").getAsString() : "";
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
