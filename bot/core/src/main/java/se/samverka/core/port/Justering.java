package se.samverka.core.port;

import java.time.Instant;
import java.time.LocalDate;
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

    /**
     * The archive copy of a justerad version, as stored (without its bytes): what the registrar's index lists.
     *
     * @param paragraphs the §s of the meeting's decisions ("§ 1–3/2026"), empty when none has one
     * @param decisions  their D-numbers ("D1, D2, D4"), empty when the meeting decided nothing
     * @param sha256     SHA-256 of the PDF/A bytes, 64 lower-case hex digits
     */
    record ArchiveEntry(long versionId, long meetingId, int version, LocalDate meetingDate, String title, String paragraphs,
                        String decisions, List<String> adjusters, LocalDate adjustedOn, String sha256, long bytes,
                        Instant createdAt) {
        public ArchiveEntry {
            if (version < 1) throw new IllegalArgumentException("version " + version);
            Objects.requireNonNull(meetingDate, "meetingDate");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(paragraphs, "paragraphs");
            Objects.requireNonNull(decisions, "decisions");
            adjusters = List.copyOf(adjusters);
            Objects.requireNonNull(adjustedOn, "adjustedOn");
            if (!sha256.matches("[0-9a-f]{64}")) throw new IllegalArgumentException("sha256 " + sha256);
            if (bytes < 1) throw new IllegalArgumentException("bytes " + bytes);
            Objects.requireNonNull(createdAt, "createdAt");
        }
    }

    /** Stores the archive copy of a justerad version, once: a version that has one already is refused (an error). */
    void storeArchive(GroupScope group, ArchiveEntry entry, byte[] pdf);

    /** The archive copies of the meeting's versions, oldest first. */
    List<ArchiveEntry> archived(GroupScope group, long meetingId);

    /** The archive copies of the group's meetings held in the year, by meeting day and version. */
    List<ArchiveEntry> archivedIn(GroupScope group, int year);

    /** The stored PDF/A of a version, as rendered when it was justerad. */
    Optional<byte[]> archivePdf(GroupScope group, long versionId);
}
