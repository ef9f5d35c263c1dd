package se.samverka.core.port;

import java.util.function.Predicate;
import java.util.function.Supplier;

/** Runs the work of one command in one transaction. */
public interface Transactions {
    /**
     * Runs {@code work}; commits when {@code keep} accepts its result, rolls back otherwise or when it throws.
     * A call made while a transaction is open joins it.
     */
    <T> T inTransaction(Supplier<T> work, Predicate<? super T> keep);

    /**
     * Runs {@code work} that only reads, in a read-only transaction: the store may run it beside writing ones (a web
     * page need not wait behind a command). A call made while a transaction is open joins it.
     */
    default <T> T read(Supplier<T> work) {
        return inTransaction(work, result -> true);
    }

    /**
     * The transaction lost a conflict with a concurrent one (PostgreSQL's serialization failure, a deadlock) and
     * must run again from its beginning. Thrown through a call that joined an open transaction, up to the outermost
     * one, which rolls back and runs its work again; never shown to a user. Whoever catches every exception inside a
     * transaction lets this one pass.
     */
    final class Conflict extends RuntimeException {
        public Conflict(Throwable cause) {
            super(cause);
        }
    }

    /** Runs {@code work} in a transaction that commits unless it throws. */
    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return true;
        }, done -> true);
    }
}
