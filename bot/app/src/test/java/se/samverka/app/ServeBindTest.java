package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverka.config.ConfigLoader;
import se.samverka.config.SamverkaConfig;

/** SAMVERKA_BIND: serve listens where it says — every interface by default, only this machine on 127.0.0.1. */
class ServeBindTest {
    @TempDir
    Path folder;
    final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Another address of this machine than loopback, if it has one. */
    static Optional<InetAddress> outward() throws IOException {
        return NetworkInterface.networkInterfaces().filter(n -> {
            try {
                return n.isUp() && !n.isLoopback();
            } catch (IOException e) {
                return false;
            }
        }).flatMap(NetworkInterface::inetAddresses).filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).findFirst();
    }

    int health(String host, int port) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/health")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    Javalin serve(Samverka samverka, Map<String, String> env) {
        SamverkaConfig config = ConfigLoader.load(env, Optional.empty()).withDatabase(folder.resolve("s.db"));
        return HttpServer.start(samverka, config);
    }

    @Test
    void onLoopbackTheServerAnswersOnlyThereAndByDefaultOnEveryInterface() throws Exception {
        Optional<InetAddress> other = outward();
        assumeTrue(other.isPresent(), "this machine has no address but loopback");
        String outward = other.get().getHostAddress();
        try (Samverka samverka = Samverka.open(ConfigLoader.load(Map.of(ConfigLoader.DB, folder.resolve("s.db").toString()),
                Optional.empty()), clock)) {
            Javalin loopback = serve(samverka, Map.of(ConfigLoader.BIND, "127.0.0.1", ConfigLoader.PORT, "0"));
            try {
                assertEquals(200, health("127.0.0.1", loopback.port()));
                assertThrows(IOException.class, () -> health(outward, loopback.port()), "not reachable on " + outward);
            } finally {
                loopback.stop();
            }
            Javalin everywhere = serve(samverka, Map.of(ConfigLoader.PORT, "0"));
            try {
                assertEquals(200, health("127.0.0.1", everywhere.port()));
                assertEquals(200, health(outward, everywhere.port()), "the default serves a server's network");
            } finally {
                everywhere.stop();
            }
        }
    }
}
