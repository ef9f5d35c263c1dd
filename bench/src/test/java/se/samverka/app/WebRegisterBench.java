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
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.samverka.config.ConfigLoader;
import se.samverka.core.domain.AgendaItem;
import se.samverka.core.domain.Decision;
import se.samverka.core.domain.Group;
import se.samverka.core.domain.Lang;
import se.samverka.core.domain.Meeting;
import se.samverka.core.domain.Member;
import se.samverka.core.domain.NewMember;
import se.samverka.core.domain.Role;
import se.samverka.core.port.Store;
import se.samverka.storage.Database;
import se.samverka.storage.SqliteStore;

/**
 * The web pages of a group with a long history: 100 monthly meetings (2018–2026), 5,000 decisions on their agenda
 * points and 1,000 action items, on one SQLite file. Each page is fetched over HTTP from the running server with a
 * session from webb — 20 times to warm up, then 100 times measured. Writes docs/BENCHMARKS.md.
 */
public class WebRegisterBench {
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    static final int MEETINGS = 100;
    static final int DECISIONS_PER_MEETING = 50;
    static final int ACTIONS_PER_MEETING = 10;
    static final String[] WORDS = {"budget", "samverkan", "lägesbild", "migration", "arbetsmarknad", "skola", "hälsa",
        "trygghet", "bostäder", "civilsamhället", "uppföljning", "rapport", "rådet", "kommunerna", "regionen"};

    record Measured(String page, String path, int rows, long bytes, double median, double p95, double max) {}

    static Path history(Path dir, Clock clock) {
        Path file = dir.resolve("s.db");
        try (Database db = Database.sqlite(file)) {
            Store store = SqliteStore.on(db, clock);
            store.transactions().inTransaction(() -> {
                long workspace = store.groups().workspace("console", "local");
                Group group = store.groups().create(workspace, "Strategisk grupp", STOCKHOLM, Lang.SV);
                store.groups().bind(group.scope(), "console:strategisk-grupp");
                List<Member> members = new ArrayList<>();
                for (int m = 0; m < 20; m++) {
                    members.add(store.members().add(group.scope(), new NewMember("Person " + m, Optional.of("Kommun " + (m % 10)),
                            Optional.empty(), m == 0 ? Role.CHAIR : Role.MEMBER)));
                }
                int number = 0;
                for (int i = 0; i < MEETINGS; i++) {
                    Instant start = LocalDateTime.of(2018, 8, 14, 9, 0).plusMonths(i).atZone(STOCKHOLM).toInstant();
                    Meeting meeting = store.meetings().add(group.scope(), start, start.plusSeconds(3 * 3600),
                            Optional.of("Kommunhuset " + (i % 10)), Optional.of("Kommun " + (i % 10)), "bench-" + i + "@samverka");
                    List<AgendaItem> points = new ArrayList<>();
                    for (int p = 0; p < 5; p++) {
                        points.add(store.agenda().addToMeeting(group.scope(), meeting.id(), "Punkt " + p + " om " + WORDS[(i + p) % WORDS.length],
                                Optional.empty(), start.minusSeconds(86_400)));
                    }
                    List<Decision> decided = new ArrayList<>();
                    for (int d = 0; d < DECISIONS_PER_MEETING; d++) {
                        number++;
                        String text = "Gruppen beslutar om " + WORDS[number % WORDS.length] + " och " + WORDS[(number * 7) % WORDS.length]
                                + " (ärende " + number + "); " + WORDS[(number * 3) % WORDS.length] + " följs upp vid nästa möte.";
                        decided.add(store.decisions().add(group.scope(), Optional.of(meeting.id()), Optional.of(points.get(d % 5).id()),
                                text, Optional.of(members.get(0).id()), start.plusSeconds(3600)));
                    }
                    for (int a = 0; a < ACTIONS_PER_MEETING; a++) {
                        Decision decision = decided.get(a * 5);
                        store.actions().add(group.scope(), "följer upp ärende " + decision.number(), List.of(members.get((i + a) % 20).id()),
                                Optional.of(LocalDate.ofInstant(start, STOCKHOLM).plusDays(30)), Optional.of(meeting.id()),
                                Optional.empty(), Optional.of(decision.id()), Optional.empty(), start.plusSeconds(3600));
                    }
                }
                return true;
            }, ok -> true);
        }
        return file;
    }

