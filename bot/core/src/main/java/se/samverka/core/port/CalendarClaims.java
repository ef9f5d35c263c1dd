package se.samverka.core.port;

import java.time.Instant;
import se.samverka.core.domain.GroupScope;

/**
 * Which instance (of several on one database) does a group's calendar work now: before an instance syncs a group's
 * meetings with Outlook, or e-mails their invitations, it claims the group for that job; while the claim holds,
 * another instance leaves the group alone, so no event or invitation goes out twice because two instances planned
 * it at once. Every method runs in the caller's transaction.
 */
public interface CalendarClaims {
    /**
     * Claims {@code scope} for {@code job} until {@code until}: true when nobody else holds it at {@code now} (never
     * claimed, let go, run out, or already {@code holder}'s).
     */
    boolean claim(String job, GroupScope scope, String holder, Instant now, Instant until);

    /** Lets go of the claim, if {@code holder} still has it. */
    void release(String job, GroupScope scope, String holder);
}
