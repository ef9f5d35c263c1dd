package se.samverka.minutes;

import java.util.Optional;
import se.samverka.core.minutes.MinutesDocument;
import se.samverka.core.port.ArchiveRenderer;

/**
 * The archive copy of justerade minutes as PDF/A-2b ({@link MinutesPdf}): the group, the meeting's day, the version,
 * the justerare and the day of the justering go into its XMP metadata.
 */
public final class PdfArchive implements ArchiveRenderer {
    @Override
    public byte[] render(MinutesDocument minutes, Facts facts) {
        return MinutesPdf.write(minutes, new MinutesPdf.Archive(facts.group(), Optional.of(facts.meetingDate()),
                Optional.of(String.valueOf(facts.version())), facts.adjusters(), Optional.of(facts.adjustedOn())));
    }
}
