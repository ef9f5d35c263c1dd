package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import se.samverka.core.domain.Group;
import se.samverka.core.domain.Lang;
import se.samverka.core.domain.Member;
import se.samverka.core.domain.NewMember;
import se.samverka.core.domain.Role;
import se.samverka.core.port.Store;
import se.samverka.storage.LocalPostgres;
import se.samverka.storage.TestDatabase;

/**
 * SQLite against PostgreSQL, side by side in one run: signed slash commands carried out end to end on SQLite, on one
 * instance on PostgreSQL and on two instances (each with its own HTTP port) on one PostgreSQL; a web page's latency
 * with no load and under command load on each; and follow-up planning for 1,000 to 10,000 groups on both
 * ({@link FollowUpScale}). Skipped, saying so, where PostgreSQL is not installed (unless
 * SAMVERKA_TEST_REQUIRE_POSTGRESQL is set). Writes the postgresql section of docs/BENCHMARKS.md.
 */
class PostgresBench {
    static final int USERS = 16;
    static final int SECONDS = 8;
    static final int WARM_UP_SECONDS = 3;
    static final int RATE = 100;
    static final int SAMPLES = 100;
    static final int REGISTER = 500;

    /** One setup's figures: commands end to end, and the page's latencies (µs, sorted) idle, at RATE/s and at full load. */
    record Result(String setup, SlashLoad.Carried carried, long decisions, long errors, long[] idle, long[] steady, long[] full) {}

    static final java.util.concurrent.atomic.AtomicInteger PROPOSALS = new java.util.concurrent.atomic.AtomicInteger();

    @Test
    void sideBySide() throws Exception {
        if (LocalPostgres.binaries().isEmpty()) {
            System.out.println("PostgresBench skipped: PostgreSQL is not installed (apt-get install postgresql)"
                    + (System.getenv("SAMVERKA_TEST_REQUIRE_POSTGRESQL") != null ? " — and SAMVERKA_TEST_REQUIRE_POSTGRESQL is set" : ""));
        }
        LocalPostgres server = TestDatabase.server(); // skips here when not installed, fails when it is required
        String loadBefore = PostgresReport.load();
        String version = version(server);
        Path folder = Files.createTempDirectory("pg-bench");
        List<Result> results = new ArrayList<>();
        try (SlashLoad load = new SlashLoad(USERS + 4)) {
            results.add(measure(load, "SQLite, one instance", List.of(folder.resolve("bench.db").toString())));
            String one = server.address(server.newDatabase());
            results.add(measure(load, "PostgreSQL, one instance", List.of(one)));
            String shared = server.address(server.newDatabase());
            results.add(measure(load, "PostgreSQL, two instances", List.of(shared, shared)));
        }
        List<FollowUpScale.Step> sqlite = FollowUpScale.sqlite();
        List<FollowUpScale.Step> postgres = FollowUpScale.postgres(server);
        PostgresReport.write(version, loadBefore, results, sqlite, postgres);
    }

    /** Opens an instance per setting (each its own HTTP server), seeds, and measures commands and the web page. */
    Result measure(SlashLoad load, String setup, List<String> settings) throws Exception {
        List<Samverka> instances = new ArrayList<>();
        List<Javalin> servers = new ArrayList<>();
        try {
            for (String setting : settings) {
                Samverka samverka = Samverka.open(load.config(setting), Clock.systemUTC());
                instances.add(samverka);
                servers.add(HttpServer.create(samverka).start("127.0.0.1", 0));
            }
            List<String> bots = servers.stream().map(s -> "http://127.0.0.1:" + s.port() + "/slack/events").toList();
            load.carryOut(bots.get(0), "grupp skapa Benchgruppen");
            load.carryOut(bots.get(0), "medlem Tor Jacobsen, Falkenberg");
            load.carryOut(bots.get(0), "möte " + LocalDate.now().plusDays(30) + " 9-12 Halmstad");
            load.carryOut(bots.get(0), "åtgärd Tor Jacobsen skickar underlaget senast " + LocalDate.now().plusDays(20));
            Page page = Page.open(instances.get(0), instances.get(instances.size() - 1),
                    "http://127.0.0.1:" + servers.get(servers.size() - 1).port());
            load.endToEnd(bots, USERS, WARM_UP_SECONDS, PostgresBench::command);
            long before = decisions(instances.get(0));
            long errorsBefore = load.errors();
            SlashLoad.Carried carried = load.endToEnd(bots, USERS, SECONDS, PostgresBench::command);
            long decisions = decisions(instances.get(0)) - before;
            long errors = load.errors() - errorsBefore;
            assertTrue(decisions > carried.count() / 3, decisions + " decisions stored of " + carried.count() + " commands");
            System.out.printf("%s: %.0f commands/s, p50 %.1f ms, p99 %.1f ms, %d errors, %d unanswered%n", setup,
                    carried.perSecond(), carried.p50() / 1000, carried.p99() / 1000, errors, carried.unanswered());
            page.sample(20);
            long[] idle = page.sample(SAMPLES);
            long[] steady = underLoad(page, going -> load.steady(bots, RATE, RATE * 120, going::get,
                    PostgresBench::command));
            long[] full = underLoad(page, going -> load.endToEnd(bots, USERS, going::get, PostgresBench::command, 0));
            return new Result(setup, carried, decisions, errors, idle, steady, full);
        } finally {
            servers.forEach(Javalin::stop);
            instances.forEach(Samverka::close);
        }
    }

