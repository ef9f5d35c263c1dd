package se.samverka.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import se.samverka.config.PostgresSettings;
import se.samverka.storage.Database;

/**
 * A database named on the command line of {@code migrate-db}: a SQLite file or a PostgreSQL server (an address
 * as {@code SAMVERKA_DB} takes it; its password from the address, else from {@code SAMVERKA_DB_PASSWORD}).
 */
record DbAddress(Optional<Path> file, Optional<PostgresSettings> postgres) {
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** A database that cannot be used as given; the message says why in one line, without a password. */
    static final class Bad extends Exception {
        Bad(String message) {
            super(message);
        }
    }

    /** @param source whether it is copied from (then a file must exist and be a SQLite database) */
    static DbAddress of(String option, String raw, Optional<String> password, boolean source) throws Bad {
        if (raw.isBlank()) throw new Bad(option + " needs a database: a SQLite file or postgresql://user@host:5432/db");
        if (PostgresSettings.names(raw)) return server(option, raw, password);
        Path file = Path.of(raw);
        if (source && !Files.isRegularFile(file)) throw new Bad("Cannot read " + option + " " + raw + ": no such file.");
        if (Files.exists(file) && !(Files.isRegularFile(file) && Files.isReadable(file))) {
            throw new Bad("Cannot read " + option + " " + raw + ": not a readable file.");
        }
        if (Files.exists(file) && !sqlite(file)) throw new Bad(option + " " + raw + " is not a SQLite database.");
        return new DbAddress(Optional.of(file), Optional.empty());
    }

    private static DbAddress server(String option, String raw, Optional<String> password) throws Bad {
        PostgresSettings settings;
        try {
            settings = PostgresSettings.parse(raw, Optional.empty());
        } catch (IllegalArgumentException e) {
            settings = null;
        }
        if (settings == null) {
            throw new Bad(option + " is not a PostgreSQL address as SAMVERKA_DB takes it: postgresql://user@host:5432/db"
                    + " or jdbc:postgresql://host:5432/db");
        }
        if (settings.password().isEmpty()) settings = new PostgresSettings(settings.jdbcUrl(), settings.user(), password);
        return new DbAddress(Optional.empty(), Optional.of(settings));
    }

    /** An empty file is a new SQLite database; any other must start with SQLite's header. */
    private static boolean sqlite(Path file) throws Bad {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SQLITE_HEADER.length);
            return head.length == 0 || Arrays.equals(head, SQLITE_HEADER);
        } catch (IOException e) {
            throw new Bad("Cannot read " + file + ": " + e.getMessage());
        }
    }

    boolean server() {
        return postgres.isPresent();
    }

    boolean exists() {
        return file.map(Files::exists).orElse(true);
    }

    /** Never the password. */
    String shown() {
        return postgres.map(PostgresSettings::shown).orElseGet(() -> file.orElseThrow().toString());
    }

    boolean same(DbAddress other) {
        if (server() != other.server()) return false;
        if (server()) return postgres.get().jdbcUrl().equalsIgnoreCase(other.postgres.get().jdbcUrl());
        Path a = file.get().toAbsolutePath().normalize();
        Path b = other.file.get().toAbsolutePath().normalize();
        try {
            return a.equals(b) || (Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b));
        } catch (IOException e) {
            return false;
        }
    }

    /** Opens and migrates it. */
    Database open() {
        return postgres.map(Database::postgres).orElseGet(() -> Database.sqlite(file.orElseThrow()));
    }

    /** A file's instance lock, so that no bot serves it while it is copied (a server's: none). */
    InstanceLock lock() throws InstanceLock.Held {
        return file.isPresent() ? InstanceLock.acquire(file.get()) : InstanceLock.none();
    }

    /** Deletes the file this copy made, with SQLite's journal files, when the copy did not land. */
    void removeCreated() {
        file.ifPresent(f -> {
            for (String end : new String[] {"", "-wal", "-shm", ".lock"}) {
                try {
                    Files.deleteIfExists(Path.of(f + end));
                } catch (IOException ignored) {
                    // an empty database left behind is harmless
                }
            }
        });
    }
}
