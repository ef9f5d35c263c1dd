package se.samverka.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.samverka.core.domain.GroupScope;

/**
 * Justering of a meeting's minutes: the justerare chosen for it, the versions sent to them (the Markdown as sent),
 * who approved which version, and the decisions approved at once at the meeting ("omedelbar justering").
 */
public interface Justering {

    /** utkast, skickat för justering, justerat. */
    enum State { DRAFT, SENT, APPROVED }

    /**
     * One version of a meeting's minutes.
     *
     * @param markdown the minutes as sent for justering (empty until sent)
     * @param reason   why a correction opened it (version 2 on)
     * @param comment  the latest change a justerare asked for
     */
    record Version(long id, long meetingId, int number, State state, Optional<String> markdown, Optional<String> reason,
                   Optional<String> comment, Instant openedAt, Optional<Long> sentBy, Optional<Instant> sentAt,
                   Optional<Instant> approvedAt) {
        public Version {
            if (number < 1) throw new IllegalArgumentException("version number " + number);
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(markdown, "markdown");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(comment, "comment");
            Objects.requireNonNull(openedAt, "openedAt");
            Objects.requireNonNull(sentBy, "sentBy");
            Objects.requireNonNull(sentAt, "sentAt");
            Objects.requireNonNull(approvedAt, "approvedAt");
            if (number > 1 && reason.filter(r -> !r.isBlank()).isEmpty()) {
                throw new IllegalArgumentException("a correction needs its reason");
            }
        }

        public boolean locked() {
            return state == State.APPROVED;
        }
    }

    /** A justerare's approval of a version. */
    record Approval(long memberId, Instant at) {
        public Approval {
            Objects.requireNonNull(at, "at");
        }
    }

    /** The justerare of the meeting, in the order chosen. */
    List<Long> adjusters(GroupScope group, long meetingId);

    /** Replaces the meeting's justerare. */
    void setAdjusters(GroupScope group, long meetingId, List<Long> memberIds);

    /** The meeting's versions, oldest first. */
    List<Version> versions(GroupScope group, long meetingId);

    default Optional<Version> latest(GroupScope group, long meetingId) {
        List<Version> all = versions(group, meetingId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** Opens a new version as utkast. */
    Version open(GroupScope group, long meetingId, int number, Optional<String> reason, Optional<Long> by, Instant at);

    /** Sends the version for justering with the minutes as they read now; earlier approvals of it are dropped. */
    void send(long versionId, String markdown, Optional<Long> by, Instant at);

    /** Records the approval; false when the member had approved the version already. */
    boolean approve(long versionId, long memberId, Instant at);

    List<Approval> approvals(long versionId);

    /** The version is justerad: locked. */
    void lock(long versionId, Instant at);

    /** A justerare asked for a change: the version is utkast again, with the comment kept. */
    void changeRequested(long versionId, String comment);

    /** Locks one decision at once ("omedelbar justering"); false when it was already. */
    boolean approveDecision(GroupScope group, long decisionId, Instant at);

    Optional<Instant> decisionApproved(GroupScope group, long decisionId);

    /** "§ 3/2026": a decision's number in its group and year. */
    record Paragraph(int number, int year) {
        public Paragraph {
            if (number < 1) throw new IllegalArgumentException("§ " + number);
        }
    }

    /** Gives the decision the next § of the group's year (once); returns it. */
    Paragraph numberParagraph(GroupScope group, long decisionId, int year);

    Optional<Paragraph> paragraph(GroupScope group, long decisionId);

    /**
     * A justerare's comment from the review page, on one item of the version (none: on the whole minutes).
     *
     * @param approving whether it came with "Justera" (else with "Begär ändring")
     */
    record Comment(long id, long versionId, Optional<Long> agendaItemId, long memberId, boolean approving, String text,
                   Instant at) {
        public Comment {
            Objects.requireNonNull(agendaItemId, "agendaItemId");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(at, "at");
        }
    }

    void comment(GroupScope group, long meetingId, Comment comment);

    /** The meeting's comments from its justerare, oldest first. */
    List<Comment> comments(GroupScope group, long meetingId);
}
