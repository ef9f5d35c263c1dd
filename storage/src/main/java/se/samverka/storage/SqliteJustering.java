package se.samverka.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.port.Justering;

final class SqliteJustering implements Justering {
    private final Sql sql;

    SqliteJustering(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<Long> adjusters(GroupScope group, long meetingId) {
        return sql.list("""
                SELECT a.member_id FROM minutes_adjuster a JOIN meeting m ON m.group_id = a.group_id AND m.id = a.meeting_id
                WHERE m.workspace_id = ? AND a.group_id = ? AND a.meeting_id = ? ORDER BY a.position
                """, rs -> rs.getLong(1), group.workspaceId(), group.groupId(), meetingId);
    }

    @Override
    public void setAdjusters(GroupScope group, long meetingId, List<Long> memberIds) {
        sql.update("DELETE FROM minutes_adjuster WHERE group_id = ? AND meeting_id = ?", group.groupId(), meetingId);
        for (int i = 0; i < memberIds.size(); i++) {
            sql.updateOne("""
                    INSERT INTO minutes_adjuster (group_id, meeting_id, member_id, position) VALUES (?, ?, ?, ?)
                    """, group.groupId(), meetingId, memberIds.get(i), i);
        }
    }

    @Override
    public List<Version> versions(GroupScope group, long meetingId) {
        return sql.list("""
                SELECT v.* FROM minutes_version v JOIN meeting m ON m.group_id = v.group_id AND m.id = v.meeting_id
                WHERE m.workspace_id = ? AND v.group_id = ? AND v.meeting_id = ? ORDER BY v.number
                """, SqliteJustering::version, group.workspaceId(), group.groupId(), meetingId);
    }

    private static Version version(ResultSet rs) throws SQLException {
        return new Version(rs.getLong("id"), rs.getLong("meeting_id"), rs.getInt("number"),
                State.valueOf(rs.getString("state").toUpperCase(Locale.ROOT)), Sql.optionalString(rs, "markdown"),
                Sql.optionalString(rs, "reason"), Sql.optionalString(rs, "comment"), Instant.parse(rs.getString("opened_at")),
                Sql.optionalLong(rs, "sent_by"), Sql.optionalString(rs, "sent_at").map(Instant::parse),
                Sql.optionalString(rs, "approved_at").map(Instant::parse));
    }

    @Override
    public Version open(GroupScope group, long meetingId, int number, Optional<String> reason, Optional<Long> by, Instant at) {
        long id = sql.insert("""
                INSERT INTO minutes_version (group_id, meeting_id, number, state, reason, opened_by, opened_at)
                VALUES (?, ?, ?, 'draft', ?, ?, ?)
                """, group.groupId(), meetingId, number, reason, by, Sql.stamp(at));
        return new Version(id, meetingId, number, State.DRAFT, Optional.empty(), reason, Optional.empty(), at,
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Override
    public void send(long versionId, String markdown, Optional<Long> by, Instant at) {
        sql.update("DELETE FROM minutes_approval WHERE version_id = ?", versionId);
        sql.updateOne("""
                UPDATE minutes_version SET state = 'sent', markdown = ?, sent_by = ?, sent_at = ? WHERE id = ? AND state = 'draft'
                """, markdown, by, Sql.stamp(at), versionId);
    }

    @Override
    public boolean approve(long versionId, long memberId, Instant at) {
        return sql.update("""
                INSERT INTO minutes_approval (version_id, member_id, approved_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING
                """, versionId, memberId, Sql.stamp(at)) == 1;
    }

    @Override
    public List<Approval> approvals(long versionId) {
        return sql.list("SELECT member_id, approved_at FROM minutes_approval WHERE version_id = ? ORDER BY approved_at, member_id",
                rs -> new Approval(rs.getLong(1), Instant.parse(rs.getString(2))), versionId);
    }

    @Override
    public void lock(long versionId, Instant at) {
        sql.updateOne("UPDATE minutes_version SET state = 'approved', approved_at = ? WHERE id = ? AND state = 'sent'",
                Sql.stamp(at), versionId);
    }

    @Override
    public void changeRequested(long versionId, String comment) {
        sql.update("DELETE FROM minutes_approval WHERE version_id = ?", versionId);
        sql.updateOne("UPDATE minutes_version SET state = 'draft', comment = ? WHERE id = ? AND state = 'sent'",
                comment, versionId);
    }

    @Override
    public boolean approveDecision(GroupScope group, long decisionId, Instant at) {
        return sql.update("""
                UPDATE decision SET approved_at = ? WHERE workspace_id = ? AND group_id = ? AND id = ? AND approved_at IS NULL
                """, Sql.stamp(at), group.workspaceId(), group.groupId(), decisionId) == 1;
    }

    @Override
    public Optional<Instant> decisionApproved(GroupScope group, long decisionId) {
        return sql.one("SELECT approved_at FROM decision WHERE workspace_id = ? AND group_id = ? AND id = ?",
                rs -> Optional.ofNullable(rs.getString(1)).map(Instant::parse), group.workspaceId(), group.groupId(), decisionId)
                .flatMap(o -> o);
    }

    @Override
    public Paragraph numberParagraph(GroupScope group, long decisionId, int year) {
        Optional<Paragraph> given = paragraph(group, decisionId);
        if (given.isPresent()) return given.get();
        int next = sql.one("""
                SELECT COALESCE(MAX(paragraph), 0) + 1 FROM decision WHERE workspace_id = ? AND group_id = ? AND paragraph_year = ?
                """, rs -> rs.getInt(1), group.workspaceId(), group.groupId(), year).orElse(1);
        sql.updateOne("UPDATE decision SET paragraph = ?, paragraph_year = ? WHERE workspace_id = ? AND group_id = ? AND id = ?",
                next, year, group.workspaceId(), group.groupId(), decisionId);
        return new Paragraph(next, year);
    }

    @Override
    public Optional<Paragraph> paragraph(GroupScope group, long decisionId) {
        return sql.one("""
                SELECT paragraph, paragraph_year FROM decision
                WHERE workspace_id = ? AND group_id = ? AND id = ? AND paragraph IS NOT NULL
                """, rs -> new Paragraph(rs.getInt(1), rs.getInt(2)), group.workspaceId(), group.groupId(), decisionId);
    }

    @Override
    public void comment(GroupScope group, long meetingId, Comment comment) {
        sql.insert("""
                INSERT INTO minutes_comment (group_id, meeting_id, version_id, agenda_item_id, member_id, kind, text, written_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, group.groupId(), meetingId, comment.versionId(), comment.agendaItemId(), comment.memberId(),
                comment.approving() ? "approve" : "change", comment.text(), Sql.stamp(comment.at()));
    }

    @Override
    public List<Comment> comments(GroupScope group, long meetingId) {
        return sql.list("""
                SELECT c.* FROM minutes_comment c JOIN meeting m ON m.group_id = c.group_id AND m.id = c.meeting_id
                WHERE m.workspace_id = ? AND c.group_id = ? AND c.meeting_id = ? ORDER BY c.id
                """, rs -> new Comment(rs.getLong("id"), rs.getLong("version_id"), Sql.optionalLong(rs, "agenda_item_id"),
                rs.getLong("member_id"), rs.getString("kind").equals("approve"), rs.getString("text"),
                Instant.parse(rs.getString("written_at"))), group.workspaceId(), group.groupId(), meetingId);
    }

    private static final String ARCHIVE = """
            SELECT a.version_id, a.meeting_id, a.version, a.meeting_date, a.title, a.paragraphs, a.decisions, a.adjusters,
                   a.adjusted_on, a.sha256, a.bytes, a.created_at
            FROM minutes_archive a JOIN meeting m ON m.group_id = a.group_id AND m.id = a.meeting_id
            WHERE m.workspace_id = ? AND a.group_id = ?
            """;

    @Override
    public void storeArchive(GroupScope group, ArchiveEntry e, byte[] pdf) {
        sql.updateOne("""
                INSERT INTO minutes_archive (version_id, group_id, meeting_id, version, meeting_date, title, paragraphs,
                    decisions, adjusters, adjusted_on, pdf, sha256, bytes, created_at)
                SELECT v.id, v.group_id, v.meeting_id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
                FROM minutes_version v JOIN meeting m ON m.group_id = v.group_id AND m.id = v.meeting_id
                WHERE v.id = ? AND v.meeting_id = ? AND m.workspace_id = ? AND v.group_id = ? AND v.state = 'approved'
                """, e.version(), e.meetingDate().toString(), e.title(), e.paragraphs(), e.decisions(),
                String.join("\n", e.adjusters()), e.adjustedOn().toString(), pdf, e.sha256(), e.bytes(),
                Sql.stamp(e.createdAt()), e.versionId(), e.meetingId(), group.workspaceId(), group.groupId());
    }

    @Override
    public List<ArchiveEntry> archived(GroupScope group, long meetingId) {
        return sql.list(ARCHIVE + " AND a.meeting_id = ? ORDER BY a.version", SqliteJustering::entry,
                group.workspaceId(), group.groupId(), meetingId);
    }

    @Override
    public List<ArchiveEntry> archivedIn(GroupScope group, int year) {
        return sql.list(ARCHIVE + " AND a.meeting_date >= ? AND a.meeting_date < ? ORDER BY a.meeting_date, a.meeting_id, a.version",
                SqliteJustering::entry, group.workspaceId(), group.groupId(), year + "-01-01", (year + 1) + "-01-01");
    }

    @Override
    public Optional<byte[]> archivePdf(GroupScope group, long versionId) {
        return sql.one("""
                SELECT a.pdf FROM minutes_archive a JOIN meeting m ON m.group_id = a.group_id AND m.id = a.meeting_id
                WHERE m.workspace_id = ? AND a.group_id = ? AND a.version_id = ?
                """, rs -> rs.getBytes(1), group.workspaceId(), group.groupId(), versionId);
    }

    private static ArchiveEntry entry(ResultSet rs) throws SQLException {
        String adjusters = rs.getString("adjusters");
        return new ArchiveEntry(rs.getLong("version_id"), rs.getLong("meeting_id"), rs.getInt("version"),
                LocalDate.parse(rs.getString("meeting_date")), rs.getString("title"), rs.getString("paragraphs"),
                rs.getString("decisions"), adjusters.isEmpty() ? List.of() : List.of(adjusters.split("\n")),
                LocalDate.parse(rs.getString("adjusted_on")), rs.getString("sha256"), rs.getLong("bytes"),
                Instant.parse(rs.getString("created_at")));
    }
}
