package se.samverka.storage.transfer;

/** The copy cannot go on; its message says why in one line (never a password). Nothing was changed in the target. */
public final class CopyException extends RuntimeException {
    public CopyException(String message) {
        super(message);
    }

    public CopyException(String message, Throwable cause) {
        super(message, cause);
    }
}
