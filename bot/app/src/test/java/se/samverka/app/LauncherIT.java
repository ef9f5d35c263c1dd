package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's first command: the launcher at the root runs the jar (built by this very build). */
class LauncherIT {
    @TempDir
    Path folder;

    @Test
    void theLauncherRunsTheJar() throws Exception {
        Path launcher = JarProcess.root().resolve("samverka").toAbsolutePath();
        JarProcess.Result help = JarProcess.run(List.of("bash", launcher.toString(), "help"), Map.of(), "", folder);
        assertEquals(0, help.exitCode(), help.err());
        assertTrue(help.out().contains("Usage: samverka [command] [options]"), help.out());

        JarProcess.Result demo = JarProcess.run(List.of("bash", launcher.toString(), "demo"), Map.of(), "", folder);
        assertEquals(0, demo.exitCode(), demo.err());
        assertTrue(folder.resolve("data/samverka.db").toFile().isFile(), "default database under ./data");
    }

    @Test
    void withoutATerminalTheDefaultCommandServesHttp() throws Exception {
        // "./samverka" with no terminal serves HTTP until stopped; here it must fail fast on a bad port instead
        JarProcess.Result result = JarProcess.run(List.of("bash", JarProcess.root().resolve("samverka").toAbsolutePath().toString()),
                Map.of("SAMVERKA_PORT", "not-a-port"), "", folder);
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("SAMVERKA_PORT=not-a-port (from environment)"), result.err());
    }
}
