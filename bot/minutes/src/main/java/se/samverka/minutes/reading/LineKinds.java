package se.samverka.minutes.reading;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.io.BinaryGISModelReader;
import opennlp.tools.ml.maxent.io.BinaryGISModelWriter;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * The segment classifier: what kind of line this is — HEADER, ATTENDANCE, AGENDA_ITEM, DISCUSSION, DECISION, ACTION,
 * REPORT, NEXT_MEETING — by an Apache OpenNLP maximum-entropy model over {@link LineFeatures} (the line and its
 * neighbours). Trained from labelled documents ("KIND | line" per line): the repository's written examples and weak
 * labels aligned from labelled minutes. One thread and fixed parameters: the same data gives the same model.
 */
public final class LineKinds {
    public static final String MODEL = "line-kind.bin";
    private final MaxentModel model;

    private LineKinds(MaxentModel model) {
        this.model = model;
    }

    /** One labelled document: its lines (as {@link Layout} gives them) and the kind of each. */
    public record Labelled(List<String> lines, List<String> kinds) {}

    /** The lines of a text as the classifier and the stages see them. */
    public static List<String> lines(String text) {
        return Layout.lines(Layout.normalize(text));
    }

    public static LineKinds train(List<Labelled> docs) {
        List<Event> events = new ArrayList<>();
        for (Labelled d : docs) {
            for (int i = 0; i < d.lines().size(); i++) {
                if (d.lines().get(i).isBlank()) continue;
                events.add(new Event(d.kinds().get(i), LineFeatures.of(d.lines(), i)));
            }
        }
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, 150);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        try {
            EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
            return new LineKinds(trainer.train(new CollectionObjectStream<>(events)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The model the build trained, from the classpath; none when the build had nothing to train it on. */
    public static Optional<LineKinds> load() {
        try (InputStream in = LineKinds.class.getResourceAsStream("/se/samverka/minutes/models/" + MODEL)) {
            if (in == null) return Optional.empty();
            return Optional.of(read(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static LineKinds read(byte[] bytes) throws IOException {
        return new LineKinds(new BinaryGISModelReader(new DataInputStream(new ByteArrayInputStream(bytes))).getModel());
    }

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new BinaryGISModelWriter((AbstractModel) model, new DataOutputStream(out)).persist();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The probability that line {@code i} is of {@code kind}. */
    public double probability(List<String> lines, int i, String kind) {
        int index = model.getIndex(kind);
        return index < 0 ? 0 : model.eval(LineFeatures.of(lines, i))[index];
    }

    public String best(List<String> lines, int i) {
        return model.getBestOutcome(model.eval(LineFeatures.of(lines, i)));
    }
}
