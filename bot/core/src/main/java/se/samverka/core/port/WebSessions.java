package se.samverka.core.port;

import java.time.Instant;
import java.util.Optional;
import se.samverka.core.web.WebLinks;

/** Browser sessions opened from a personal link; stored by a hash of the cookie's value, never the value itself. */
public interface WebSessions {

    /** A session: whose, and the token its forms must carry. */
    record Session(WebLinks.Claims claims, String csrf) {}

    void open(String idHash, WebLinks.Claims claims, String csrf, Instant at);

    /** The session, while it has not expired. */
    Optional<Session> find(String idHash, Instant now);

    void close(String idHash);

    /** The session's pages from now on in this language. */
    void language(String idHash, se.samverka.core.domain.Lang lang);

    /** The deployment's secret for signing links, made once and kept. */
    byte[] secret(String name, java.util.function.Supplier<byte[]> create);

    /**
     * A session that expired (within the last week: older ones are gone), so that a form posted after expiry can
     * still be checked against its CSRF token and kept for its member.
     */
    Optional<Session> expired(String idHash, Instant now);

    /** A form the member posted after their session had expired, kept for them until they sign in again. */
    record Draft(String path, String fields, Instant savedAt) {}

    void keepDraft(WebLinks.Claims who, Draft draft);

    Optional<Draft> draft(WebLinks.Claims who, String path);

    void dropDraft(WebLinks.Claims who, String path);

    /** Marks a one-time link used; false when it had been used already. */
    boolean useOnce(String tokenHash, Instant at);
}
