package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import se.samverka.minutes.MinutesExtractor;

/**
 * JMH: how long loading the minutes understanding takes in a fresh JVM (the trained model and the name list, the
 * first call of a process), and one extraction of the seed minutes (two pages) after warm-up. Writes docs/BENCHMARKS.md,
 * then fails when a figure misses its target (load under 1 s, extract under 20 ms).
 */
public class MinutesBench {
    static final Path SEED = Path.of(System.getProperty("samverka.root", ".."),
            "../shared/eval/minutes-dev/00_seed-004-strategisk-grupp-integration-2017-09-05.txt");

    @State(Scope.Benchmark)
    public static class Loaded {
        MinutesExtractor extractor;
        String text;

        @Setup
        public void setUp() throws IOException {
            extractor = MinutesExtractor.load();
            text = Files.readString(Path.of(System.getProperty("samverka.seed", SEED.toString())));
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public MinutesExtractor load() {
        return MinutesExtractor.load();
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object extract(Loaded state) {
        return state.extractor.extract(state.text);
    }

    @Test
    void measure() throws Exception {
        Options load = new OptionsBuilder().include(MinutesBench.class.getName() + ".load$").forks(5).warmupIterations(0)
                .measurementIterations(1).jvmArgsAppend("-Dsamverka.seed=" + SEED.toAbsolutePath()).build();
        Options extract = new OptionsBuilder().include(MinutesBench.class.getName() + ".extract$").forks(2)
                .warmupIterations(3).warmupTime(TimeValue.seconds(2)).measurementIterations(5)
                .measurementTime(TimeValue.seconds(2)).jvmArgsAppend("-Dsamverka.seed=" + SEED.toAbsolutePath()).build();
        RunResult loaded = only(new Runner(load).run());
        RunResult extracted = only(new Runner(extract).run());
        double loadMs = loaded.getPrimaryResult().getScore();
        double loadError = loaded.getPrimaryResult().getScoreError();
        double extractMs = extracted.getPrimaryResult().getScore();
        double extractError = extracted.getPrimaryResult().getScoreError();
        String section = """
                <!-- minutes:start -->
                ## Reading minutes (MinutesBench, JMH)

                Run: `mvn -B -Pbench verify`. `MinutesExtractor.load()` (the OpenNLP sentence-kind and line-kind models
                and the first-name list from the jar) as the first call in a fresh JVM, 5 forks; `extract` of the seed minutes
                (%d characters, two printed pages) after 3 × 2 s warm-up, 5 × 2 s measured, 2 forks.
                Measured %s on %d cores (%s).

                | | time | ± (99.9 %%) | target |
                |---|---|---|---|
                | load the models, cold | %.1f ms | %.1f ms | under 1 s |
                | extract a 2-page document | %.3f ms | %.3f ms | under 20 ms |
                <!-- minutes:end -->
                """.formatted(Files.readString(SEED).length(), LocalDate.now(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                loadMs, Double.isNaN(loadError) ? 0 : loadError, extractMs, Double.isNaN(extractError) ? 0 : extractError);
        BenchmarksFile.write(Path.of(System.getProperty("samverka.root", ".."), "docs", "BENCHMARKS.md"), "minutes", section);
        assertTrue(loadMs < 1000, "models load in " + loadMs + " ms, the target is under 1 s");
        assertTrue(extractMs < 20, "a 2-page document takes " + extractMs + " ms, the target is under 20 ms");
    }

    private static RunResult only(Collection<RunResult> results) {
        return results.iterator().next();
    }
}
