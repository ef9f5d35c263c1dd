package se.samverka.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** The postgresql section of docs/BENCHMARKS.md from PostgresBench's figures, with its targets and whether they are met. */
final class PostgresReport {
    private PostgresReport() {
    }

    /** The machine's load average over the last minute, as the kernel counts it (other work shares the cores). */
    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    static void write(String version, String loadBefore, List<PostgresBench.Result> results, List<FollowUpScale.Step> sqlite,
            List<FollowUpScale.Step> postgres) throws IOException {
        PostgresBench.Result base = results.get(0);
        StringBuilder commands = new StringBuilder();
        StringBuilder web = new StringBuilder();
        for (PostgresBench.Result r : results) {
            commands.append(String.format("| %s | %.0f | × %.2f | %.0f | %.1f ms | %.1f ms | %d | %d |%n", r.setup(),
                    r.carried().perSecond(), r.carried().perSecond() / base.carried().perSecond(),
                    r.decisions() / (double) PostgresBench.SECONDS, r.carried().p50() / 1000, r.carried().p99() / 1000,
                    r.errors(), r.carried().unanswered()));
            web.append(String.format("| %s | %.1f / %.1f ms | %.1f / %.1f ms (× %.2f) | %.1f / %.1f ms (× %.2f) |%n", r.setup(),
                    ms(r.idle(), 0.5), ms(r.idle(), 0.99), ms(r.steady(), 0.5), ms(r.steady(), 0.99),
                    ms(r.steady(), 0.99) / ms(r.idle(), 0.99), ms(r.full(), 0.5), ms(r.full(), 0.99),
                    ms(r.full(), 0.99) / ms(r.idle(), 0.99)));
        }
        PostgresBench.Result two = results.get(2);
        double twoOverOne = two.carried().perSecond() / results.get(1).carried().perSecond();
        double steadyWorst = results.stream().mapToDouble(r -> ms(r.steady(), 0.99) / ms(r.idle(), 0.99)).max().orElseThrow();
        double growth = Math.max(FollowUpScale.growth(sqlite), FollowUpScale.growth(postgres));
        String section = """
                <!-- postgresql:start -->
                ## SQLite and PostgreSQL side by side (PostgresBench)

                Run: `mvn -B -Pbench verify` (skipped, saying so, where Debian's `postgresql` package is not installed, unless
                `SAMVERKA_TEST_REQUIRE_POSTGRESQL` is set). PostgreSQL %s started by the tests' `LocalPostgres` (`initdb`,
                `pg_ctl` on a free port of 127.0.0.1, `fsync=off`, `synchronous_commit=off`: a test server, so PostgreSQL's
                commits cost less here than on a durable one; SQLite runs as the app runs it, WAL with `synchronous=NORMAL`).
                Everything — the load generator, the fake Slack, the app instances and the PostgreSQL server — shares the
                same %d cores, so two instances here show what sharing one database costs, not what a second machine adds.
                Measured %s (%s); load average %s when the bench started and %s when it ended (other helpers' builds and
                tests ran on the machine at the time).

                ### Slash commands carried out end to end

                Signed `/samverka` commands over loopback (Javalin → Bolt → engine → database, reply to a local
                response_url), in turn `möten`, `beslut …`, `åtgärder`, `beslut …`; %d users each send one and wait for its
                reply before the next, for %d s after %d s of warm-up. With two instances (each its own HTTP port, both in
                this JVM, on one PostgreSQL database) user u sends to instance u mod 2. Latency: command sent → reply received.
                "errors": replies saying something went wrong (`error.internal`); "unanswered": no reply within 30 s.

                | setup | commands/s | vs SQLite | decisions stored/s | p50 | p99 | errors | unanswered |
                |---|---|---|---|---|---|---|---|
                %s

                ### A web page under command load

                The decision register of a second group (%d decisions, `…/beslut`) fetched %d times in a row with a session
                from `webb` (on the second instance when there are two): with no load, while %d commands/s arrive on
                schedule (open loop, the same mix, spread over the instances), and while the %d users above go as fast as
                they can. p50 / p99, and p99 as a multiple of the idle p99.

                | setup | idle | at %d commands/s | at full load |
                |---|---|---|---|
                %s

                ### Follow-up planning for up to 10,000 groups

                FollowUpBench's groups (10 members, a meeting tomorrow) with %d open action items each instead of 100 (two
                due in two days), so that 10,000 groups are built in the time of the bench; `FollowUp.plan()` at Monday 09:00,
                one transaction per group. Each larger database is the smaller one copied with the further groups added;
                PostgreSQL's is analysed (`ANALYZE`) before planning, as autovacuum would have.

                | groups | open items | messages queued | SQLite | per group | PostgreSQL | per group | PostgreSQL / SQLite |
                |---|---|---|---|---|---|---|---|
                %s

                Targets: no errors and nothing unanswered (%s); two instances on one PostgreSQL carry out at least 80 %% of one instance's commands a second
                (%s: × %.2f); a page's p99 at %d commands/s at most twice its idle p99 (%s: worst × %.2f); time per group at
                10,000 groups within 1.5 × that at 1,000 on both databases (%s: worst × %.2f).
                <!-- postgresql:end -->
                """.formatted(version, Runtime.getRuntime().availableProcessors(), LocalDate.now(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"), loadBefore, load(),
                PostgresBench.USERS, PostgresBench.SECONDS, PostgresBench.WARM_UP_SECONDS, commands.toString().strip(),
                PostgresBench.REGISTER, PostgresBench.SAMPLES, PostgresBench.RATE, PostgresBench.USERS, PostgresBench.RATE,
                web.toString().strip(), FollowUpScale.ITEMS, FollowUpScale.rows(sqlite, postgres),
                met(results.stream().allMatch(r -> r.errors() == 0 && r.carried().unanswered() == 0)), met(twoOverOne >= 0.8), twoOverOne, PostgresBench.RATE, met(steadyWorst <= 2), steadyWorst,
                met(growth <= 1.5), growth);
        BenchmarksFile.write(Path.of(System.getProperty("samverka.root", ".."), "docs", "BENCHMARKS.md"), "postgresql", section);
    }

    private static String met(boolean met) {
        return met ? "met" : "not met";
    }

    private static double ms(long[] sorted, double fraction) {
        return SlashLoad.percentile(sorted, fraction) / 1000;
    }
}
