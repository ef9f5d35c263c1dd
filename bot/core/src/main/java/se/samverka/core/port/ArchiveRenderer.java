package se.samverka.core.port;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import se.samverka.core.minutes.MinutesDocument;

/**
 * Renders the archive copy of justerade minutes: a PDF/A file with the facts below in its metadata. The core calls it
 * once per justerad version and stores the bytes (with their SHA-256) through {@link Justering#storeArchive}; the
 * minutes module implements it (PDFBox), so the core knows no PDF library.
 */
@FunctionalInterface
public interface ArchiveRenderer {

    /** What the archive copy says about itself: group, meeting day, version, justerare and the day of the justering. */
    record Facts(String group, LocalDate meetingDate, int version, List<String> adjusters, LocalDate adjustedOn) {
        public Facts {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(meetingDate, "meetingDate");
            if (version < 1) throw new IllegalArgumentException("version " + version);
            adjusters = List.copyOf(adjusters);
            Objects.requireNonNull(adjustedOn, "adjustedOn");
        }
    }

    /** The PDF/A bytes: the same minutes and facts give the same bytes. */
    byte[] render(MinutesDocument minutes, Facts facts);
}
