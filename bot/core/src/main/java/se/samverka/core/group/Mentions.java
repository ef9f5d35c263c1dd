package se.samverka.core.group;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverka.core.chat.ChatUser;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.domain.Member;
import se.samverka.core.port.MemberRepository;

/**
 * Turns the mentions in a command ({@code <@U123>}, {@code <@U123|anna>}) into roster names, so that the grammar
 * reads "åtgärd <@U123> skickar ut" like "åtgärd Anna Berg skickar ut". A mentioned user is found by the
 * platform id linked to a member, else by the e-mail the platform tells (and then linked); one who is no member
 * stays as the platform's display name, so the reply names the person the user meant.
 */
public final class Mentions {
    private static final Pattern MENTION = Pattern.compile("<@([A-Za-z0-9._:-]+)(?:\\|([^<>]*))?>");

    private Mentions() {}

    public static String resolve(String text, List<ChatUser> mentioned, String platform, GroupScope scope,
                          MemberRepository members) {
        if (text.indexOf("<@") < 0) return text;
        Matcher m = MENTION.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String id = m.group(1);
            Optional<ChatUser> user = mentioned.stream().filter(u -> u.id().equals(id)).findFirst();
            String name = member(id, user, platform, scope, members).map(Member::name)
                    .or(() -> user.map(ChatUser::displayName).filter(n -> !n.equals(id)))
                    .or(() -> Optional.ofNullable(m.group(2)).filter(n -> !n.isBlank()))
                    .orElse(id);
            m.appendReplacement(out, Matcher.quoteReplacement(name));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Optional<Member> member(String id, Optional<ChatUser> user, String platform, GroupScope scope,
                                           MemberRepository members) {
        return user.isPresent()
                ? MemberLinks.member(members, scope, platform, user.get())
                : members.byIdentity(scope, platform, id);
    }
}
