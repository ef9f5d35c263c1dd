package se.samverka.minutes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverka.minutes.reading.SentenceKinds;

class TrainTest {
    static final Path DATA = Path.of(System.getProperty("samverka.root", "../.."),
            "bot/minutes/src/main/resources/se/samverka/minutes/train/sentences.txt");

    static byte[] bytes(opennlp.tools.doccat.DoccatModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.serialize(out);
        return out.toByteArray();
    }

    @Test
    void theSameSentencesGiveTheSameModelAndTheJarHasIt() throws IOException {
        List<String> lines = Files.readAllLines(DATA, StandardCharsets.UTF_8);
        byte[] once = bytes(Train.sentenceKinds(lines));
        byte[] twice = bytes(Train.sentenceKinds(lines));
        assertArrayEquals(digest(once), digest(twice), "reproducible");
        try (InputStream shipped = Train.class.getResourceAsStream("models/" + Train.MODEL)) {
            assertArrayEquals(digest(once), digest(shipped.readAllBytes()), "the model in the classes is the one this data gives");
        }
    }

    /** The model's parameters, without the zip's timestamps. */
    static byte[] digest(byte[] model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(model))) {
            for (java.util.zip.ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                out.write(e.getName().getBytes(StandardCharsets.UTF_8));
                if (!e.getName().equals("manifest.properties")) out.write(zip.readAllBytes());
            }
        }
        return out.toByteArray();
    }

    @Test
    void theModelTellsTheKindsOfSentencesItWasNotTrainedOn() {
        SentenceKinds kinds = SentenceKinds.load();
        assertEquals("ACTION", kinds.best("Birgitta skickar ut kallelsen till alla kommuner."));
        assertEquals("DECISION", kinds.best("Beslut: Gruppen antar förslaget."));
        assertEquals("INFO", kinds.best("Erik informerade om läget i regionen."));
        assertTrue(kinds.probability("Gruppen diskuterade statistiken.", "INFO") > 0.5);
    }
}
