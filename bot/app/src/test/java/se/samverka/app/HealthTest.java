package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverka.config.ConfigLoader;
import se.samverka.storage.LocalPostgres;
import se.samverka.storage.TestDatabase;

/**
 * {@code GET /health} names the database and says whether it answers; {@code GET /ready} is 200 only once the bot
 * has started and while its database answers, so that a load balancer skips an instance that is starting or has
 * lost its database. Over HTTP, on a SQLite file and on a PostgreSQL server of the test's own that it stops and
 * starts again.
 */
class HealthTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
    private static final String PASSWORD = "hemligt-lösenord-42";
    private final HttpClient client = HttpClient.newHttpClient();

    @TempDir
    Path folder;

    @Test
    void onSqliteReadyWaitsForTheStartAndHealthNamesTheFile() throws Exception {
        Path db = folder.resolve("samverka.db");
        try (Samverka samverka = Samverka.open(ConfigLoader.load(Map.of(ConfigLoader.DB, db.toString()), Optional.empty()), CLOCK)) {
            Javalin http = HttpServer.create(samverka).start("127.0.0.1", 0);
            try {
                assertEquals("503 {\"status\":\"starting\"}", get(http, "/ready"), "migrated, but the inbox not yet taken up");
                samverka.started(true);
                assertEquals("200 {\"status\":\"ready\"}", get(http, "/ready"));
                String health = get(http, "/health");
                assertTrue(health.startsWith("200 {\"status\":\"ok\",\"database\":{\"kind\":\"sqlite\",\"at\":"
                        + HttpServer.json(db.toString()) + ",\"reachable\":true}"), health);
            } finally {
                http.stop();
            }
        }
    }

    @Test
    void onPostgresBothAnswer503WhileTheServerIsDownAndRecoverWhenItIsBack() throws Exception {
        LocalPostgres server = TestDatabase.separateServer(); // stopped below: not the other tests' server
        String address = server.address(server.newDatabase());
        var config = ConfigLoader.load(Map.of(ConfigLoader.DB, address, ConfigLoader.DB_PASSWORD, PASSWORD), Optional.empty());
        try (Samverka samverka = Samverka.open(config, CLOCK)) {
            Javalin http = HttpServer.create(samverka).start("127.0.0.1", 0);
            try {
                assertEquals("503 {\"status\":\"starting\"}", get(http, "/ready"));
                samverka.started(true);
                assertEquals("200 {\"status\":\"ready\"}", get(http, "/ready"));
                String health = get(http, "/health");
                assertTrue(health.startsWith("200 {\"status\":\"ok\",\"database\":{\"kind\":\"postgresql\",\"at\":\"jdbc:postgresql://127.0.0.1:"
                        + server.port() + "/"), health);
                assertTrue(health.contains(" as samverka\",\"reachable\":true}"), health);
                assertFalse(health.contains(PASSWORD), "never the password: " + health);

                server.stop(); // the database goes away under a running bot
                assertEquals("503 {\"status\":\"unavailable\"}", get(http, "/ready"));
                health = get(http, "/health");
                assertTrue(health.startsWith("503 {\"status\":\"unavailable\",\"database\":{\"kind\":\"postgresql\""), health);
                assertTrue(health.endsWith("\"reachable\":false}}"), health);
                assertFalse(health.contains(PASSWORD), health);

                server.start();
                assertEquals("200 {\"status\":\"ready\"}", get(http, "/ready"));
                health = get(http, "/health");
                assertTrue(health.startsWith("200 {\"status\":\"ok\""), health);
                assertTrue(health.contains("\"groups\":false"), "the pool works again: " + health);
            } finally {
                http.stop();
            }
        }
    }

    private String get(Javalin http, String path) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        return r.statusCode() + " " + r.body();
    }
}
