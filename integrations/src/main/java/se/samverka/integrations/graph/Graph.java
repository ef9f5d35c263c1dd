package se.samverka.integrations.graph;

import com.microsoft.graph.core.requests.GraphClientFactory;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.ApiException;
import com.microsoft.kiota.RequestOption;
import com.microsoft.kiota.authentication.AccessTokenProvider;
import com.microsoft.kiota.authentication.AllowedHostsValidator;
import com.microsoft.kiota.authentication.BaseBearerTokenAuthenticationProvider;
import com.microsoft.kiota.http.middleware.options.RetryHandlerOption;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.samverka.config.GraphSettings;
import se.samverka.core.port.DeliveryException;
import se.samverka.integrations.microsoft.ClientCredentials;
import se.samverka.integrations.microsoft.Http;

/**
 * The Microsoft Graph SDK client, set up once: the app's own token (client credentials) sent only to the Graph
 * host, the endpoint from {@code GRAPH_BASE_URL}, and the SDK's retry of 429/503/504 kept to short waits
 * ({@value #SDK_RETRIES} retries, honouring Retry-After up to {@link #SDK_LONGEST_WAIT}); a longer outage is left
 * to the caller, who keeps the work and tries again later.
 */
public final class Graph {
    static final int SDK_RETRIES = 2;
    static final Duration SDK_LONGEST_WAIT = Duration.ofSeconds(10);

    private final GraphServiceClient client;
    private final GraphSettings settings;

    public Graph(GraphSettings settings, Clock clock) {
        this.settings = settings;
        ClientCredentials token = new ClientCredentials(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(),
                settings.tokenUrl(), settings.clientId(), settings.clientSecret(), settings.scope(), clock);
        String host = settings.baseUrl().getHost();
        AccessTokenProvider provider = new AccessTokenProvider() {
            private final AllowedHostsValidator allowed = new AllowedHostsValidator(host);

            @Override
            public String getAuthorizationToken(URI uri, Map<String, Object> context) {
                if (!allowed.isUrlHostValid(uri)) return "";
                boolean local = "localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost());
                if (!"https".equalsIgnoreCase(uri.getScheme()) && !local) {
                    throw new IllegalArgumentException("a token is sent over https only: " + uri.getHost());
                }
                return token.token();
            }

            @Override
            public AllowedHostsValidator getAllowedHostsValidator() {
                return allowed;
            }
        };
        // the SDK waits out whatever Retry-After says; a long wait is not sat out here but left to the caller
        RetryHandlerOption retry = new RetryHandlerOption((delay, attempt, request, response) ->
                Optional.ofNullable(response.header("Retry-After")).flatMap(Http::seconds)
                        .map(wait -> wait.compareTo(SDK_LONGEST_WAIT) <= 0).orElse(true), SDK_RETRIES, 1);
        this.client = new GraphServiceClient(new BaseBearerTokenAuthenticationProvider(provider),
                GraphClientFactory.create(new RequestOption[] {retry}).callTimeout(Duration.ofSeconds(60)).build());
        client.getRequestAdapter().setBaseUrl(settings.baseUrl().toString());
    }

    GraphServiceClient client() {
        return client;
    }

    GraphSettings settings() {
        return settings;
    }

    /** An SDK failure as the core's DeliveryException, with the wait Graph asked for. */
    static DeliveryException failure(String what, RuntimeException e) {
        if (e instanceof DeliveryException d) return d;
        Optional<Duration> wait = Optional.empty();
        String status = "";
        if (e instanceof ApiException api) {
            status = "HTTP " + api.getResponseStatusCode() + " ";
            if (api.getResponseHeaders() != null) {
                for (Map.Entry<String, Set<String>> h : api.getResponseHeaders().entrySet()) {
                    if (h.getKey().equalsIgnoreCase("Retry-After") && !h.getValue().isEmpty()) {
                        wait = Http.seconds(h.getValue().iterator().next());
                    }
                }
            }
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new DeliveryException(what + ": " + status + message, wait, e);
    }

    static int status(RuntimeException e) {
        return e instanceof ApiException api ? api.getResponseStatusCode() : 0;
    }
}
