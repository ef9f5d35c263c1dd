package se.samverka.app;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.port.Store;
import se.samverka.core.usecase.CalendarSync;

/**
 * Runs the calendar sync on one thread of its own, never on a command's: a group is synced when a command has
 * changed it, every group once at start (catching up on changes made while the calendar could not be reached or
 * the bot was down), and failed syncs are tried again when their time comes (checked every 30 seconds).
 */
final class CalendarWorker implements AutoCloseable {
    static final long RETRY_CHECK_SECONDS = 30;
    private static final System.Logger LOG = System.getLogger(CalendarWorker.class.getName());

    private final CalendarSync sync;
    private final Store store;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "calendar-sync");
        t.setDaemon(true);
        return t;
    });

    CalendarWorker(CalendarSync sync, Store store) {
        this.sync = sync;
        this.store = store;
    }

    void start() {
        thread.execute(() -> guarded("start-up", () -> sync.syncAll(
                store.transactions().inTransaction(() -> store.groups().everyGroup(), g -> true))));
        thread.scheduleWithFixedDelay(() -> guarded("retry", sync::syncDue), RETRY_CHECK_SECONDS, RETRY_CHECK_SECONDS,
                TimeUnit.SECONDS);
    }

    /** A command changed the group: sync it soon. */
    void changed(GroupScope scope) {
        if (!thread.isShutdown()) thread.execute(() -> guarded("group " + scope.groupId(), () -> sync.sync(scope)));
    }

    /** The sync itself, for tests and for the retry check. */
    CalendarSync sync() {
        return sync;
    }

    private static void guarded(String what, java.util.function.Supplier<CalendarSync.Report> work) {
        try {
            CalendarSync.Report r = work.get();
            if (r.created() + r.updated() + r.cancelled() + r.failed() > 0) {
                LOG.log(System.Logger.Level.INFO, "calendar sync (" + what + "): " + r);
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "calendar sync (" + what + ") failed", e);
        }
    }

    /** Lets a sync in hand finish (up to 10 seconds). */
    @Override
    public void close() {
        se.samverka.integrations.Workers.shutdown(thread);
    }
}
