package se.samverka.core.chat;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * A file someone shared with the bot in a conversation, fetched from the platform only when it is to be read (after
 * the bot knows whose group it is for and that they may import into it).
 */
public interface SharedFile {

    /** The file's name as the platform gives it. */
    String name();

    /** Its size as the platform gives it before anything is fetched; empty when it does not say. */
    OptionalLong size();

    /** The file's bytes, at most {@code maxBytes}; a larger file or a failed download is {@link Unavailable}. */
    byte[] content(int maxBytes) throws Unavailable;

    /** Why a shared file could not be had; the reply says so in the user's language. */
    final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        /** Larger than asked for; kept elsewhere (not the platform's own file, so not fetched); the download failed. */
        public enum Why { TOO_BIG, ELSEWHERE, FAILED }

        private final Why why;

        public Unavailable(Why why, String detail) {
            super(detail);
            this.why = Objects.requireNonNull(why, "why");
        }

        public Why why() {
            return why;
        }
    }

    /** How the platform's adapter gets a file's bytes when they are read: at most {@code maxBytes}. */
    @FunctionalInterface
    interface Download {
        byte[] content(int maxBytes) throws Unavailable;
    }

    /** A file on the platform, downloaded when (and only if) its content is read. */
    static SharedFile later(String name, OptionalLong size, Download download) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(download, "download");
        return new SharedFile() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public OptionalLong size() {
                return size;
            }

            @Override
            public byte[] content(int maxBytes) throws Unavailable {
                return download.content(maxBytes);
            }
        };
    }

    /** A file whose bytes are at hand already (the command line, Teams' download). */
    static SharedFile of(String name, byte[] content) {
        byte[] bytes = content.clone();
        return later(name, OptionalLong.of(bytes.length), maxBytes -> {
            if (bytes.length > maxBytes) throw new Unavailable(Unavailable.Why.TOO_BIG, bytes.length + " bytes");
            return bytes.clone();
        });
    }
}
