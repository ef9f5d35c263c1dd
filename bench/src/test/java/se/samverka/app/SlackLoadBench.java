package se.samverka.app;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Signed slash commands over loopback against the running app, beside a bare Javalin endpoint in the same run.
 * Part 1: a steady 200 commands/s (open loop, sent on schedule whatever the answers do) — ack latency p50/p99.
 * Part 2: as fast as 16 connections go for a few seconds — requests/s of the bare endpoint, acks/s and carried
 * out commands/s end to end (each of 16 users waits for its reply at the response_url). Writes docs/BENCHMARKS.md.
 */
class SlackLoadBench {
    static final int RATE = 200;
    static final int STEADY_SECONDS = 15;
    static final int BURST_SECONDS = 8;
    static final int CONNECTIONS = 16;

    @Test
    void slashCommands() throws Exception {
        Path folder = Files.createTempDirectory("samverka-bench");
        Javalin bare = Javalin.create(c -> c.showJavalinBanner = false)
                .post("/bare", ctx -> ctx.result("")).start(0);
        try (SlashLoad load = new SlashLoad(CONNECTIONS);
             Samverka samverka = Samverka.open(load.config(folder.resolve("bench.db").toString()), Clock.systemUTC())) {
            Javalin app = HttpServer.create(samverka).start(0);
            try {
                String bot = "http://127.0.0.1:" + app.port() + "/slack/events";
                String bareUrl = "http://127.0.0.1:" + bare.port() + "/bare";
                load.send(bot, "grupp skapa Benchgruppen").join();
                load.send(bot, "medlem Tor Jacobsen, Falkenberg").join();
                load.send(bot, "möte " + LocalDate.now().plusDays(30) + " 9-12 Halmstad").join();
                steady(load, bareUrl, 3); // warm-up of both
                steady(load, bot, 3);
                long[] bareSteady = steady(load, bareUrl, STEADY_SECONDS);
                long[] botSteady = steady(load, bot, STEADY_SECONDS);
                double bareRate = burst(load, bareUrl);
                double botAcks = burst(load, bot);
                Thread.sleep(3000); // let the acknowledged commands drain
                double carried = load.endToEnd(List.of(bot), CONNECTIONS, BURST_SECONDS, SlackLoadBench::command).perSecond();
                write(bareSteady, botSteady, bareRate, botAcks, carried);
            } finally {
                app.stop();
            }
        } finally {
            bare.stop();
        }
    }

    /** As many requests as CONNECTIONS clients, each waiting for its answer, get through; requests per second. */
    static double burst(SlashLoad load, String url) throws Exception {
        return SlashLoad.perSecond(CONNECTIONS, BURST_SECONDS, i -> load.send(url, command(i)).join().statusCode() == 200);
    }

    static String command(int i) {
        return i % 2 == 0 ? "möten" : "beslut Vi antar förslag nummer " + i + ".";
    }

    /** RATE requests a second for the given seconds, each sent on schedule; the ack latencies in microseconds. */
    static long[] steady(SlashLoad load, String url, int seconds) throws Exception {
        return load.steady(List.of(url), RATE, RATE * seconds, () -> true, SlackLoadBench::command);
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
