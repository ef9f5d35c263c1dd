package se.samverka.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where Teams keeps the files users send the bot (SharePoint/OneDrive behind a pre-authenticated downloadUrl), on
 * 127.0.0.1 over http: {@code /files/NAME} answers the bytes with a Content-Length, a redirect, or a body streamed
 * without one. Every request is recorded with the headers that would carry credentials.
 */
final class FakeFileHost implements AutoCloseable {
    /** A request for a file: its name and the Authorization and Cookie headers it came with ("null": none). */
    record Request(String name, String authorization, String cookie) {}

    private record Served(byte[] content, String location, long streamed) {}

    private final HttpServer server;
    private final Map<String, Served> files = new ConcurrentHashMap<>();
    private final List<Request> requests = new ArrayList<>();
    private final Map<String, Long> streamed = new ConcurrentHashMap<>();

    FakeFileHost() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::serve);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(2));
        server.start();
    }

    /** What the bot is configured to fetch from (TEAMS_FILES_URL). */
    String filesUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/files/";
    }

    String file(String name, byte[] content) {
        files.put(name, new Served(content, null, -1));
        return filesUrl() + name;
    }

    String redirect(String name, String location) {
        files.put(name, new Served(null, location, -1));
        return filesUrl() + name;
    }

    /** A body of {@code bytes} bytes sent without a Content-Length; how many went out is {@link #streamed}. */
    String stream(String name, long bytes) {
        files.put(name, new Served(null, null, bytes));
        return filesUrl() + name;
    }

    synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    Long streamed(String name) {
        return Eventually.get(() -> java.util.Optional.ofNullable(streamed.get(name)), () -> "still streaming " + name);
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String name = exchange.getRequestURI().getRawPath().replaceFirst("^/files/", "");
            synchronized (this) {
                requests.add(new Request(name, String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")),
                        String.valueOf(exchange.getRequestHeaders().getFirst("Cookie"))));
            }
            Served served = files.get(name);
            exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
            if (served == null) {
                exchange.sendResponseHeaders(404, -1);
            } else if (served.location() != null) {
                exchange.getResponseHeaders().add("Location", served.location());
                exchange.sendResponseHeaders(302, -1);
            } else if (served.content() != null) {
                exchange.sendResponseHeaders(200, served.content().length);
                exchange.getResponseBody().write(served.content());
            } else {
                exchange.sendResponseHeaders(200, 0);
                streamed.put(name, stream(exchange, served.streamed()));
            }
        }
    }

    private static long stream(HttpExchange exchange, long total) {
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) 'a');
        long written = 0;
        try {
            while (written < total) {
                int n = (int) Math.min(chunk.length, total - written);
                exchange.getResponseBody().write(chunk, 0, n);
                written += n;
            }
        } catch (IOException e) {
            // the bot stopped reading: what the cap is for
        }
        return written;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
