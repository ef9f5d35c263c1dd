package se.samverka.minutes;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import se.samverka.core.domain.Minutes;
import se.samverka.core.port.ActionFinder;
import se.samverka.core.port.MinutesReader;
import se.samverka.minutes.reading.LineKinds;
import se.samverka.minutes.reading.Pipeline;
import se.samverka.minutes.reading.SentenceKinds;
import se.samverka.minutes.reading.Words;

/**
 * Reads Swedish minutes as groups write them, through the stages of {@link Pipeline} (layout → header, attendance,
 * agenda, laget runt, next meetings, decisions, action items): rules where rules are better — the layout
 * ("Närvarande:", numbered points, "Beslut:", "Att: … / Beslut: Attsats bifalles"), the date grammar and the names
 * (a first-name list tells where one name ends in a run-together attendance list) — and the trained sentence-kind
 * model ({@link SentenceKinds}) to tell an action sentence ("Ibrahim mailar ut syftet …") from a report of what
 * someone did or said. Copes with PDF-to-text copies whose line breaks are lost.
 */
public final class MinutesExtractor implements ActionFinder {
    private final Pipeline pipeline;

    private MinutesExtractor(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** The extractor with the model the build trained and the first-name list. */
    public static MinutesExtractor load() {
        return load(SentenceKinds.load());
    }

    /** The extractor with this sentence-kind model and the first-name list. */
    public static MinutesExtractor load(SentenceKinds kinds) {
        return load(kinds, LineKinds.load());
    }

    /** The extractor with these models (the leave-one-source-out run trains them per held-out source). */
    public static MinutesExtractor load(SentenceKinds kinds, Optional<LineKinds> lineKinds) {
        return new MinutesExtractor(new Pipeline(Words.load(), kinds, lineKinds));
    }

    /** Reads shared files: Documents for the text, this extractor for what it says. */
    public MinutesReader reader() {
        return new MinutesReader() {
            @Override
            public Read read(String fileName, byte[] content) {
                try {
                    String text = Documents.text(fileName, content);
                    return new MinutesReader.Read(text, extract(text));
                } catch (Documents.Unreadable e) {
                    throw new MinutesReader.Unreadable(e.getMessage());
                }
            }

            @Override
            public boolean reads(String fileName) {
                return Documents.reads(fileName);
            }
        };
    }

    /** Reads the document. */
    public Minutes extract(String text) {
        return pipeline.read(text);
    }

    @Override
    public List<Found> actions(String text, Collection<String> names, Collection<String> organisations, LocalDate today) {
        return pipeline.actions(text, names, organisations, today);
    }
}
