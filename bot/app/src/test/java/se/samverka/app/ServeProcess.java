package se.samverka.app;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real {@code samverka serve} in a child JVM (the test's own classes and libraries), its output in a log file in a
 * working folder of its own, on a port it chooses. Killed with {@link #kill}: SIGKILL, no shutdown hook runs.
 */
final class ServeProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("Samverka is listening on .*http://localhost:(\\d+)");
    private final String name;
    private final Process process;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private int port;

    private ServeProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /** Starts {@code serve --port 0} with the environment given (the database, Slack, the clock). */
    static ServeProcess start(String name, Path folder, Map<String, String> env) throws IOException {
        Path dir = Files.createDirectories(folder.resolve(name));
        Path log = dir.resolve("serve-" + System.nanoTime() + ".log");
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx320m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "serve", "--port", "0"));
        ProcessBuilder builder = new ProcessBuilder(line).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        return new ServeProcess(name, builder.start(), log);
    }

    /** Waits until it listens and {@code /ready} answers 200; fails with its log when it does not by the deadline. */
    ServeProcess awaitReady(Duration limit) throws IOException, InterruptedException {
        long until = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) throw new AssertionError(name + " ended:\n" + log());
            if (port == 0) {
                Matcher m = LISTENING.matcher(log());
                if (m.find()) port = Integer.parseInt(m.group(1));
            }
            if (port != 0 && ready()) return this;
            Thread.sleep(50);
        }
        throw new AssertionError(name + " not ready in " + limit + ":\n" + log());
    }

    boolean ready() {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url() + "/ready")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    String name() {
        return name;
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** kill -9: the process ends at once, in whatever it was doing. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) throw new AssertionError(name + " did not die");
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) kill();
    }
}
