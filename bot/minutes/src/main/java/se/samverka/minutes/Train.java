package se.samverka.minutes;

import java.io.IOException;
import se.samverka.minutes.quality.Loso;
import se.samverka.minutes.reading.LineKinds;
import se.samverka.minutes.reading.SentenceKinds;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * The train step: a maximum-entropy document categorizer of sentence kinds (ACTION, DECISION, INFO, ATTENDANCE,
 * HEADING) from the repository's own annotated sentences ({@code train/sentences.txt}). Runs at every build
 * (exec-maven-plugin, process-classes) and writes the model into the classes, so it ships in the jar; nothing is
 * downloaded. One thread and fixed parameters: the same sentences give the same model, byte for byte.
 */
public final class Train {
    public static final String MODEL = SentenceKinds.MODEL;

    private Train() {}

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        DoccatModel model = sentenceKinds(Files.readAllLines(data.resolve("sentences.txt"), StandardCharsets.UTF_8));
        try (OutputStream stream = Files.newOutputStream(out.resolve(MODEL))) {
            model.serialize(stream);
        }
        System.out.println("trained " + out.resolve(MODEL));
        // the segment classifier: the written example documents, and the weak labels of the labelled minutes when
        // the folder is there (../shared/eval/minutes-dev; the build without it trains on the written ones only)
        List<LineKinds.Labelled> docs = new ArrayList<>(Loso.writtenLines());
        if (args.length > 2 && Files.isDirectory(Path.of(args[2]))) docs.addAll(Loso.weakLines(Loso.folder(Path.of(args[2]))));
        Files.write(out.resolve(LineKinds.MODEL), LineKinds.train(docs).bytes());
        System.out.println("trained " + out.resolve(LineKinds.MODEL) + " from " + docs.size() + " documents");
    }

    /** The model from lines "KIND | sentence" ('#' starts a comment). */
    public static DoccatModel sentenceKinds(List<String> lines) throws IOException {
        List<DocumentSample> samples = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) continue;
            int bar = line.indexOf('|');
            if (bar < 0) throw new IllegalArgumentException("not KIND | sentence: " + line);
            samples.add(new DocumentSample(line.substring(0, bar).strip(), SentenceKinds.tokens(line.substring(bar + 1))));
        }
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ITERATIONS_PARAM, 200);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        DoccatFactory factory = new DoccatFactory(new FeatureGenerator[] {
                new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2)});
        return DocumentCategorizerME.train("sv", new CollectionObjectStream<>(samples), params, factory);
    }
}
