package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverka.config.ConfigLoader;

/** Two processes on one database file: the second {@code serve} is refused with one clear message. */
class InstanceLockTest {
    @TempDir
    Path folder;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String input, String... args) throws Exception {
        return Main.run(args, Map.of(ConfigLoader.DB, folder.resolve("samverka.db").toString()),
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                false, Clock.systemUTC());
    }

    @Test
    @org.junit.jupiter.api.Timeout(120) // without the lock the second serve would start and wait for ever
    void aSecondServeOnTheSameFileRefusesToStartWhileTheConsoleStillWorks() throws Exception {
        Path db = folder.resolve("samverka.db");
        Process first = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--db", db.toString(),
                "--port", "0")).directory(folder.toFile()).redirectErrorStream(true).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8));
            String line;
            do {
                line = lines.readLine();
            } while (line != null && !line.startsWith("Samverka is listening"));
            assertTrue(line != null, "the first serve started");

            assertEquals(1, run("", "serve", "--port", "0"));
            String message = err.toString(StandardCharsets.UTF_8).strip();
            assertEquals("Samverka is already running on " + db + " (process " + first.pid() + "; lock file "
                    + db + ".lock). Only one bot may serve a database: stop the other one first, or give this one its"
                    + " own database with --db.", message);
            assertEquals("", out.toString(StandardCharsets.UTF_8), "nothing started");

            assertEquals(0, run("hjälp\n", "console"), "a console on the same file is a one-off user, not a second bot");
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("dagordning"), out.toString(StandardCharsets.UTF_8));
        } finally {
            first.destroyForcibly(); // SIGKILL: no shutdown hook, the operating system lets the lock go
            first.waitFor(30, TimeUnit.SECONDS);
        }
        try (InstanceLock again = InstanceLock.acquire(db)) {
            assertTrue(java.nio.file.Files.readString(InstanceLock.fileOf(db)).equals(String.valueOf(ProcessHandle.current().pid())),
                    "after the first died, a new bot takes the lock");
        }
    }

    @Test
    void theSameProcessCannotTakeTheLockTwice() throws Exception {
        Path db = folder.resolve("samverka.db");
        try (InstanceLock first = InstanceLock.acquire(db)) {
            InstanceLock.Held held = org.junit.jupiter.api.Assertions.assertThrows(InstanceLock.Held.class,
                    () -> InstanceLock.acquire(db));
            assertTrue(held.getMessage().contains("process " + ProcessHandle.current().pid()), held.getMessage());
        }
        InstanceLock.acquire(db).close(); // released on close
    }
}
