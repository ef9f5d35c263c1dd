package se.samverka.app;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A local stand-in for Microsoft's side on a free port: the Bot Framework's OpenID metadata and signing keys (a
 * key made for the test), the identity platform's token endpoint, the Bot Connector of a Teams serviceUrl, and the
 * parts of Microsoft Graph the bot uses (a mailbox's events, groups and their members). Every call is recorded;
 * failures (429 with Retry-After, 503) can be queued per service.
 */
final class FakeMicrosoft implements AutoCloseable {
    static final String APP_ID = "6d2b3c4e-1111-4a2b-9c3d-aabbccddeeff";
    static final String TENANT = "72f988bf-0000-4f00-9000-2d7cd011db47";
    static final String ORGANIZER = "samverka@regionhalland.se";
    static final String BOT = "28:" + APP_ID;

    /**
     * One call: method, path (with the query), the Authorization header, the body, whether it was failed on purpose,
     * and the size of the body as it came over the wire, in bytes.
     */
    record Call(String method, String path, String authorization, String body, boolean failed, int bytes) {
        JsonObject json() {
            return JsonParser.parseString(body).getAsJsonObject();
        }
    }

    private final HttpServer server;
    private final List<Call> calls = new ArrayList<>();
    private final RSAKey key;
    private final RSAKey stranger;
    private final Map<String, Deque<int[]>> failures = new ConcurrentHashMap<>();
    private final Map<String, JsonObject> events = new ConcurrentHashMap<>();
    private final Map<String, String> eventByTransaction = new ConcurrentHashMap<>();
    private final Map<String, JsonObject> members = new ConcurrentHashMap<>();
    private final Map<String, List<JsonObject>> groups = new LinkedHashMap<>();
    private final Map<String, String> groupIds = new LinkedHashMap<>();
    private final AtomicInteger seq = new AtomicInteger();
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    FakeMicrosoft() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("test-key").generate();
        stranger = new RSAKeyGenerator(2048).keyID("test-key").generate(); // same key id, not published
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::serve);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String openIdUrl() {
        return base() + "/openid";
    }

    String teamsTokenUrl() {
        return base() + "/botframework.com/oauth2/v2.0/token";
    }

    String serviceUrl() {
        return base() + "/connector/";
    }

    String graphUrl() {
        return base() + "/v1.0";
    }

    /** The environment that points Teams and Graph at this fake. */
    Map<String, String> env() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("TEAMS_APP_ID", APP_ID);
        env.put("TEAMS_APP_PASSWORD", "teams-secret");
        env.put("TEAMS_OPENID_URL", openIdUrl());
        env.put("TEAMS_TOKEN_URL", teamsTokenUrl());
        env.put("TEAMS_FILES_URL", base() + "/files/"); // shared files: the fake serves them over http
        env.put("GRAPH_TENANT_ID", TENANT);
        env.put("GRAPH_CLIENT_ID", APP_ID);
        env.put("GRAPH_CLIENT_SECRET", "graph-secret");
        env.put("GRAPH_ORGANIZER", ORGANIZER);
        env.put("GRAPH_BASE_URL", graphUrl());
        env.put("GRAPH_AUTHORITY_URL", base());
        return env;
    }

    /** A Bot Framework token as the Bot Framework signs it, with what the test wants changed. */
    String token(String audience, String issuer, Instant expires, String serviceUrl, boolean publishedKey) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).audience(audience)
                .expirationTime(Date.from(expires)).notBeforeTime(Date.from(Instant.now().minusSeconds(60)))
                .issueTime(Date.from(Instant.now().minusSeconds(60))).claim("serviceurl", serviceUrl).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("test-key")
                .type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(publishedKey ? key : stranger));
        return jwt.serialize();
    }

    /** A good token for this fake's serviceUrl. */
    String token() throws Exception {
        return token(APP_ID, "https://api.botframework.com", Instant.now().plusSeconds(3600), serviceUrl(), true);
    }

    /** A Teams user the Bot Connector knows. */
    void member(String teamsId, String aadObjectId, String name, String email) {
        JsonObject m = new JsonObject();
        m.addProperty("id", teamsId);
        m.addProperty("aadObjectId", aadObjectId);
        m.addProperty("name", name);
        m.addProperty("email", email);
        m.addProperty("userPrincipalName", email);
        members.put(teamsId, m);
    }

    /** A Microsoft 365 group with user members (JSON as Graph returns users). */
    void group(String id, String name, List<JsonObject> users) {
        groups.put(name, users);
        groupIds.put(name, id);
    }

    static JsonObject user(String id, String name, String mail, String company) {
        JsonObject u = new JsonObject();
        u.addProperty("id", id);
        u.addProperty("displayName", name);
        if (mail != null) u.addProperty("mail", mail);
        u.addProperty("userPrincipalName", mail == null ? id + "@x.onmicrosoft.com" : mail);
        if (company != null) u.addProperty("companyName", company);
        return u;
    }

    /** The next {@code times} calls to a service ("graph", "connector", "token") answer {@code status}. */
    void fail(String service, int status, int retryAfterSeconds, int times) {
        Deque<int[]> queue = failures.computeIfAbsent(service, s -> new ArrayDeque<>());
        synchronized (queue) {
            for (int i = 0; i < times; i++) queue.add(new int[] {status, retryAfterSeconds});
        }
    }

    /** A file a user shares with the bot in Teams; returns its download URL. */
    String file(String name, byte[] content) {
        files.put(name, content);
        return base() + "/files/" + name;
    }

    /** Forgets every queued failure. */
    void recover() {
        failures.clear();
    }

    /** Takes an event away, as if someone deleted it in Outlook. */
    void deleteEvent(String id) {
        events.remove(id);
    }

    Map<String, JsonObject> events() {
        return Map.copyOf(events);
    }

    synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    List<Call> calls(String method, String pathPrefix) {
        return calls().stream().filter(c -> !c.failed() && c.method().equals(method) && c.path().startsWith(pathPrefix)).toList();
    }

    /** The activities the bot sent through the Bot Connector. */
    List<Call> activities() {
        return calls("POST", "/connector/v3/conversations/").stream().filter(c -> c.path().contains("/activities")).toList();
    }

    /** Waits (up to ten seconds) for {@code count} calls; returns them. */
    List<Call> await(String method, String pathPrefix, int count) {
        return Eventually.get(() -> Optional.of(calls(method, pathPrefix)).filter(found -> found.size() >= count),
                () -> "expected " + count + " calls of " + method + " " + pathPrefix + "; calls were: "
                        + calls().stream().map(c -> c.method() + " " + c.path()).collect(Collectors.joining(", ")));
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            byte[] raw = exchange.getRequestBody().readAllBytes();
            String body = new String(raw, StandardCharsets.UTF_8);
            String auth = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
            String service = path.startsWith("/v1.0/") ? "graph" : path.startsWith("/connector/") ? "connector"
                    : path.endsWith("/token") ? "token" : "other";
            Deque<int[]> queue = failures.get(service);
            int[] failure = null;
            if (queue != null) {
                synchronized (queue) {
                    failure = queue.poll();
                }
            }
            synchronized (this) {
                calls.add(new Call(method, path + (query == null ? "" : "?" + query), auth, body, failure != null, raw.length));
            }
            if (failure != null) {
                if (failure[1] > 0) exchange.getResponseHeaders().add("Retry-After", String.valueOf(failure[1]));
                send(exchange, failure[0], "{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"try later\"}}");
                return;
            }
            switch (service) {
                case "token" -> token(exchange, body);
                case "connector" -> connector(exchange, method, path, body);
                case "graph" -> graph(exchange, method, path, query, body);
                default -> other(exchange, path);
            }
        }
    }

    private void other(HttpExchange exchange, String path) throws IOException {
        if (path.startsWith("/files/") && files.containsKey(path.substring(7))) {
            byte[] bytes = files.get(path.substring(7));
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        } else if (path.equals("/openid")) {
            JsonObject meta = new JsonObject();
            meta.addProperty("issuer", "https://api.botframework.com");
            meta.addProperty("jwks_uri", base() + "/keys");
            send(exchange, 200, meta.toString());
        } else if (path.equals("/keys")) {
            send(exchange, 200, new JWKSet(key.toPublicJWK()).toString());
        } else {
            send(exchange, 404, "{}");
        }
    }

    private void token(HttpExchange exchange, String body) throws IOException {
        Map<String, String> form = form(body);
        if (!"client_credentials".equals(form.get("grant_type")) || form.get("client_secret") == null) {
            send(exchange, 400, "{\"error\":\"invalid_request\"}");
            return;
        }
        send(exchange, 200, "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"access_token\":\"token-for-"
                + form.get("scope") + "\"}");
    }

    private void connector(HttpExchange exchange, String method, String path, String body) throws IOException {
        String rest = URLDecoder.decode(path.substring("/connector/v3/conversations".length()), StandardCharsets.UTF_8);
        if (method.equals("POST") && rest.isEmpty()) {
            JsonObject p = JsonParser.parseString(body).getAsJsonObject();
            String member = p.getAsJsonArray("members").get(0).getAsJsonObject().get("id").getAsString();
            send(exchange, 201, "{\"id\":\"a:dm-" + member + "\"}");
        } else if (method.equals("POST") && rest.contains("/activities")) {
            send(exchange, 200, "{\"id\":\"act-" + seq.incrementAndGet() + "\"}");
        } else if (method.equals("GET") && rest.contains("/members/")) {
            JsonObject m = members.get(rest.substring(rest.lastIndexOf("/members/") + "/members/".length()));
            send(exchange, m == null ? 404 : 200, m == null ? "{}" : m.toString());
        } else {
            send(exchange, 404, "{}");
        }
    }

    private static final Pattern EVENT = Pattern.compile("/v1\\.0/users/([^/]+)/events(?:/([^/]+))?(/cancel)?");
    private static final Pattern MEMBERS = Pattern.compile("/v1\\.0/groups/([^/]+)/members/(?:microsoft\\.)?graph\\.user");

    private void graph(HttpExchange exchange, String method, String rawPath, String query, String body) throws IOException {
        String path = URLDecoder.decode(rawPath, StandardCharsets.UTF_8);
        Map<String, String> q = form(query == null ? "" : query);
        Matcher e = EVENT.matcher(path);
        Matcher m = MEMBERS.matcher(path);
        if (e.matches()) {
            String id = e.group(2) == null ? null : URLDecoder.decode(e.group(2), StandardCharsets.UTF_8);
            if (method.equals("POST") && id == null) {
                JsonObject event = JsonParser.parseString(body).getAsJsonObject();
                String transaction = event.has("transactionId") ? event.get("transactionId").getAsString() : null;
                String existing = transaction == null ? null : eventByTransaction.get(transaction);
                if (existing != null && events.containsKey(existing)) {
                    send(exchange, 201, events.get(existing).toString());
                    return;
                }
                String newId = "AAMkAD-" + seq.incrementAndGet();
                event.addProperty("id", newId);
                if (event.has("isOnlineMeeting") && event.get("isOnlineMeeting").getAsBoolean()) {
                    JsonObject online = new JsonObject();
                    online.addProperty("joinUrl", "https://teams.microsoft.com/l/meetup-join/" + newId);
                    event.add("onlineMeeting", online);
                }
                events.put(newId, event);
                if (transaction != null) eventByTransaction.put(transaction, newId);
                send(exchange, 201, event.toString());
            } else if (method.equals("PATCH") && id != null && e.group(3) == null) {
                JsonObject event = events.get(id);
                if (event == null) {
                    send(exchange, 404, "{\"error\":{\"code\":\"ErrorItemNotFound\",\"message\":\"not found\"}}");
                    return;
                }
                JsonObject patch = JsonParser.parseString(body).getAsJsonObject();
                patch.entrySet().forEach(p -> event.add(p.getKey(), p.getValue()));
                send(exchange, 200, event.toString());
            } else if (method.equals("POST") && id != null && e.group(3) != null) {
                JsonObject event = events.get(id);
                if (event == null) {
                    send(exchange, 404, "{\"error\":{\"code\":\"ErrorItemNotFound\",\"message\":\"not found\"}}");
                    return;
                }
                event.addProperty("isCancelled", true);
                send(exchange, 202, "");
            } else {
                send(exchange, 405, "{}");
            }
        } else if (m.matches()) {
            String id = m.group(1);
            List<JsonObject> users = groupIds.entrySet().stream().filter(g -> g.getValue().equals(id))
                    .map(g -> groups.get(g.getKey())).findFirst().orElse(null);
            if (users == null) {
                send(exchange, 404, "{\"error\":{\"code\":\"Request_ResourceNotFound\",\"message\":\"no group\"}}");
                return;
            }
            int skip = Integer.parseInt(q.getOrDefault("$skiptoken", "0"));
            int page = 2; // small pages, so that paging is exercised
            JsonArray value = new JsonArray();
            users.subList(skip, Math.min(users.size(), skip + page)).forEach(value::add);
            JsonObject answer = new JsonObject();
            answer.add("value", value);
            if (skip + page < users.size()) {
                answer.addProperty("@odata.nextLink", graphUrl() + "/groups/" + id
                        + "/members/microsoft.graph.user?$skiptoken=" + (skip + page));
            }
            send(exchange, 200, answer.toString());
        } else if (path.equals("/v1.0/groups") && method.equals("GET")) {
            String filter = q.getOrDefault("$filter", "");
            Matcher name = Pattern.compile("displayName eq '((?:[^']|'')*)'").matcher(filter);
            JsonArray value = new JsonArray();
            if (name.find()) {
                String wanted = name.group(1).replace("''", "'");
                if (groupIds.containsKey(wanted)) {
                    JsonObject g = new JsonObject();
                    g.addProperty("id", groupIds.get(wanted));
                    g.addProperty("displayName", wanted);
                    value.add(g);
                }
            }
            JsonObject answer = new JsonObject();
            answer.add("value", value);
            send(exchange, 200, answer.toString());
        } else {
            send(exchange, 404, "{\"error\":{\"code\":\"NotFound\",\"message\":\"" + path + "\"}}");
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        if (body.isEmpty()) return params;
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            params.put(k, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
