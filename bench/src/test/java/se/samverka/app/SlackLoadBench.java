package se.samverka.app;

import com.slack.api.app_backend.SlackSignature;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import se.samverka.config.ConfigLoader;

/**
 * Signed slash commands over loopback against the running app, beside a bare Javalin endpoint in the same run.
 * Part 1: a steady 200 commands/s (open loop, sent on schedule whatever the answers do) — ack latency p50/p99.
 * Part 2: as fast as 16 connections go for a few seconds — requests/s of the bare endpoint, acks/s and carried
 * out commands/s end to end (each of 16 users waits for its reply at the response_url). Writes docs/BENCHMARKS.md.
 */
class SlackLoadBench {
    static final String SECRET = "benchsecret0123456789abcdef";
    static final int RATE = 200;
    static final int STEADY_SECONDS = 15;
    static final int BURST_SECONDS = 8;
    static final int CONNECTIONS = 16;

    final HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(CONNECTIONS)).build();
    final AtomicInteger triggers = new AtomicInteger();
    final AtomicLong replies = new AtomicLong();
    final Map<String, CompletableFuture<Void>> awaited = new java.util.concurrent.ConcurrentHashMap<>();
    Javalin fakeSlack;

    @Test
    void slashCommands() throws Exception {
        fakeSlack = Javalin.create(c -> c.showJavalinBanner = false);
        fakeSlack.post("/respond/{id}", ctx -> {
            replies.incrementAndGet();
            CompletableFuture<Void> waiting = awaited.remove(ctx.pathParam("id"));
            if (waiting != null) waiting.complete(null);
            ctx.result("ok");
        });
        fakeSlack.post("/api/users.info", ctx -> ctx.contentType("application/json").result("{\"ok\":false,\"error\":\"user_not_found\"}"));
        fakeSlack.post("/api/{method}", ctx -> ctx.contentType("application/json")
                .result("{\"ok\":true,\"user_id\":\"UBOT\",\"team_id\":\"T1\",\"bot_id\":\"B1\"}"));
        fakeSlack.start("127.0.0.1", 0);
        String fake = "http://127.0.0.1:" + fakeSlack.port();

        Path folder = Files.createTempDirectory("samverka-bench");
        var config = ConfigLoader.load(Map.of(ConfigLoader.DB, folder.resolve("bench.db").toString(),
                ConfigLoader.SLACK_SIGNING_SECRET, SECRET, ConfigLoader.SLACK_BOT_TOKEN, "xoxb-bench",
                ConfigLoader.SLACK_API_URL, fake + "/api/"), Optional.empty());
        Javalin bare = Javalin.create(c -> c.showJavalinBanner = false)
                .post("/bare", ctx -> ctx.result("")).start(0);
        try (Samverka samverka = Samverka.open(config, Clock.systemUTC())) {
            Javalin app = HttpServer.create(samverka).start(0);
            try {
                String bot = "http://127.0.0.1:" + app.port() + "/slack/events";
                String bareUrl = "http://127.0.0.1:" + bare.port() + "/bare";
                send(bot, "grupp skapa Benchgruppen", fake).join();
                send(bot, "medlem Tor Jacobsen, Falkenberg", fake).join();
                send(bot, "möte " + LocalDate.now().plusDays(30) + " 9-12 Halmstad", fake).join();
                steady(bareUrl, fake, 3); // warm-up of both
                steady(bot, fake, 3);
                long[] bareSteady = steady(bareUrl, fake, STEADY_SECONDS);
                long[] botSteady = steady(bot, fake, STEADY_SECONDS);
                double bareRate = burst(bareUrl, fake);
                double botAcks = burst(bot, fake);
                Thread.sleep(3000); // let the acknowledged commands drain
                double carried = endToEnd(bot, fake);
                write(bareSteady, botSteady, bareRate, botAcks, carried);
            } finally {
                app.stop();
            }
        } finally {
            bare.stop();
            fakeSlack.stop();
        }
    }

    /** CONNECTIONS users, each sending a command and waiting for its reply before the next: commands carried out a second. */
    double endToEnd(String url, String fake) throws Exception {
        return perSecond(i -> {
            String trigger = "TR" + triggers.incrementAndGet();
            CompletableFuture<Void> reply = new CompletableFuture<>();
            awaited.put(trigger, reply);
            send(url, command(i), fake, trigger).join();
            try {
                reply.get(30, TimeUnit.SECONDS);
                return true;
            } catch (Exception e) {
                throw new IllegalStateException("no reply to " + trigger, e);
            }
        });
    }

    /** As many requests as CONNECTIONS clients, each waiting for its answer, get through; requests per second. */
    double burst(String url, String fake) throws Exception {
        return perSecond(i -> send(url, command(i), fake).join().statusCode() == 200);
    }

    /** CONNECTIONS threads doing one thing after another for BURST_SECONDS; the things that succeeded, a second. */
    static double perSecond(java.util.function.IntPredicate oneThing) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(BURST_SECONDS);
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < CONNECTIONS; c++) {
            Thread t = new Thread(() -> {
                for (int i = 0; System.nanoTime() < end; i++) {
                    if (oneThing.test(i)) done.incrementAndGet();
                }
            });
            t.start();
            clients.add(t);
        }
        for (Thread t : clients) t.join();
        return done.get() / (double) BURST_SECONDS;
    }

    CompletableFuture<HttpResponse<Void>> send(String url, String text, String fake) {
        return send(url, text, fake, "TR" + triggers.incrementAndGet());
    }

    CompletableFuture<HttpResponse<Void>> send(String url, String text, String fake, String trigger) {
        String body = "team_id=T1&channel_id=C1&user_id=UBENCH&user_name=bench&command=%2Fsamverka&text="
                + URLEncoder.encode(text, StandardCharsets.UTF_8) + "&trigger_id=" + trigger
                + "&response_url=" + URLEncoder.encode(fake + "/respond/" + trigger, StandardCharsets.UTF_8);
        String ts = String.valueOf(System.currentTimeMillis() / 1000);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", ts)
                .header("X-Slack-Signature", new SlackSignature.Generator(SECRET).generate(ts, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
    }

    String command(int i) {
        return i % 2 == 0 ? "möten" : "beslut Vi antar förslag nummer " + i + ".";
    }

    /** RATE requests a second for the given seconds, each sent on schedule; the ack latencies in microseconds. */
    long[] steady(String url, String fake, int seconds) throws Exception {
        int total = RATE * seconds;
        long[] latencies = new long[total];
        List<CompletableFuture<?>> pending = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * (1_000_000_000L / RATE);
            long wait = due - System.nanoTime();
            if (wait > 0) TimeUnit.NANOSECONDS.sleep(wait);
            int n = i;
            pending.add(send(url, command(i), fake).thenAccept(r -> {
                if (r.statusCode() != 200) throw new IllegalStateException("HTTP " + r.statusCode());
                latencies[n] = (System.nanoTime() - due) / 1000;
            }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        Arrays.sort(latencies);
        return latencies;
    }

    static double ms(long micros) {
        return micros / 1000.0;
    }

    void write(long[] bare, long[] bot, double bareRate, double botAcks, double carried) throws IOException {
        Path file = Path.of(System.getProperty("samverka.root", ".."), "docs", "BENCHMARKS.md");
        String section = """
                <!-- slack-load:start -->
                ## Slack slash commands (SlackLoadBench)

                Run: `mvn -B -Pbench verify` (module `bench/`). Signed `/samverka` commands over loopback to the running
                app (Javalin → Bolt → engine → SQLite, reply to a local response_url), half `möten` (a read), half
                `beslut …` (a write), beside a bare Javalin endpoint that answers 200 with nothing, in the same JVM and run.
                Measured %s on %d cores (%s).

                | steady %d requests/s for %d s | ack p50 | ack p99 | ack max |
                |---|---|---|---|
                | bare Javalin endpoint | %.2f ms | %.2f ms | %.2f ms |
                | /slack/events (slash command) | %.2f ms | %.2f ms | %.2f ms |

                | %d connections for %d s | per second | share of bare |
                |---|---|---|
                | bare Javalin endpoint, requests | %.0f | 100 %% |
                | slash commands acknowledged (ack only; beyond the worker queue of 1000 the ack says "busy") | %.0f | %.0f %% |
                | slash commands carried out end to end (each user waits for the reply at response_url) | %.0f | %.0f %% |

                Targets: p99 ack under 100 ms at 200 commands/s; command throughput at least 30 %% of the bare endpoint's.
                <!-- slack-load:end -->
                """.formatted(LocalDate.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name")
                        + " " + System.getProperty("java.version"),
                RATE, STEADY_SECONDS,
                ms(bare[bare.length / 2]), ms(bare[(int) (bare.length * 0.99)]), ms(bare[bare.length - 1]),
                ms(bot[bot.length / 2]), ms(bot[(int) (bot.length * 0.99)]), ms(bot[bot.length - 1]),
                CONNECTIONS, BURST_SECONDS, bareRate, botAcks, 100 * botAcks / bareRate, carried, 100 * carried / bareRate);
        BenchmarksFile.write(file, "slack-load", section);
    }
}