    /** A mix of reads and writes: möten, beslut …, åtgärder, beslut … */
    static String command(int i) {
        return switch (i % 4) {
            case 0 -> "möten";
            case 2 -> "åtgärder";
            default -> "beslut Vi antar förslag nummer " + PROPOSALS.incrementAndGet() + ".";
        };
    }

    interface Load {
        void run(AtomicBoolean going) throws Exception;
    }

    /** The page sampled while a load runs in another thread (stopped, and drained, once the samples are in). */
    static long[] underLoad(Page page, Load load) throws Exception {
        AtomicBoolean going = new AtomicBoolean(true);
        Exception[] failed = new Exception[1];
        Thread runner = new Thread(() -> {
            try {
                load.run(going);
            } catch (Exception e) {
                failed[0] = e;
            }
        });
        runner.start();
        Thread.sleep(1000); // the load under way
        long[] sampled = page.sample(SAMPLES);
        going.set(false);
        runner.join();
        if (failed[0] != null) throw failed[0];
        Thread.sleep(1000); // acknowledged commands carried out before the next part
        return sampled;
    }

    /** The decision register of a second group with REGISTER decisions, with a web session from webb. */
    record Page(HttpClient client, HttpRequest request) {
        static Page open(Samverka writer, Samverka reader, String base) throws Exception {
            Store store = writer.store();
            store.transactions().inTransaction(() -> {
                long workspace = store.groups().workspace("console", "local");
                Group group = store.groups().create(workspace, "Strategisk grupp", FollowUpBench.STOCKHOLM, Lang.SV);
                store.groups().bind(group.scope(), "console:strategisk-grupp");
                Member chair = store.members().add(group.scope(), new NewMember("Person 0", Optional.of("Kommun 0"),
                        Optional.empty(), Role.CHAIR));
                for (int d = 1; d <= REGISTER; d++) {
                    store.decisions().add(group.scope(), Optional.empty(), Optional.empty(), "Gruppen beslutar om ärende " + d
                            + "; lägesbilden följs upp vid nästa möte.", Optional.of(chair.id()), Instant.now().minusSeconds(86_400L * d));
                }
                return true;
            }, ok -> true);
            HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            WebLogin login = WebLogin.of(reader.assistant(), "Person 0", client, base);
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + login.group() + "/beslut"))
                    .header("Cookie", login.cookie()).build();
            String body = client.send(request, HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(body.contains(REGISTER + " beslut"), "the whole register is on the page");
            return new Page(client, request);
        }

        /** The page fetched {@code n} times one after another: each time in microseconds, sorted. */
        long[] sample(int n) throws Exception {
            long[] micros = new long[n];
            for (int i = 0; i < n; i++) {
                long start = System.nanoTime();
                HttpResponse<Void> got = client.send(request, HttpResponse.BodyHandlers.discarding());
                micros[i] = (System.nanoTime() - start) / 1000;
                assertEquals(200, got.statusCode());
            }
            Arrays.sort(micros);
            return micros;
        }
    }

    /** Decisions stored in the database, counted through a connection of its own. */
    static long decisions(Samverka samverka) throws java.sql.SQLException {
        try (var c = samverka.database().dataSource().getConnection(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT count(*) FROM decision")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String version(LocalPostgres server) throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + server.port() + "/postgres", "samverka", "");
             var st = c.createStatement(); var rs = st.executeQuery("SHOW server_version")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
