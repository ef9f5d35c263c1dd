package se.samverka.app;

import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.port.Store;
import se.samverka.core.calendar.CalendarSync;

/**
 * Runs the calendar work — the Outlook sync and the e-mailed invitations — on one thread of its own, never on a
 * command's: a group is synced when a command has changed it, every group once at start (catching up on changes made
 * while Graph or the mail server could not be reached, or the bot was down), and failed work is tried again when its
 * time comes (checked every 30 seconds).
 */
final class CalendarWorker implements AutoCloseable {
    /** One kind of calendar work. */
    record Job(String name, java.util.function.Function<GroupScope, Object> sync, java.util.function.Supplier<Object> due) {}

    static final long RETRY_CHECK_SECONDS = 30;
    private static final System.Logger LOG = System.getLogger(CalendarWorker.class.getName());

    private final java.util.List<Job> jobs;
    private final Optional<CalendarSync> sync;
    private final Store store;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "calendar-sync");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param sync the Outlook sync, when Graph is set (also run as a job)
     * @param jobs every kind of calendar work
     */
    CalendarWorker(Optional<CalendarSync> sync, java.util.List<Job> jobs, Store store) {
        this.sync = sync;
        this.jobs = java.util.List.copyOf(jobs);
        this.store = store;
    }

    void start() {
        thread.execute(() -> {
            for (GroupScope scope : store.transactions().inTransaction(() -> store.groups().everyGroup(), g -> true)) {
                for (Job job : jobs) guarded(job.name() + " start-up", () -> job.sync().apply(scope));
            }
        });
        thread.scheduleWithFixedDelay(() -> jobs.forEach(job -> guarded(job.name() + " retry", job.due())),
                RETRY_CHECK_SECONDS, RETRY_CHECK_SECONDS, TimeUnit.SECONDS);
    }

    /** A command changed the group: do its calendar work soon. */
    void changed(GroupScope scope) {
        if (thread.isShutdown()) return;
        thread.execute(() -> jobs.forEach(job -> guarded(job.name() + " group " + scope.groupId(), () -> job.sync().apply(scope))));
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
            thread.submit(() -> jobs.forEach(job -> guarded(job.name() + " due", job.due()))).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("calendar work did not finish", e);
        }
    }

    private static void guarded(String what, java.util.function.Supplier<Object> work) {
        try {
            Object r = work.get();
            LOG.log(System.Logger.Level.DEBUG, what + ": " + r);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, what + " failed", e);
        }
    }

    /** Lets a sync in hand finish (up to 10 seconds). */
    @Override
    public void close() {
        se.samverka.integrations.Workers.shutdown(thread);
    }
}
