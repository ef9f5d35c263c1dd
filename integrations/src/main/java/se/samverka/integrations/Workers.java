package se.samverka.integrations;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that carry out a platform's commands after its HTTP request is answered. A bounded queue: beyond
 * it a user is told to try again rather than wait minutes for an answer. A failure is logged, never shown to the
 * platform as an error.
 */
public final class Workers implements AutoCloseable {
    /** Commands carried out at once (they meet at SQLite's one writer; more threads only wait there). */
    public static final int THREADS = 4;
    /** Commands waiting. */
    public static final int QUEUE = 1000;
    private static final System.Logger LOG = System.getLogger(Workers.class.getName());

    private final String name;
    private final ThreadPoolExecutor pool;

    public Workers(String name) {
        this.name = name;
        AtomicInteger threads = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(THREADS, THREADS, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(QUEUE), r -> {
            Thread t = new Thread(r, name + "-worker-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs the work on a worker; false when too much is waiting already (or the workers are stopping). */
    public boolean submit(Runnable work) {
        try {
            pool.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.ERROR, name + " work failed", e);
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            LOG.log(System.Logger.Level.WARNING, name + " work refused: " + (pool.isShutdown() ? "shutting down" : "queue full"));
            return false;
        }
    }

    /** Lets the work in hand finish (up to 10 seconds). */
    @Override
    public void close() {
        shutdown(pool);
    }

    /** Stops taking work and lets the work in hand finish (up to 10 seconds), then interrupts it. */
    public static void shutdown(java.util.concurrent.ExecutorService executor) {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) executor.shutdownNow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            executor.shutdownNow();
        }
    }
}
