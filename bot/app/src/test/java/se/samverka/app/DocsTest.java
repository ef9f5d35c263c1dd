package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import se.samverka.core.command.Verb;
import se.samverka.core.domain.Lang;
import se.samverka.core.text.Texts;

/** docs/COMMANDS.md stays true: every command's form, in both languages, and every spelling is there. */
class DocsTest {
    static String commands() throws IOException {
        return Files.readString(Path.of(System.getProperty("samverka.root", "../..")).resolve("docs/COMMANDS.md"));
    }

    @Test
    void everyCommandIsDocumentedInSwedishAndEnglish() throws IOException {
        String doc = commands();
        for (Verb verb : Verb.values()) {
            for (Lang lang : Lang.values()) {
                String usage = Texts.of(lang).get(verb.key() + ".usage");
                assertTrue(doc.contains("`" + usage + "`"), "docs/COMMANDS.md lacks " + usage);
            }
            for (String spelling : verb.swedish()) assertTrue(doc.contains("`" + spelling + "`"), spelling);
            for (String spelling : verb.english()) assertTrue(doc.contains("`" + spelling), spelling);
        }
    }
}
