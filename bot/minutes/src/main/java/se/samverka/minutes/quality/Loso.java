package se.samverka.minutes.quality;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import se.samverka.minutes.Documents;
import se.samverka.minutes.MinutesExtractor;
import se.samverka.minutes.MinutesJson;
import se.samverka.minutes.reading.SentenceKinds;
import se.samverka.minutes.Train;

/**
 * The honest figure: leave one source out. For each source ({@link Sources}) of a labelled folder, whatever is
 * learned is trained without that source's documents — the sentence-kind model from the written sentences
 * ({@code train/sentences.txt}) plus the weak labels ({@link WeakLabels}) of the other sources' documents — and only
 * that source's documents are scored with it. The folder figure beside it is the shipped extractor on every
 * document, what {@code score.py --run 'samverka extract {file}'} prints.
 */
public final class Loso {
    /** One labelled document: NN_name.txt and NN_name.labels.json. */
    public record Doc(String name, String source, Path text, JsonObject labels) {}

    /** What is learned, from the training documents only. */
    public interface Learner {
        MinutesExtractor train(List<Doc> training) throws IOException;
    }

    private Loso() {}

    /** The labelled documents of the folder, in score.py's order (by name). */
    public static List<Doc> folder(Path dir) throws IOException {
        List<Doc> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                String name = p.getFileName().toString();
                String stem = name.substring(0, name.length() - 4);
                JsonObject labels = JsonParser.parseString(Files.readString(dir.resolve(stem + ".labels.json"),
                        StandardCharsets.UTF_8)).getAsJsonObject();
                docs.add(new Doc(stem, Sources.of(name), p, labels));
            }
        }
        return docs;
    }

    /** The written sentences plus the weak labels of the training documents. */
    public static final Learner WRITTEN_AND_WEAK = training -> {
        List<String> lines = new ArrayList<>(writtenSentences());
        for (Doc d : training) lines.addAll(WeakLabels.of(d.labels()));
        return MinutesExtractor.load(SentenceKinds.of(Train.sentenceKinds(lines)));
    };

    static List<String> writtenSentences() {
        try (InputStream in = MinutesExtractor.class.getResourceAsStream("train/sentences.txt")) {
            if (in == null) throw new IllegalStateException("train/sentences.txt is not on the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each source's documents scored by what was learned without them. */
    public static Scorer leaveOneSourceOut(List<Doc> docs, Learner learner) throws IOException {
        Map<String, List<Doc>> bySource = new LinkedHashMap<>();
        for (Doc d : docs) bySource.computeIfAbsent(d.source(), s -> new ArrayList<>()).add(d);
        Map<String, JsonObject> predictions = new LinkedHashMap<>();
        Map<String, String> failures = new LinkedHashMap<>();
        for (Map.Entry<String, List<Doc>> held : bySource.entrySet()) {
            List<Doc> training = docs.stream().filter(d -> !d.source().equals(held.getKey())).toList();
            MinutesExtractor extractor = learner.train(training);
            for (Doc d : held.getValue()) predict(extractor, d, predictions, failures);
        }
        return score(docs, predictions, failures); // in the folder's order, as score.py adds them
    }

    /** Every document by one extractor. */
    public static Scorer folderScore(List<Doc> docs, MinutesExtractor extractor) {
        Map<String, JsonObject> predictions = new LinkedHashMap<>();
        Map<String, String> failures = new LinkedHashMap<>();
        for (Doc d : docs) predict(extractor, d, predictions, failures);
        return score(docs, predictions, failures);
    }

    public static long sources(List<Doc> docs) {
        return docs.stream().map(Doc::source).distinct().count();
    }

    private static void predict(MinutesExtractor extractor, Doc d, Map<String, JsonObject> predictions,
                                Map<String, String> failures) {
        try {
            String json = MinutesJson.write(extractor.extract(Documents.text(d.text())));
            predictions.put(d.name(), JsonParser.parseString(json).getAsJsonObject());
        } catch (Documents.Unreadable | RuntimeException e) {
            failures.put(d.name(), String.valueOf(e.getMessage()));
        }
    }

    private static Scorer score(List<Doc> docs, Map<String, JsonObject> predictions, Map<String, String> failures) {
        Scorer scorer = new Scorer();
        for (Doc d : docs) {
            if (failures.containsKey(d.name())) scorer.failed(d.name(), failures.get(d.name()), d.labels());
            else scorer.add(predictions.get(d.name()), d.labels());
        }
        return scorer;
    }

    /** What {@code samverka quality --loso DIR} prints: the leave-one-source-out figure, then the folder figure. */
    public static String report(Path dir) throws IOException {
        List<Doc> docs = folder(dir);
        Scorer loso = leaveOneSourceOut(docs, WRITTEN_AND_WEAK);
        Scorer folder = folderScore(docs, MinutesExtractor.load());
        return "leave-one-source-out (" + docs.size() + " documents, " + sources(docs) + " sources; each source scored by"
                + " a model trained without it)\n" + loso.report()
                + "\nfolder (the shipped extractor on every document, as score.py --run prints it)\n" + folder.report();
    }
}
