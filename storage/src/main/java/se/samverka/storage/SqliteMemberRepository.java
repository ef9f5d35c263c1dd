package se.samverka.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.domain.Member;
import se.samverka.core.domain.NewMember;
import se.samverka.core.domain.Role;
import se.samverka.core.port.MemberRepository;

final class SqliteMemberRepository implements MemberRepository {
    static final String COLUMNS = "m.id, m.name, m.organisation, m.email, m.role, m.guest";

    private final Sql sql;

    SqliteMemberRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Member add(GroupScope group, NewMember member) {
        long id = sql.insert("""
                INSERT INTO member (workspace_id, group_id, name, organisation, email, role, guest) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, group.workspaceId(), group.groupId(), member.name(), member.organisation(), member.email(),
                stored(member.role()), member.role() == Role.GUEST ? 1 : 0);
        return new Member(id, member.name(), member.organisation(), member.email(), member.role());
    }

    @Override
    public void update(GroupScope group, Member member) {
        sql.updateOne("""
                UPDATE member SET name = ?, organisation = ?, email = ?, role = ?, guest = ?
                WHERE workspace_id = ? AND group_id = ? AND id = ?
                """, member.name(), member.organisation(), member.email(), stored(member.role()),
                member.role() == Role.GUEST ? 1 : 0,
                group.workspaceId(), group.groupId(), member.id());
    }

    @Override
    public boolean remove(GroupScope group, long memberId) {
        return sql.update("UPDATE member SET active = 0 WHERE workspace_id = ? AND group_id = ? AND id = ? AND active = 1",
                group.workspaceId(), group.groupId(), memberId) == 1;
    }

    @Override
    public List<Member> roster(GroupScope group) {
        return sql.list("SELECT " + COLUMNS + " FROM member m WHERE m.workspace_id = ? AND m.group_id = ? AND m.active = 1 ORDER BY m.id",
                SqliteMemberRepository::member, group.workspaceId(), group.groupId());
    }

    @Override
    public Optional<Member> byId(GroupScope group, long memberId) {
        return sql.one("SELECT " + COLUMNS + " FROM member m WHERE m.workspace_id = ? AND m.group_id = ? AND m.id = ?",
                SqliteMemberRepository::member, group.workspaceId(), group.groupId(), memberId);
    }

    @Override
    public Optional<Member> byIdentity(GroupScope group, String platform, String userId) {
        return sql.one("""
                SELECT %s FROM member_identity i JOIN member m ON m.group_id = i.group_id AND m.id = i.member_id
                WHERE m.workspace_id = ? AND i.group_id = ? AND i.platform = ? AND i.user_id = ? AND m.active = 1
                """.formatted(COLUMNS), SqliteMemberRepository::member, group.workspaceId(), group.groupId(),
                platform, userId);
    }

    @Override
    public Optional<String> identity(GroupScope group, long memberId, String platform) {
        return sql.one("SELECT user_id FROM member_identity WHERE group_id = ? AND member_id = ? AND platform = ?",
                rs -> rs.getString(1), group.groupId(), memberId, platform);
    }

    @Override
    public boolean hasIdentity(GroupScope group, long memberId, String platform) {
        return sql.one("SELECT COUNT(*) FROM member_identity WHERE group_id = ? AND member_id = ? AND platform = ?",
                rs -> rs.getLong(1), group.groupId(), memberId, platform).orElse(0L) > 0;
    }

    @Override
    public void link(GroupScope group, long memberId, String platform, String userId) {
        // a user id belongs to one member: a removed member's old link gives way
        sql.update("DELETE FROM member_identity WHERE group_id = ? AND platform = ? AND user_id = ? AND member_id <> ?",
                group.groupId(), platform, userId, memberId);
        sql.update("""
                INSERT INTO member_identity (group_id, member_id, platform, user_id) VALUES (?, ?, ?, ?)
                ON CONFLICT (member_id, platform) DO UPDATE SET user_id = excluded.user_id
                """, group.groupId(), memberId, platform, userId);
    }

    @Override
    public Member addGuest(GroupScope group, long meetingId, NewMember guest, Instant at) {
        Optional<Member> earlier = sql.one("""
                SELECT %s FROM member m WHERE m.workspace_id = ? AND m.group_id = ? AND m.guest = 1 AND m.active = 0
                AND m.name = ? COLLATE NOCASE AND COALESCE(m.organisation, '') = ? COLLATE NOCASE ORDER BY m.id LIMIT 1
                """.formatted(COLUMNS), SqliteMemberRepository::member, group.workspaceId(), group.groupId(),
                guest.name(), guest.organisation().orElse(""));
        long id = earlier.map(Member::id).orElseGet(() -> sql.insert("""
                INSERT INTO member (workspace_id, group_id, name, organisation, email, role, guest, active)
                VALUES (?, ?, ?, ?, ?, 'member', 1, 0)
                """, group.workspaceId(), group.groupId(), guest.name(), guest.organisation(), guest.email()));
        sql.update("""
                INSERT INTO meeting_guest (group_id, meeting_id, member_id, added_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (meeting_id, member_id) DO NOTHING
                """, group.groupId(), meetingId, id, Sql.stamp(at));
        return byId(group, id).orElseThrow();
    }

    @Override
    public List<Member> guests(GroupScope group, long meetingId) {
        return sql.list("""
                SELECT %s FROM meeting_guest g JOIN member m ON m.group_id = g.group_id AND m.id = g.member_id
                WHERE m.workspace_id = ? AND g.group_id = ? AND g.meeting_id = ? ORDER BY g.added_at, m.id
                """.formatted(COLUMNS), SqliteMemberRepository::member, group.workspaceId(), group.groupId(), meetingId);
    }

    static Member member(ResultSet rs) throws SQLException {
        Role role = rs.getInt("guest") == 1 ? Role.GUEST : Role.fromCode(rs.getString("role"));
        return new Member(rs.getLong("id"), rs.getString("name"), Sql.optionalString(rs, "organisation"),
                Sql.optionalString(rs, "email"), role);
    }

    /** The role column predates guests (its CHECK allows chair, secretary, member); a guest is a member with guest = 1. */
    private static String stored(Role role) {
        return role == Role.GUEST ? Role.MEMBER.code() : role.code();
    }
}
