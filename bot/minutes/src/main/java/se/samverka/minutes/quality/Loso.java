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
import java.util.Optional;
import java.util.Map;
import java.util.stream.Stream;
import se.samverka.minutes.Documents;
import se.samverka.minutes.MinutesExtractor;
import se.samverka.minutes.MinutesJson;
import se.samverka.minutes.reading.LineKinds;
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
        List<LineKinds.Labelled> docs = new ArrayList<>(writtenLines());
        docs.addAll(weakLines(training));
        return MinutesExtractor.load(SentenceKinds.of(Train.sentenceKinds(lines)), Optional.of(LineKinds.train(docs)));
    };

    /** The written example documents of the segment classifier ({@code train/lines.txt}: "KIND | line", "===" between). */
    public static List<LineKinds.Labelled> writtenLines() {
        List<LineKinds.Labelled> out = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        for (String row : resource("train/lines.txt")) {
            if (row.startsWith("#")) continue;
            if (row.startsWith("===")) {
                if (!lines.isEmpty()) out.add(new LineKinds.Labelled(List.copyOf(lines), List.copyOf(kinds)));
                lines.clear();
                kinds.clear();
                continue;
            }
            int bar = row.indexOf('|');
            kinds.add(bar < 0 ? "DISCUSSION" : row.substring(0, bar).strip());
            lines.add(bar < 0 ? "" : row.substring(bar + 1).strip());
        }
        if (!lines.isEmpty()) out.add(new LineKinds.Labelled(lines, kinds));
        return out;
    }

    /** The weak line labels of labelled documents ({@link LineLabels}). */
    public static List<LineKinds.Labelled> weakLines(List<Doc> docs) throws IOException {
        List<LineKinds.Labelled> out = new ArrayList<>();
        for (Doc d : docs) {
            try {
                out.add(LineLabels.of(Documents.text(d.text()), d.labels()));
            } catch (Documents.Unreadable e) {
                throw new IOException(d.name() + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    static List<String> writtenSentences() {
        return resource("train/sentences.txt");
    }

    private static List<String> resource(String name) {
        try (InputStream in = MinutesExtractor.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException(name + " is not on the classpath");
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

    /** Line by line: each source's weakly labelled lines classified by a segment model trained without that source. */
    static String lineReport(List<Doc> docs) throws IOException {
        Map<String, int[]> counts = new java.util.TreeMap<>(); // hits, predicted, gold
        for (String source : docs.stream().map(Doc::source).distinct().toList()) {
            List<LineKinds.Labelled> training = new ArrayList<>(writtenLines());
            training.addAll(weakLines(docs.stream().filter(d -> !d.source().equals(source)).toList()));
            LineKinds model = LineKinds.train(training);
            for (LineKinds.Labelled held : weakLines(docs.stream().filter(d -> d.source().equals(source)).toList())) {
                for (int i = 0; i < held.lines().size(); i++) {
                    if (held.lines().get(i).isBlank()) continue;
                    String gold = held.kinds().get(i);
                    String best = model.best(held.lines(), i);
                    counts.computeIfAbsent(gold, k -> new int[3])[2]++;
                    counts.computeIfAbsent(best, k -> new int[3])[1]++;
                    if (gold.equals(best)) counts.get(gold)[0]++;
                }
            }
        }
        StringBuilder out = new StringBuilder(String.format("%-20s %6s %6s %6s   (hits/pred/gold)%n", "kind", "P", "R", "F1"));
        counts.forEach((kind, c) -> {
            double p = c[1] == 0 ? 0 : (double) c[0] / c[1];
            double r = c[2] == 0 ? 0 : (double) c[0] / c[2];
            out.append(String.format(java.util.Locale.ROOT, "%-20s %6.3f %6.3f %6.3f   %d/%d/%d%n", kind, p, r,
                    p + r == 0 ? 0 : 2 * p * r / (p + r), c[0], c[1], c[2]));
        });
        return out.toString();
    }

    /** What {@code samverka quality --loso DIR} prints: the leave-one-source-out figure, then the folder figure. */
    public static String report(Path dir) throws IOException {
        List<Doc> docs = folder(dir);
        Scorer loso = leaveOneSourceOut(docs, WRITTEN_AND_WEAK);
        Scorer folder = folderScore(docs, MinutesExtractor.load());
        return "leave-one-source-out (" + docs.size() + " documents, " + sources(docs) + " sources; each source scored by"
                + " a model trained without it)\n" + loso.report()
                + "\nfolder (the shipped extractor on every document, as score.py --run prints it)\n" + folder.report()
                + "\nsegment classifier, leave-one-source-out (each source's lines, weak labels, by a model trained without it)\n"
                + lineReport(docs);
    }
}
