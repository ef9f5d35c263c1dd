package se.samverka.minutes.reading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/** What kind of sentence this is, by the trained categorizer: the probability of each kind. */
public final class SentenceKinds {
    /** The model's file name in the classes, where the build's train step writes it. */
    public static final String MODEL = "sentence-kind.bin";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+|[:;]");
    private final DoccatModel model;

    private SentenceKinds(DoccatModel model) {
        this.model = model;
    }

    /** A model trained elsewhere (the leave-one-source-out run trains one per held-out source). */
    public static SentenceKinds of(DoccatModel model) {
        return new SentenceKinds(model);
    }

    /** The model the build trained, from the classpath. */
    public static SentenceKinds load() {
        try (InputStream in = SentenceKinds.class.getResourceAsStream("/se/samverka/minutes/models/" + MODEL)) {
            if (in == null) throw new IllegalStateException("no trained model in the jar: run the build (mvn package)");
            return new SentenceKinds(new DoccatModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The probability that the sentence is of {@code kind}. */
    public double probability(String sentence, String kind) {
        DocumentCategorizerME categorizer = new DocumentCategorizerME(model); // not thread-safe: one per call
        double[] outcomes = categorizer.categorize(tokens(sentence));
        int index = categorizer.getIndex(kind);
        return index < 0 ? 0 : outcomes[index];
    }

    public String best(String sentence) {
        DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
        return categorizer.getBestCategory(categorizer.categorize(tokens(sentence)));
    }

    /** Lower-case words and the colon/semicolon, the features both training and use see. */
    public static String[] tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) out.add(m.group());
        return out.toArray(String[]::new);
    }
}
