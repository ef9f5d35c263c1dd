package se.samverka.core.port;

import java.time.Instant;
import java.util.Optional;
import se.samverka.core.domain.GroupScope;

/** Documents already imported into a group's history, by the digest of their text. */
public interface ImportedDocuments {

    /** The meeting the document became, when it was imported before. */
    Optional<Long> meetingOf(GroupScope group, String digest);

    void record(GroupScope group, String digest, String fileName, long meetingId, Instant at);
}
