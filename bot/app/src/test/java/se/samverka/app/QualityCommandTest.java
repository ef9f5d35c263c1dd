package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code samverka quality --loso DIR}: both figures in score.py's format; a missing folder or option is refused. */
class QualityCommandTest {
    static final Path DEV = Path.of(System.getProperty("samverka.root", "../.."), "../shared/eval/minutes-dev");

    static int run(ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) throws Exception {
        return Main.run(args, Map.of(), new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, Clock.systemUTC());
    }

    @Test
    void printsTheLeaveOneSourceOutFigureThenTheFolderFigure() throws Exception {
        assumeTrue(Files.isDirectory(DEV), DEV + " is absent: quality --loso is not run");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, run(out, new ByteArrayOutputStream(), "quality", "--loso", DEV.toString()));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.startsWith("leave-one-source-out ("), printed);
        assertTrue(printed.contains("\nfolder ("), printed);
        assertEquals(2, printed.split("macro F1: ", -1).length - 1, printed);
        assertTrue(printed.contains("field                       P      R     F1   (hits/pred/gold)"), printed);
    }

    @Test
    void aMissingFolderOrOptionIsRefused() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, run(new ByteArrayOutputStream(), err, "quality", "--loso", "/no/such/folder"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no such folder"));
        ByteArrayOutputStream err2 = new ByteArrayOutputStream();
        assertEquals(2, run(new ByteArrayOutputStream(), err2, "quality"));
        assertTrue(err2.toString(StandardCharsets.UTF_8).contains("quality needs a labelled folder"));
    }
}
