package se.samverka.core.port;

import se.samverka.core.domain.Minutes;

/** Reads a minutes document (a file someone shared in chat) into what it says. */
public interface MinutesReader {

    /** A file that cannot be read as minutes; the message says why, for the user. */
    final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Unreadable(String message) {
            super(message);
        }
    }

    /** The text of the document (its digest identifies it) and what it says. */
    record Read(String text, Minutes minutes) {}

    Read read(String fileName, byte[] content);

    /** Whether a file of this name is of a kind read (by its extension), before it is fetched. */
    default boolean reads(String fileName) {
        return true;
    }
}
