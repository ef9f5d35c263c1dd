package se.samverka.app;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A local stand-in for Slack's Web API on a free port, for the real Bolt/Slack client to talk to: one JSON fixture
 * per method (src/test/resources/slack/fake), every call recorded. It also takes response_url posts
 * ({@code /respond/ID}) and file uploads, serves shared files at {@code /files/NAME} (a url_private; each download
 * recorded as {@code file:NAME} with its Authorization and Host headers), and can answer 429 with Retry-After on demand. Like Slack, it keeps the
 * messages posted to each channel with their metadata, and conversations.history gives them back (the metadata only
 * with {@code include_all_metadata}), newest first, page by page.
 */
final class FakeSlack implements AutoCloseable {

    /** One call: the Web API method (or "respond:ID", "upload"), its form parameters or JSON body. */
    record Call(String method, Map<String, String> params, String body) {
        JsonObject json() {
            return JsonParser.parseString(body).getAsJsonObject();
        }

        JsonElement param(String name) {
            return JsonParser.parseString(params.get(name));
        }
    }

    private record Person(String name, String handle, String email) {}

    private final HttpServer server;
    private final List<Call> calls = new ArrayList<>();
    private final Map<String, Person> people = new ConcurrentHashMap<>();
    private final Map<String, Deque<Integer>> throttled = new ConcurrentHashMap<>();
    private final Map<String, String> failing = new ConcurrentHashMap<>();
    private final AtomicInteger seq = new AtomicInteger(100);
    private final Map<String, List<JsonObject>> history = new ConcurrentHashMap<>();
    private final Map<String, java.util.concurrent.CountDownLatch> held = new ConcurrentHashMap<>();
    /** What /files/NAME answers: the bytes (with Content-Length), or a redirect, or that many bytes streamed. */
    private record Served(byte[] content, String location, long streamed) {}
    private final Map<String, Served> files = new ConcurrentHashMap<>();

