package se.samverka.core.port;

import java.time.Instant;
import java.util.Optional;
import se.samverka.core.domain.GroupScope;

/** Who changed what, and when. */
public interface AuditLog {
    void record(GroupScope group, Optional<Long> actorId, String action, String detail, Instant at);
}
