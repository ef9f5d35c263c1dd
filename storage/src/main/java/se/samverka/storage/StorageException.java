package se.samverka.storage;

/** A database failure (never a "not found": that is an empty Optional). */
public final class StorageException extends RuntimeException {
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
