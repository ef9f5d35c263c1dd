package se.samverka.app;

import com.slack.api.app_backend.SlackSignature;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import se.samverka.config.ConfigLoader;
import se.samverka.config.SamverkaConfig;

/**
 * The load of the Slack benches: a local fake of Slack (Web API and the response_url every reply goes to) and
 * signed {@code /samverka} slash commands sent to the app's {@code /slack/events}, as Slack signs them — one at a
 * time, on a schedule (open loop), or by users who each wait for their reply before the next (closed loop).
 */
final class SlashLoad implements AutoCloseable {
    static final String SECRET = "benchsecret0123456789abcdef";

    /**
     * What a closed loop got through: how many commands were answered, in how many seconds, each one's time to its
     * reply (µs, sorted), and how many got no reply within 30 s.
     */
    record Carried(long count, double seconds, long[] micros, long unanswered) {
        double perSecond() {
            return count / seconds;
        }

        double p50() {
            return percentile(micros, 0.50);
        }

        double p99() {
            return percentile(micros, 0.99);
        }
    }

    private final HttpClient http;
    private final AtomicInteger triggers = new AtomicInteger();
    private final AtomicLong replies = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final Map<String, CompletableFuture<Void>> awaited = new ConcurrentHashMap<>();
    private final Javalin fakeSlack;
    private final String fake;

    SlashLoad(int connections) {
        http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(connections)).build();
        fakeSlack = Javalin.create(c -> c.showJavalinBanner = false);
        fakeSlack.post("/respond/{id}", ctx -> {
            replies.incrementAndGet();
            if (ctx.body().contains("fel-id") || ctx.body().contains("incident id")) errors.incrementAndGet();
            CompletableFuture<Void> waiting = awaited.remove(ctx.pathParam("id"));
            if (waiting != null) waiting.complete(null);
            ctx.result("ok");
        });
        fakeSlack.post("/api/users.info", ctx -> ctx.contentType("application/json").result("{\"ok\":false,\"error\":\"user_not_found\"}"));
        fakeSlack.post("/api/{method}", ctx -> ctx.contentType("application/json")
                .result("{\"ok\":true,\"user_id\":\"UBOT\",\"team_id\":\"T1\",\"bot_id\":\"B1\"}"));
        fakeSlack.start("127.0.0.1", 0);
        fake = "http://127.0.0.1:" + fakeSlack.port();
    }

    /** The configuration of an app on the given database ({@code SAMVERKA_DB}) that talks to this fake Slack. */
    SamverkaConfig config(String database) {
        return ConfigLoader.load(Map.of(ConfigLoader.DB, database, ConfigLoader.SLACK_SIGNING_SECRET, SECRET,
                ConfigLoader.SLACK_BOT_TOKEN, "xoxb-bench", ConfigLoader.SLACK_API_URL, fake + "/api/"), Optional.empty());
    }

    /** Replies that reached the response_url so far. */
    long replies() {
        return replies.get();
    }

    /** Replies so far that told the user something went wrong on the bot's side (error.internal, with an incident id). */
    long errors() {
        return errors.get();
    }

    CompletableFuture<HttpResponse<Void>> send(String url, String text) {
        return send(url, text, "TR" + triggers.incrementAndGet());
    }

    CompletableFuture<HttpResponse<Void>> send(String url, String text, String trigger) {
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

    /** Sends one command and waits for its reply at the response_url; the time it took in microseconds. */
    long carryOut(String url, String text) {
        long start = System.nanoTime();
        String trigger = "TR" + triggers.incrementAndGet();
        CompletableFuture<Void> reply = new CompletableFuture<>();
        awaited.put(trigger, reply);
        int status = send(url, text, trigger).join().statusCode();
        if (status != 200) throw new IllegalStateException("HTTP " + status + " for " + text);
        try {
            reply.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("no reply to " + trigger + " (" + text + ")", e);
        }
        return (System.nanoTime() - start) / 1000;
    }

    /**
     * Closed loop: {@code users} users for {@code seconds}, user u sending to {@code urls[u % urls.size()]} and
     * waiting for each reply before its next command.
     */
    Carried endToEnd(List<String> urls, int users, int seconds, IntFunction<String> command) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        return endToEnd(urls, users, () -> System.nanoTime() < end, command, seconds);
    }

    /** Closed loop while {@code going} says so; {@code seconds} is what the count is divided by (0: measured). */
    Carried endToEnd(List<String> urls, int users, BooleanSupplier going, IntFunction<String> command, double seconds)
            throws InterruptedException {
        ConcurrentLinkedQueue<Long> micros = new ConcurrentLinkedQueue<>();
        AtomicLong unanswered = new AtomicLong();
        long start = System.nanoTime();
        List<Thread> clients = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            String url = urls.get(u % urls.size());
            int offset = u;
            Thread t = new Thread(() -> {
                for (int i = offset; going.getAsBoolean(); i++) {
                    try {
                        micros.add(carryOut(url, command.apply(i)));
                    } catch (IllegalStateException noReply) {
                        unanswered.incrementAndGet();
                        System.out.println(noReply.getMessage());
                    }
                }
            });
            t.start();
            clients.add(t);
        }
        for (Thread t : clients) t.join();
        double took = seconds > 0 ? seconds : (System.nanoTime() - start) / 1e9;
        long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Carried(sorted.length, took, sorted, unanswered.get());
    }

    /** {@code connections} threads doing one thing after another for {@code seconds}; the things that succeeded, a second. */
    static double perSecond(int connections, int seconds, IntPredicate oneThing) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            Thread t = new Thread(() -> {
                for (int i = 0; System.nanoTime() < end; i++) {
                    if (oneThing.test(i)) done.incrementAndGet();
                }
            });
            t.start();
            clients.add(t);
        }
        for (Thread t : clients) t.join();
        return done.get() / (double) seconds;
    }

    /**
     * Open loop: {@code rate} requests a second while {@code going} says so (at most {@code max}), each sent on schedule
     * whatever the answers do, request i to {@code urls[i % urls.size()]}; the ack latencies in microseconds, sorted.
     */
    long[] steady(List<String> urls, int rate, int max, BooleanSupplier going, IntFunction<String> command) throws Exception {
        long[] latencies = new long[max];
        List<CompletableFuture<?>> pending = new ArrayList<>();
        long start = System.nanoTime();
        int i = 0;
        for (; i < max && going.getAsBoolean(); i++) {
            long due = start + i * (1_000_000_000L / rate);
            long wait = due - System.nanoTime();
            if (wait > 0) TimeUnit.NANOSECONDS.sleep(wait);
            int n = i;
            pending.add(send(urls.get(i % urls.size()), command.apply(i)).thenAccept(r -> {
                if (r.statusCode() != 200) throw new IllegalStateException("HTTP " + r.statusCode());
                latencies[n] = (System.nanoTime() - due) / 1000;
            }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        long[] sent = Arrays.copyOf(latencies, i);
        Arrays.sort(sent);
        return sent;
    }

    /** The value at a fraction of sorted values (0.5: the median). */
    static double percentile(long[] sorted, double fraction) {
        if (sorted.length == 0) return Double.NaN;
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * fraction))];
    }

    @Override
    public void close() {
        fakeSlack.stop();
    }
}
