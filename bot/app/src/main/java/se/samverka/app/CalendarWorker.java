package se.samverka.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import se.samverka.core.calendar.CalendarSync;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.port.CalendarClaims;
import se.samverka.core.port.Store;

/**
 * Runs the calendar work — the Outlook sync and the e-mailed invitations — on one thread of its own, never on a
 * command's: a group is synced when a command has changed it, every group once at start (catching up on changes made
 * while Graph or the mail server could not be reached, or the bot was down), and failed work is tried again when its
 * time comes (checked every 30 seconds).
 *
 * <p>Several instances may share the database: before it works on a group, this one claims the group for that job
 * ({@link CalendarClaims}, held up to {@link #HOLD}, let go when done). A group another instance holds is left and
 * looked at again after {@link #BUSY_RETRY} — then the work finds in step whatever the other one sent, and does only
 * what is still left (a change made meanwhile) — so no event or invitation is sent by two instances at once.
 */
final class CalendarWorker implements AutoCloseable {
    /** One kind of calendar work: for one group, and the groups whose failed work is due again. */
    record Job(String name, Function<GroupScope, Object> sync, Supplier<List<GroupScope>> due) {}

    static final long RETRY_CHECK_SECONDS = 30;
    /** The longest a claim holds (a holder that died lets go so): longer than a group's sync takes. */
    static final Duration HOLD = Duration.ofMinutes(10);
    /** How soon a group another instance held is looked at again. */
    static final Duration BUSY_RETRY = Duration.ofSeconds(5);
    private static final System.Logger LOG = System.getLogger(CalendarWorker.class.getName());

    private final List<Job> jobs;
    private final Optional<CalendarSync> sync;
    private final Store store;
    private final CalendarClaims claims;
    private final String holder;
    private final Clock realTime;
    private final Set<String> waiting = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "calendar-sync");
        t.setDaemon(true);
        return t;
    });

    CalendarWorker(Optional<CalendarSync> sync, List<Job> jobs, Store store, CalendarClaims claims, String holder) {
        this(sync, jobs, store, claims, holder, Clock.systemUTC());
    }

    /**
     * @param sync     the Outlook sync, when Graph is set (also run as a job)
     * @param jobs     every kind of calendar work
     * @param holder   this instance, as its claims name it
     * @param realTime for claims, which other instances compare
     */
    CalendarWorker(Optional<CalendarSync> sync, List<Job> jobs, Store store, CalendarClaims claims, String holder,
                   Clock realTime) {
        this.sync = sync;
        this.jobs = List.copyOf(jobs);
        this.store = store;
        this.claims = claims;
        this.holder = holder;
        this.realTime = realTime;
    }

    void start() {
        thread.execute(() -> {
            List<GroupScope> groups = guarded("calendar start-up", () -> store.transactions().inTransaction(
                    () -> store.groups().everyGroup(), g -> true)).orElse(List.of());
            for (GroupScope scope : groups) jobs.forEach(job -> claimed(job, scope, "start-up"));
        });
        thread.scheduleWithFixedDelay(this::due, RETRY_CHECK_SECONDS, RETRY_CHECK_SECONDS, TimeUnit.SECONDS);
    }

    /** A command changed the group: do its calendar work soon. */
    void changed(GroupScope scope) {
        if (thread.isShutdown()) return;
        thread.execute(() -> jobs.forEach(job -> claimed(job, scope, "group " + scope.groupId())));
    }

    /** The Outlook sync itself, for tests. */
    CalendarSync sync() {
        return sync.orElseThrow();
    }

    /**
     * Runs what is due now and waits for it (tests). On the worker's own thread, like every other run: run beside the
     * 30-second check, the same invitation could be sent twice.
     */
    void runDue() {
        try {
            thread.submit(this::due).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("calendar work did not finish", e);
        }
    }

    /** How many groups this instance found held by another and will look at again (tests). */
    int waiting() {
        return waiting.size();
    }

    private void due() {
        for (Job job : jobs) {
            guarded(job.name() + " due", job.due()).ifPresent(groups -> groups.forEach(scope -> claimed(job, scope, "retry")));
        }
    }

    /** The job's work for the group, if this instance gets the group's claim; else again a little later. */
    private void claimed(Job job, GroupScope scope, String why) {
        String what = job.name() + " " + why;
        Instant now = realTime.instant();
        Optional<Boolean> mine = guarded(what + " claim", () -> store.transactions().inTransaction(
                () -> claims.claim(job.name(), scope, holder, now, now.plus(HOLD)), b -> true));
        if (mine.isEmpty()) return; // the database is away: the retry check and the next change come back to it
        if (!mine.get()) {
            later(job, scope);
            return;
        }
        try {
            guarded(what, () -> job.sync().apply(scope));
        } finally {
            guarded(what + " release", () -> {
                store.transactions().run(() -> claims.release(job.name(), scope, holder));
                return true;
            });
        }
    }

    /** Another instance works on the group: look again after {@link #BUSY_RETRY} (once, however often asked). */
    private void later(Job job, GroupScope scope) {
        String key = job.name() + "/" + scope.groupId();
        if (thread.isShutdown() || !waiting.add(key)) return;
        LOG.log(System.Logger.Level.DEBUG, key + " held by another instance: again in " + BUSY_RETRY);
        thread.schedule(() -> {
            waiting.remove(key);
            claimed(job, scope, "after another instance");
        }, BUSY_RETRY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static <T> Optional<T> guarded(String what, Supplier<T> work) {
        try {
            T r = work.get();
            LOG.log(System.Logger.Level.DEBUG, what + ": " + r);
            return Optional.ofNullable(r);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, what + " failed", e);
            return Optional.empty();
        }
    }

    /** Lets a sync in hand finish (up to 10 seconds). */
    @Override
    public void close() {
        se.samverka.integrations.Workers.shutdown(thread);
    }
}
