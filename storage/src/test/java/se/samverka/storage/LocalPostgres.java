package se.samverka.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import se.samverka.config.PostgresSettings;

/**
 * A real PostgreSQL server for the tests, from Debian's {@code postgresql} package (no Docker): {@code initdb} into a
 * temporary folder and {@code pg_ctl start} on a free port of 127.0.0.1, with its socket in that folder. PostgreSQL
 * refuses to run as root, so as root both run as the {@code postgres} user. One server per test JVM, stopped when
 * the JVM ends; each test gets a database of its own, copied from a template migrated once.
 */
public final class LocalPostgres {
    private static final String USER = "samverka";
    private static LocalPostgres shared;
    private final Path folder;
    private final Path bin;
    private final int port;
    private final AtomicInteger databases = new AtomicInteger();

    private LocalPostgres(Path bin) throws IOException, InterruptedException {
        this.bin = bin;
        this.folder = Files.createTempDirectory("samverka-pg");
        this.port = freePort();
        if (root()) run(List.of("chown", "postgres", folder.toString()), false);
        Path data = folder.resolve("data");
        run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "--auth=trust", "-E", "UTF8",
                "--locale=C.UTF-8", "--no-sync"), true);
        start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::remove));
        execute("postgres", "CREATE DATABASE samverka_template");
        try (Database template = Database.postgres(settings("samverka_template"))) {
            // migrated once; every test's database is a copy
        }
    }

    /** The server of this JVM, started on first use. */
    public static synchronized LocalPostgres shared() {
        if (shared == null) shared = separate();
        return shared;
    }

    /**
     * A server of its own, beside the shared one: for a test that stops and starts it ({@link #stop}, {@link #start})
     * and must not take the other tests' server down with it. Removed when the JVM ends.
     */
    public static LocalPostgres separate() {
        Path bin = binaries().orElseThrow(() -> new IllegalStateException(
                "PostgreSQL is not installed: apt-get install postgresql (its binaries go to /usr/lib/postgresql/<version>/bin)"));
        try {
            return new LocalPostgres(bin);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts the server (again, after {@link #stop}) on its port, and waits until it takes connections. */
    public void start() throws IOException, InterruptedException {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(), "-l",
                folder.resolve("log").toString(), "-w", "-o", "-p " + port + " -k " + folder
                        + " -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
                        + " -c max_connections=200", "start"), true);
    }

    /** Stops the server at once, as a crash would (connections cut, no checkpoint): its data stays for {@link #start}. */
    public void stop() throws IOException, InterruptedException {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(), "-m", "immediate", "-w",
                "stop"), true);
    }

    /** Debian's PostgreSQL binaries, the newest version installed. */
    public static Optional<Path> binaries() {
        Path versions = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(versions)) return Optional.empty();
        try (Stream<Path> all = Files.list(versions)) {
            return all.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A new, migrated, empty database of its own. */
    public PostgresSettings newDatabase() {
        String name = "t" + databases.incrementAndGet();
        execute("postgres", "CREATE DATABASE " + name + " TEMPLATE samverka_template");
        return settings(name);
    }

    /** A new database with everything {@code source} holds (nothing may be connected to it meanwhile). */
    public PostgresSettings copy(PostgresSettings source) {
        String name = "c" + databases.incrementAndGet();
        execute("postgres", "CREATE DATABASE " + name + " TEMPLATE " + source.jdbcUrl().substring(source.jdbcUrl().lastIndexOf('/') + 1));
        return settings(name);
    }

    /** An empty database with no schema at all (for tests of migration itself). */
    public PostgresSettings emptyDatabase() {
        String name = "e" + databases.incrementAndGet();
        execute("postgres", "CREATE DATABASE " + name);
        return settings(name);
    }

    /** The address as {@code SAMVERKA_DB} takes it. */
    public String address(PostgresSettings database) {
        return "postgresql://" + USER + "@127.0.0.1:" + port + database.jdbcUrl().substring(database.jdbcUrl().lastIndexOf('/'));
    }

    public int port() {
        return port;
    }

    private PostgresSettings settings(String database) {
        return new PostgresSettings("jdbc:postgresql://127.0.0.1:" + port + "/" + database, Optional.of(USER), Optional.empty());
    }

    /** Runs one statement as the superuser on the named database. */
    public void execute(String database, String statement) {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, USER, "");
             Statement st = c.createStatement()) {
            st.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement + ": " + e.getMessage(), e);
        }
    }

    private void remove() {
        try {
            stop();
        } catch (IOException | InterruptedException | IllegalStateException ignored) {
            // the JVM is ending anyway
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder
        }
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    private void run(List<String> command, boolean asServer) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>();
        if (asServer && root()) line.addAll(List.of("runuser", "-u", "postgres", "--"));
        line.addAll(command);
        Process p = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(folder.resolve("setup.log").toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + Files.readString(folder.resolve("setup.log")));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
