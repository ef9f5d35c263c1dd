package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import se.samverka.storage.TestDatabase;

import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
        try (Samverka samverka = Samverka.open(ConfigLoader.load(Map.of(ConfigLoader.DB, TestDatabase.setting(folder.resolve("s.db"))),
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

    /** serve through Main as the launcher runs it: the exit code and what it wrote to stderr. */
    record Run(int code, String err) {}

    Run serveWith(Map<String, String> env, String... more) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("serve", "--db", folder.resolve("s.db").toString()),
                java.util.Arrays.stream(more)).toArray(String[]::new);
        // a serve that could listen would wait for ever: it must come back at once with its refusal
        int code = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Main.run(args, env, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false, clock));
        return new Run(code, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anAddressThatIsNotThisMachinesOrAPortInUseIsSaidInWordsNotAStackTrace() throws Exception {
        // 203.0.113.0/24 is TEST-NET-3: documentation only, never an address of this machine
        Run elsewhere = serveWith(Map.of(ConfigLoader.BIND, "203.0.113.77"), "--port", "0");
        assertEquals(1, elsewhere.code(), elsewhere.err());
        assertTrue(elsewhere.err().contains("Samverka cannot listen on 203.0.113.77 port 0: 203.0.113.77 is not an address of this"
                + " machine. Set SAMVERKA_BIND to one of its addresses"), elsewhere.err());
        assertFalse(elsewhere.err().contains("Exception") || elsewhere.err().contains("\tat "), elsewhere.err());

        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            Run inUse = serveWith(Map.of(ConfigLoader.BIND, "127.0.0.1"), "--port", String.valueOf(port));
            assertEquals(1, inUse.code(), inUse.err());
            assertTrue(inUse.err().contains("Samverka cannot listen on 127.0.0.1 port " + port + ": the port is already in use"
                    + " — by another program, or by another Samverka. Stop it, or choose another port with SAMVERKA_PORT or --port."),
                    inUse.err());
            assertFalse(inUse.err().contains("Exception"), inUse.err());
        }
    }

    @Test
    void theStartUpLineGivesAnAddressThatAnswers() {
        assertEquals("http://localhost:7070", Main.address("0.0.0.0", 7070));
        assertEquals("http://localhost:7070", Main.address("127.0.0.1", 7070));
        assertEquals("http://localhost:7070", Main.address("::1", 7070));
        assertEquals("http://192.0.2.10:7070", Main.address("192.0.2.10", 7070), "bound to one address, localhost does not answer");
        assertEquals("http://[fd00::5]:7070", Main.address("fd00::5", 7070));
    }
}
