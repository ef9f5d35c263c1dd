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
     * Whether {@code failure} is a conflict with another transaction (PostgreSQL's serialization failure) that an
     * enclosing transaction this call joined will run again: then a caller that answers failures must let it through,
     * or the retry never happens and the user is told of an error that running again would have avoided.
     */
    default boolean retriedByEnclosing(RuntimeException failure) {
        return false;
    }

    /** Runs {@code work} in a transaction that commits unless it throws. */
    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return true;
        }, done -> true);
    }
}
