package se.samverka.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the built samverka.jar (or the launcher) as a separate process with text piped to its stdin. */
final class JarProcess {
    record Result(int exitCode, String out, String err) {}

    private JarProcess() {}

    static Path jar() {
        Path jar = Path.of(System.getProperty("samverka.jar", "target/samverka.jar"));
        if (!Files.isRegularFile(jar)) throw new IllegalStateException("build the jar first: " + jar);
        return jar;
    }

    static Path root() {
        return Path.of(System.getProperty("samverka.root", "../.."));
    }

    static Result java(Map<String, String> env, String input, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar().toString()));
        command.addAll(List.of(args));
        return run(command, env, input, Path.of("."));
    }

    static Result run(List<String> command, Map<String, String> env, String input, Path dir)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().putAll(env);
        Path out = Files.createTempFile("samverka-out", ".txt");
        Path err = Files.createTempFile("samverka-err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