    static Measured measure(HttpClient client, String base, String cookie, String page, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie).build();
        HttpResponse<String> first = null;
        for (int i = 0; i < 20; i++) first = client.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, first.statusCode(), path);
        double[] millis = new double[100];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            HttpResponse<String> got = client.send(request, HttpResponse.BodyHandlers.ofString());
            millis[i] = (System.nanoTime() - start) / 1e6;
            assertEquals(200, got.statusCode());
        }
        Arrays.sort(millis);
        System.out.printf("%s: median %.1f ms%n", page, millis[49]);
        Matcher count = Pattern.compile("role=\"status\">(\\d+) beslut").matcher(first.body());
        int rows = count.find() ? Integer.parseInt(count.group(1)) : 0;
        return new Measured(page, path, rows, first.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
                millis[49], millis[94], millis[99]);
    }

    @Test
    void measure() throws Exception {
        Clock clock = Clock.fixed(LocalDateTime.parse("2026-11-20T10:00").atZone(STOCKHOLM).toInstant(), STOCKHOLM);
        Path dir = Files.createTempDirectory("web-bench");
        long built = System.nanoTime();
        Path file = history(dir, clock);
        System.out.printf("history written in %.1f s%n", (System.nanoTime() - built) / 1e9);
        try (Samverka samverka = Samverka.open(ConfigLoader.load(Map.of(ConfigLoader.DB, file.toString()), Optional.empty()), clock)) {
            Javalin http = HttpServer.create(samverka).start("127.0.0.1", 0);
            try {
                String base = "http://127.0.0.1:" + http.port();
                HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
                WebLogin login = WebLogin.of(samverka.assistant(), "Person 0", client, base);
                String cookie = login.cookie();
                String g = login.group();
                long before = samverka.database().statements();
                List<Measured> runs = List.of(
                        measure(client, base, cookie, "decision register, all", g + "/beslut"),
                        measure(client, base, cookie, "register, full-text search", g + "/beslut?q=l%C3%A4gesbild+regionen"),
                        measure(client, base, cookie, "register, year + organisation", g + "/beslut?ar=2024&org=Kommun+3"),
                        measure(client, base, cookie, "one decision", g + "/beslut/2500"),
                        measure(client, base, cookie, "action board with chart", g + "/atgarder"),
                        measure(client, base, cookie, "annual report 2025", g + "/arsrapport/2025"),
                        measure(client, base, cookie, "the group", g));
                long statements = samverka.database().statements() - before;
                assertEquals(5_000, runs.get(0).rows(), "the whole register is on the page");
                assertTrue(runs.get(1).rows() > 0 && runs.get(1).rows() < 5_000, "the search narrows it: " + runs.get(1).rows());
                write(runs, statements / (runs.size() * 120.0));
            } finally {
                http.stop();
            }
        }
    }

    static void write(List<Measured> runs, double statementsPerRequest) throws Exception {
        StringBuilder rows = new StringBuilder();
        for (Measured r : runs) {
            rows.append(String.format("| %s | `%s` | %s | %,d KB | %.1f ms | %.1f ms | %.1f ms |%n", r.page(),
                    r.path().replaceAll("^/web/g/\\d+", "…"), r.rows() > 0 ? String.format("%,d", r.rows()) : "",
                    r.bytes() / 1024, r.median(), r.p95(), r.max()));
        }
        String section = """
                <!-- web-register:start -->
                ## Web pages of a group with a long history (WebRegisterBench)

                Run: `mvn -B -Pbench verify`. One group on one SQLite file with 100 monthly meetings (2018–2026), 5,000
                decisions on their agenda points and 1,000 action items; the bot's own HTTP server (Javalin, Pebble templates)
                with a session from `webb`. Each page fetched over HTTP on localhost 20 times to warm up, then 100 times in a
                row; the time is the whole request (SQL, rendering, transfer). Statements per request, averaged over all
                pages: %.1f (each list is one query; WebPagesTest shows the count does not grow with the rows).
                Measured %s on %d cores (%s).

                | page | path | decisions listed | size | median | p95 | max |
                |---|---|---|---|---|---|---|
                %s

                Target: the decision register of a group with 5,000 decisions renders in under 200 ms.
                <!-- web-register:end -->
                """.formatted(statementsPerRequest, LocalDate.now(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"), rows.toString().strip());
        BenchmarksFile.write(Path.of(System.getProperty("samverka.root", ".."), "docs", "BENCHMARKS.md"), "web-register", section);
    }
}
