package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samverka.core.domain.Group;
import se.samverka.core.domain.Lang;
import se.samverka.core.domain.Member;
import se.samverka.core.domain.NewMember;
import se.samverka.core.domain.Role;
import se.samverka.core.port.Store;
import se.samverka.core.followup.FollowUp;
import se.samverka.core.engine.Settings;
import se.samverka.storage.Database;
import se.samverka.storage.SqliteStore;

/**
 * Digests and reminders for many groups: N groups with 100 open action items each (a fifth of them due in two days,
 * so the owners' reminders fire too) and a meeting tomorrow, planned into the outbox at Monday 09:00. Measured for
 * 250, 500 and 1,000 groups to see how the cost grows. Writes docs/BENCHMARKS.md.
 */
public class FollowUpBench {
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    static final int ITEMS = 100;

    record Run(int groups, long millis, int queued) {}

    Run run(int groups) throws Exception {
        Path dir = Files.createTempDirectory("followup-bench");
        try (Database db = Database.sqlite(dir.resolve("s.db"))) {
            addGroups(db, 0, groups, ITEMS);
            return plan(db, groups);
        }
    }

    static Instant monday() {
        return LocalDateTime.parse("2026-11-02T09:00").atZone(STOCKHOLM).toInstant();
    }

    /**
     * Groups {@code from} to {@code to} (not included), each with 10 members, a meeting tomorrow and {@code items} open
     * action items (a fifth due in two days), one transaction per 1,000 groups.
     */
    static void addGroups(Database db, int from, int to, int items) {
        Instant monday = monday();
        Store store = SqliteStore.on(db, Clock.fixed(monday, STOCKHOLM));
        for (int chunk = from; chunk < to; chunk += 1000) {
            int first = chunk;
            store.transactions().inTransaction(() -> {
                long workspace = store.groups().workspace("console", "local");
                for (int g = first; g < Math.min(to, first + 1000); g++) addGroup(store, workspace, g, items, monday);
                return true;
            }, ok -> true);
        }
    }

    private static void addGroup(Store store, long workspace, int g, int items, Instant monday) {
        Group group = store.groups().create(workspace, "Grupp " + g, STOCKHOLM, Lang.SV);
        store.groups().bind(group.scope(), "console:grupp-" + g);
        List<Member> members = new ArrayList<>();
        for (int m = 0; m < 10; m++) {
            members.add(store.members().add(group.scope(), new NewMember("Person " + m, Optional.of("Org " + m),
                    Optional.empty(), m == 0 ? Role.CHAIR : Role.MEMBER)));
        }
        store.meetings().add(group.scope(), monday.plusSeconds(86_400), monday.plusSeconds(86_400 + 3 * 3600),
                Optional.of("Halmstad"), Optional.empty(), "bench-" + g + "@samverka");
        for (int i = 0; i < items; i++) {
            Optional<LocalDate> due = Optional.of(LocalDate.of(2026, 11, i % 5 == 0 ? 4 : 20));
            store.actions().add(group.scope(), "uppgift " + i, List.of(members.get(i % 10).id()), due,
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), monday.minusSeconds(86_400));
        }
    }

    /** {@code FollowUp.plan()} at Monday 09:00 over every group of the database, timed. */
    static Run plan(Database db, int groups) {
        Clock clock = Clock.fixed(monday(), STOCKHOLM);
        FollowUp followUp = new FollowUp(SqliteStore.on(db, clock), clock, Settings.defaults());
        long start = System.nanoTime();
        int queued = followUp.plan();
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Run(groups, millis, queued);
    }

    @Test
    void measure() throws Exception {
        run(50); // warm-up
        List<Run> runs = new ArrayList<>();
        for (int groups : new int[] {250, 500, 1000}) runs.add(run(groups));
        // per group: the digest, the agenda of tomorrow's meeting, the chair told it has no items, 20 owners' reminders,
        // and the carry-over message to each of the 10 owners
        for (Run r : runs) assertEquals(r.groups() * 33, r.queued(), "everything queued");
        StringBuilder rows = new StringBuilder();
        for (Run r : runs) {
            rows.append(String.format("| %,d | %,d | %,d | %.2f s | %.2f ms |%n", r.groups(), r.groups() * ITEMS, r.queued(),
                    r.millis() / 1000.0, (double) r.millis() / r.groups()));
        }
        String section = """
                <!-- follow-up:start -->
                ## Digests and reminders for many groups (FollowUpBench)

                Run: `mvn -B -Pbench verify`. N groups on one SQLite file, each with 10 members, 100 open action items (a
                fifth due in two days) and a meeting tomorrow; `FollowUp.plan()` at Monday 09:00 renders every group's digest,
                its agenda reminder, the chair's no-agenda reminder, the owners' due-date reminders and the carry-over message to
                each owner (their open items with Klar/Pågår/Flytta buttons), checks laget runt, and writes it all to the outbox
                (one transaction per group).
                Measured %s on %d cores (%s).

                | groups | open items | messages queued | time | per group |
                |---|---|---|---|---|
                %s

                Target: 1,000 groups with 100 open items each in under 5 s; the time per group stays flat as groups grow.
                <!-- follow-up:end -->
                """.formatted(LocalDate.now(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"), rows.toString().strip());
        BenchmarksFile.write(Path.of(System.getProperty("samverka.root", ".."), "docs", "BENCHMARKS.md"), "follow-up", section);
    }
}
