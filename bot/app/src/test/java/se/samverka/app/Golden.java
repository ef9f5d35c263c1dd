package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Saved JSON to compare a reply with (bot/app/src/test/resources/slack/golden, …/teams/golden). A missing or different file fails
 * the test; {@code -Dgolden.update=true} writes the files anew, to be read over and committed.
 */
final class Golden {
    private Golden() {}

    static void assertJson(String name, JsonElement actual) throws IOException {
        assertJson("slack", name, actual);
    }

    /** Compares with {@code <platform>/golden/<name>.json}. */
    static void assertJson(String platform, String name, JsonElement actual) throws IOException {
        Path file = Path.of(System.getProperty("samverka.root", "../.."), "bot/app/src/test/resources", platform,
                "golden", name + ".json");
        // a calendar feed address carries a random secret
        actual = JsonParser.parseString(actual.toString().replaceAll("/calendar/\\d+/[0-9a-f]{32}\\.ics", "/calendar/N/SECRET.ics"));
        String pretty = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(actual) + "\n";
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, pretty, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.isRegularFile(file)) throw new AssertionError("no saved JSON " + file + "; run with -Dgolden.update=true\n" + pretty);
        String saved = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(JsonParser.parseString(saved), actual, () -> name + " differs from " + file + "; now:\n" + pretty);
    }
}
