package se.samverka.minutes;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** For development: prints the extraction of each file (the app's `samverka extract` does the same). */
public final class Extract {
    private Extract() {}

    public static void main(String[] args) throws IOException {
        MinutesExtractor extractor = MinutesExtractor.load();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (String file : args) out.println(MinutesJson.write(extractor.extract(Files.readString(Path.of(file)))));
    }
}
