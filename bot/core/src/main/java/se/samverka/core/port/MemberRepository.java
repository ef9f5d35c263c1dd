package se.samverka.core.port;

import java.util.List;
import java.util.Optional;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.domain.Member;
import se.samverka.core.domain.NewMember;

/** The roster. Removed members are kept (their decisions and items still name them) but leave the roster. */
public interface MemberRepository {
    Member add(GroupScope group, NewMember member);

    void update(GroupScope group, Member member);

    /** Takes the member off the roster; returns false when there was no such active member. */
    boolean remove(GroupScope group, long memberId);

    /** Active members, in the order they were added. */
    List<Member> roster(GroupScope group);

    /** Any member ever on the roster, removed ones too. */
    Optional<Member> byId(GroupScope group, long memberId);

    Optional<Member> byIdentity(GroupScope group, String platform, String userId);

    boolean hasIdentity(GroupScope group, long memberId, String platform);

    /** The member's user id on the platform, when linked. */
    java.util.Optional<String> identity(GroupScope group, long memberId, String platform);

    void link(GroupScope group, long memberId, String platform, String userId);

    /**
     * A guest of one meeting: not on the roster (so no reminder, no laget runt), present at the meetings they are
     * a guest of. An earlier guest of the same name (and organisation) is the same person again.
     */
    Member addGuest(GroupScope group, long meetingId, NewMember guest, java.time.Instant at);

    /** The guests of a meeting, in the order they were added. */
    List<Member> guests(GroupScope group, long meetingId);
}
