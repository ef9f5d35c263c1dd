package se.samverka.app;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for what a test expects to happen on another thread: polls every few milliseconds, up to ten seconds. */
final class Eventually {
    static final long LIMIT_NANOS = 10_000_000_000L;

    private Eventually() {}

    /** The probe's first value; fails with {@code failure} when none came in ten seconds. */
    static <T> T get(Supplier<Optional<T>> probe, Supplier<String> failure) {
        return get(probe, failure, LIMIT_NANOS);
    }

    private static <T> T get(Supplier<Optional<T>> probe, Supplier<String> failure, long limitNanos) {
        long until = System.nanoTime() + limitNanos;
        while (true) {
            Optional<T> value = probe.get();
            if (value.isPresent()) return value.get();
            if (System.nanoTime() > until) throw new AssertionError(failure.get());
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting: " + failure.get());
            }
        }
    }

    static void until(BooleanSupplier condition, String what) {
        get(() -> condition.getAsBoolean() ? Optional.of(true) : Optional.empty(), () -> "not in ten seconds: " + what);
    }

    /** As {@link #until(BooleanSupplier, String)}, for what takes longer than ten seconds by design. */
    static void until(BooleanSupplier condition, String what, java.time.Duration limit) {
        get(() -> condition.getAsBoolean() ? Optional.of(true) : Optional.empty(), () -> "not in " + limit + ": " + what,
                limit.toNanos());
    }
}
