package se.samverka.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One running bot per database file. The modes that answer the platforms, replay the inbox and run the outbox's
 * scheduler ({@code serve}, and the default start) hold an exclusive lock on {@code <database>.lock} for as long as
 * the process lives; the operating system lets it go when the process ends, however it ends. A second such process
 * on the same file is refused at start. One-off commands (console, demo, import-minutes, minutes, extract) take no
 * lock: SQLite serialises their writes, and they neither answer platforms nor send the outbox. On PostgreSQL there is
 * no lock: several instances serve one database together (each inbox entry and scheduled task claimed by one of
 * them; docs/RELIABILITY.md).
 */
final class InstanceLock implements AutoCloseable {
    private static final java.util.Set<String> SERVING = java.util.Set.of("serve", "start");

    private final Optional<FileChannel> channel;
    private final Optional<FileLock> lock;

    private InstanceLock(Optional<FileChannel> channel, Optional<FileLock> lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * The lock a command needs: the SQLite file's for serve and start, none (an empty one) for the others and on
     * PostgreSQL.
     */
    static InstanceLock forCommand(String command, se.samverka.config.SamverkaConfig config) throws Held {
        return SERVING.contains(command) && config.postgres().isEmpty() ? acquire(config.database())
                : new InstanceLock(Optional.empty(), Optional.empty());
    }

    /** No lock (a database on a server: its instances are not locked by a file). */
    static InstanceLock none() {
        return new InstanceLock(Optional.empty(), Optional.empty());
    }

    /** Another process (or this one) holds the lock: the bot must not start. */
    static final class Held extends Exception {
        Held(String message) {
            super(message);
        }
    }

    static Path fileOf(Path database) {
        return database.resolveSibling(database.getFileName() + ".lock");
    }

    /** Takes the lock of the database, or says who holds it. */
    static InstanceLock acquire(Path database) throws Held {
        Path file = fileOf(database.toAbsolutePath());
        try {
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            Optional<FileLock> lock;
            try {
                lock = Optional.ofNullable(channel.tryLock());
            } catch (OverlappingFileLockException e) { // held by this very process
                lock = Optional.empty();
            }
            if (lock.isEmpty()) {
                String holder = holder(channel);
                channel.close();
                throw new Held("Samverka is already running on " + database + " (" + holder + "; lock file " + file
                        + "). Only one bot may serve a database: stop the other one first, or give this one its own"
                        + " database with --db.");
            }
            channel.truncate(0).write(ByteBuffer.wrap(String.valueOf(ProcessHandle.current().pid())
                    .getBytes(StandardCharsets.UTF_8)), 0);
            return new InstanceLock(Optional.of(channel), lock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + file, e);
        }
    }

    /** The process id the holder wrote into the lock file, as far as it can be read. */
    private static String holder(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(32);
        int n = channel.read(buffer, 0);
        String pid = n <= 0 ? "" : new String(buffer.array(), 0, n, StandardCharsets.UTF_8).strip();
        return pid.matches("\\d+") ? "process " + pid : "another process";
    }

    @Override
    public void close() {
        try {
            if (lock.isPresent()) lock.get().release();
            if (channel.isPresent()) channel.get().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