    FakeSlack() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::serve);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String apiUrl() {
        return base() + "/api/";
    }

    String responseUrl(String id) {
        return base() + "/respond/" + id;
    }

    /** A Slack user users.info knows. */
    void person(String id, String name, String email) {
        people.put(id, new Person(name, name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.'), email));
    }

    /** A file Slack keeps; returns its url_private. */
    String file(String name, byte[] content) {
        files.put(name, new Served(content, null, -1));
        return base() + "/files/" + name;
    }

    /** A url_private answered 302 to another address. */
    String redirect(String name, String location) {
        files.put(name, new Served(null, location, -1));
        return base() + "/files/" + name;
    }

    /**
     * A url_private whose body streams {@code bytes} bytes without a Content-Length (chunked); when it stops, how
     * many were written (before the reader went away) is recorded as {@code streamed:NAME}.
     */
    String stream(String name, long bytes) {
        files.put(name, new Served(null, null, bytes));
        return base() + "/files/" + name;
    }

    /** The next {@code times} calls of the method get 429 with Retry-After: seconds. */
    void throttle(String method, int seconds, int times) {
        Deque<Integer> queue = throttled.computeIfAbsent(method, m -> new ArrayDeque<>());
        synchronized (queue) {
            for (int i = 0; i < times; i++) queue.add(seconds);
        }
    }

    /** Every later call of the method answers ok: false with the error. */
    void fail(String method, String error) {
        failing.put(method, error);
    }

    /** Later calls of the method are recorded, then held unanswered until {@link #release} (or close). */
    void hold(String method) {
        held.put(method, new java.util.concurrent.CountDownLatch(1));
    }

    void release(String method) {
        java.util.concurrent.CountDownLatch latch = held.remove(method);
        if (latch != null) latch.countDown();
    }

    synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    List<Call> calls(String method) {
        return calls().stream().filter(c -> c.method().equals(method)).toList();
    }

    /** Waits (up to ten seconds) until the method was called {@code count} times; returns those calls. */
    List<Call> await(String method, int count) {
        return Eventually.get(() -> Optional.of(calls(method)).filter(found -> found.size() >= count),
                () -> "expected " + count + " calls of " + method + "; calls were: "
                        + calls().stream().map(Call::method).collect(Collectors.joining(", ")));
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String body = read(exchange.getRequestBody());
            if (path.startsWith("/respond/")) {
                record(new Call("respond:" + path.substring("/respond/".length()), Map.of(), body));
                send(exchange, 200, "ok", "text/plain");
                return;
            }
            if (path.startsWith("/upload/")) {
                record(new Call("upload", Map.of("file", path.substring("/upload/".length())), body));
                send(exchange, 200, "OK - " + body.length(), "text/plain");
                return;
            }
            if (path.startsWith("/files/")) {
                serveFile(exchange, path.substring("/files/".length()));
                return;
            }
            if (!path.startsWith("/api/")) {
                send(exchange, 404, "not found", "text/plain");
                return;
            }
            String method = path.substring("/api/".length());
            String contentType = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
            Map<String, String> params = contentType.startsWith("application/json") ? Map.of() : form(body);
            Deque<Integer> queue = throttled.get(method);
            Integer wait = null;
            if (queue != null) {
                synchronized (queue) {
                    wait = queue.poll();
                }
            }
            record(new Call(method, params, body));
            java.util.concurrent.CountDownLatch hold = held.get(method);
            if (hold != null) {
                try {
                    hold.await(60, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (wait != null) {
                exchange.getResponseHeaders().add("Retry-After", String.valueOf(wait));
                send(exchange, 429, "{\"ok\":false,\"error\":\"ratelimited\"}", "application/json");
                return;
            }
            String error = failing.get(method);
            String answer = error != null ? "{\"ok\":false,\"error\":\"" + error + "\"}"
                    : method.equals("conversations.history") ? history(params) : answer(method, params);
            if (error == null && method.equals("chat.postMessage")) keep(params, answer);
            send(exchange, 200, answer, "application/json; charset=utf-8");
        }
    }

    private void serveFile(HttpExchange exchange, String name) throws IOException {
        var headers = exchange.getRequestHeaders();
        record(new Call("file:" + name, Map.of("authorization", String.valueOf(headers.getFirst("Authorization")),
                "host", String.valueOf(headers.getFirst("Host"))), ""));
        Served served = files.get(name);
        if (served == null) {
            send(exchange, 404, "file_not_found", "text/plain");
        } else if (served.location() != null) {
            exchange.getResponseHeaders().add("Location", served.location());
            send(exchange, 302, "", "text/plain");
        } else if (served.content() != null) {
            send(exchange, 200, served.content(), "text/plain; charset=utf-8");
        } else {
            exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) 'a');
            long written = 0;
            try {
                while (written < served.streamed()) {
                    int n = (int) Math.min(chunk.length, served.streamed() - written);
                    exchange.getResponseBody().write(chunk, 0, n);
                    written += n;
                }
            } catch (IOException e) {
                // the bot stopped reading: what the cap is for
            }
            record(new Call("streamed:" + name, Map.of("bytes", String.valueOf(written)), ""));
        }
    }

    /** The messages posted with a metadata key, as the platform holds them: key → how many times. */
    Map<String, Integer> postedKeys() {
        Map<String, Integer> keys = new LinkedHashMap<>();
        for (List<JsonObject> messages : history.values()) {
            synchronized (messages) {
                for (JsonObject m : messages) {
                    if (!m.has("metadata")) continue;
                    JsonObject payload = m.getAsJsonObject("metadata").getAsJsonObject("event_payload");
                    if (payload.get("page").getAsInt() == 1) keys.merge(payload.get("key").getAsString(), 1, Integer::sum);
                }
            }
        }
        return keys;
    }

    private void keep(Map<String, String> params, String answer) {
        JsonObject message = new JsonObject();
        message.addProperty("type", "message");
        message.addProperty("user", "UBOT");
        message.addProperty("text", params.getOrDefault("text", ""));
        message.addProperty("ts", JsonParser.parseString(answer).getAsJsonObject().get("ts").getAsString());
        String metadata = params.get("metadata");
        if (metadata != null && !metadata.isBlank()) message.add("metadata", JsonParser.parseString(metadata));
        List<JsonObject> messages = history.computeIfAbsent(params.getOrDefault("channel", ""), c -> new ArrayList<>());
        synchronized (messages) {
            messages.add(message);
        }
    }

    private String history(Map<String, String> params) {
        List<JsonObject> messages = history.getOrDefault(params.getOrDefault("channel", ""), List.of());
        double oldest = Double.parseDouble(params.getOrDefault("oldest", "0"));
        boolean withMetadata = Boolean.parseBoolean(params.getOrDefault("include_all_metadata", "false"))
                || "1".equals(params.get("include_all_metadata"));
        int limit = Integer.parseInt(params.getOrDefault("limit", "100"));
        int from = params.containsKey("cursor") && !params.get("cursor").isEmpty() ? Integer.parseInt(params.get("cursor")) : 0;
        List<JsonObject> newestFirst = new ArrayList<>();
        synchronized (messages) {
            for (JsonObject m : messages) {
                if (Double.parseDouble(m.get("ts").getAsString()) >= oldest) newestFirst.add(0, m.deepCopy());
            }
        }
        JsonArray page = new JsonArray();
        for (int i = from; i < Math.min(newestFirst.size(), from + limit); i++) {
            JsonObject m = newestFirst.get(i);
            if (!withMetadata) m.remove("metadata");
            page.add(m);
        }
        JsonObject answer = new JsonObject();
        answer.addProperty("ok", true);
        answer.add("messages", page);
        boolean more = from + limit < newestFirst.size();
        answer.addProperty("has_more", more);
        JsonObject next = new JsonObject();
        next.addProperty("next_cursor", more ? String.valueOf(from + limit) : "");
        answer.add("response_metadata", next);
        return answer.toString();
    }

    private synchronized void record(Call call) {
        calls.add(call);
    }

    private String answer(String method, Map<String, String> params) throws IOException {
        String fixture;
        try (InputStream in = FakeSlack.class.getResourceAsStream("/slack/fake/" + method + ".json")) {
            if (in == null) return "{\"ok\":false,\"error\":\"unknown_method\"}";
            fixture = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("seq", String.format("%06d", seq.incrementAndGet()));
        values.put("now", String.valueOf(System.currentTimeMillis() / 1000));
        values.put("base", base());
        values.put("channel", params.getOrDefault("channel", params.getOrDefault("channel_id", "")));
        values.put("users", params.getOrDefault("users", ""));
        if (method.equals("users.info")) {
            Person p = people.get(params.get("user"));
            if (p == null) return "{\"ok\":false,\"error\":\"user_not_found\"}";
            values.put("user", params.get("user"));
            values.put("name", p.name());
            values.put("handle", p.handle());
            values.put("email", p.email());
        }
        if (method.equals("files.completeUploadExternal")) {
            JsonArray files = JsonParser.parseString(params.get("files")).getAsJsonArray();
            values.put("file", files.get(0).getAsJsonObject().get("id").getAsString());
            values.put("title", files.get(0).getAsJsonObject().has("title")
                    ? files.get(0).getAsJsonObject().get("title").getAsString() : "");
        }
        for (Map.Entry<String, String> v : values.entrySet()) {
            String quoted = new com.google.gson.Gson().toJson(v.getValue());
            fixture = fixture.replace("{{" + v.getKey() + "}}", quoted.substring(1, quoted.length() - 1));
        }
        return fixture;
    }

    private static Map<String, String> form(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        if (body.isEmpty()) return params;
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(key, value);
        }
        return params;
    }

    private static String read(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void send(HttpExchange exchange, int status, String body, String type) throws IOException {
        send(exchange, status, body.getBytes(StandardCharsets.UTF_8), type);
    }

    private static void send(HttpExchange exchange, int status, byte[] bytes, String type) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        List.copyOf(held.keySet()).forEach(this::release);
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
