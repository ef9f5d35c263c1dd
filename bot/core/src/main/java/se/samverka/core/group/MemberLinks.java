package se.samverka.core.group;

import java.util.Optional;
import se.samverka.core.chat.ChatUser;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.domain.Member;
import se.samverka.core.port.MemberRepository;

/** Which roster member a chat user is: the one linked to their platform id, else found and linked now. */
public final class MemberLinks {
    private MemberLinks() {}

    /**
     * By linked id; else the unlinked member with the user's e-mail, or (trusted names only, the local console)
     * with their name — who is then linked to the user, so the next time goes by id.
     */
    public static Optional<Member> member(MemberRepository members, GroupScope scope, String platform, ChatUser user) {
        Optional<Member> linked = members.byIdentity(scope, platform, user.id());
        if (linked.isPresent()) return linked;
        Optional<Member> match = members.roster(scope).stream()
                .filter(m -> user.email().isPresent() && m.email().map(e -> e.equalsIgnoreCase(user.email().get())).orElse(false)
                        || user.nameTrusted() && m.sameNameAs(user.displayName()))
                .filter(m -> !members.hasIdentity(scope, m.id(), platform))
                .findFirst();
        match.ifPresent(m -> members.link(scope, m.id(), platform, user.id()));
        return match;
    }
}
