package se.samverka.core.group;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverka.core.chat.IncomingCommand;
import se.samverka.core.chat.Reply;
import se.samverka.core.command.Grammar;
import se.samverka.core.domain.Group;
import se.samverka.core.domain.Member;
import se.samverka.core.engine.Ctx;
import se.samverka.core.engine.Rejected;
import se.samverka.core.port.Store;
import se.samverka.core.text.Sha256;
import se.samverka.core.text.Texts;

/**
 * Which channel may join which group. {@code grupp koppla <namn>} binds the channel when the user is the group's
 * chair or secretary (in this workspace); anyone else needs a one-time code from one of them: {@code grupp kod}
 * gives one, valid for {@link #VALID} and for one channel, which {@code grupp koppla <namn> <kod>} uses — in this
 * workspace or in another one, on any platform.
 */
public final class GroupBinding {
    static final Duration VALID = Duration.ofHours(24);
    /** No 0/O, 1/I/L: a code is read aloud and typed from a message. Shown (and typed) as ABCD-EFGH. */
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final Pattern CODE_AT_END = Pattern.compile("^(.*?)\\s+([A-Za-z0-9]{4})-([A-Za-z0-9]{4})$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private GroupBinding() {}

    /** grupp kod: a fresh one-time code for binding another channel, for the chair's or secretary's eyes only. */
    public static Reply code(Ctx ctx) {
        Member manager = ctx.requireManager();
        StringBuilder raw = new StringBuilder();
        for (int i = 0; i < 8; i++) raw.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        String shown = raw.substring(0, 4) + "-" + raw.substring(4);
        Instant expires = ctx.now.plus(VALID);
        ctx.store.groups().addBindingCode(ctx.scope, hash(raw.toString()), Optional.of(manager.id()), ctx.now, expires);
        ctx.audit("group.code", "by " + manager.name() + ", valid until " + expires);
        ZonedDateTime until = expires.atZone(ctx.group.zone());
        return Reply.builder().text(ctx.t.get("group.code", ctx.group.name(), shown))
                .context(ctx.t.get("group.codeHint", ctx.t.longDate(until.toLocalDate()), ctx.t.time(until.toLocalTime()),
                        ctx.group.name(), shown))
                .ok();
    }

    /** grupp koppla: by the group's chair or secretary, or with a code one of them gave out. */
    public static Reply bind(Store store, IncomingCommand command, long workspace, Optional<Group> bound, Grammar.Parsed p,
                      Instant now) {
        Matcher withCode = CODE_AT_END.matcher(p.args().strip());
        Optional<String> code = withCode.matches()
                ? Optional.of((withCode.group(2) + withCode.group(3)).toUpperCase(java.util.Locale.ROOT))
                : Optional.empty();
        String name = groupName(code.isPresent() ? withCode.group(1) : p.args());
        Texts t = Texts.of(p.lang());
        Optional<Group> named = code.isPresent() ? Optional.empty() : Optional.of(store.groups().byName(workspace, name)
                .orElseThrow(() -> new Rejected("group.noSuchGroup", new Object[] {name}, false)));
        if (bound.isPresent()) {
            if (bound.get().name().equalsIgnoreCase(name)) {
                return Reply.builder().text(t.get("group.alreadyBoundHere", bound.get().name())).ok();
            }
            throw new Rejected("group.alreadyBound", new Object[] {bound.get().name()}, false);
        }
        Group group = code.isPresent() ? byCode(store, command, code.get(), name, now) : byManager(store, command, named.get());
        store.groups().bind(group.scope(), workspace, command.conversation().channelId());
        Optional<Long> actor = MemberLinks.member(store.members(), group.scope(), command.conversation().platform(),
                command.user()).map(Member::id);
        store.audit().record(group.scope(), actor, "group.bind",
                command.conversation() + (code.isPresent() ? " with a one-time code" : ""), now);
        return Reply.builder().text(t.get("group.bound", group.name())).ok();
    }

    private static Group byManager(Store store, IncomingCommand command, Group group) {
        Optional<Member> me = MemberLinks.member(store.members(), group.scope(), command.conversation().platform(),
                command.user());
        boolean hasManagers = store.members().roster(group.scope()).stream().anyMatch(m -> m.role().manages());
        if (me.isPresent() && (me.get().role().manages() || !hasManagers)) return group;
        throw new Rejected("group.bindNeedsCode", new Object[] {group.name()}, false);
    }

    /** The group of a valid code, used up now (kept unused when the command is refused: it rolls back). */
    private static Group byCode(Store store, IncomingCommand command, String code, String name, Instant now) {
        Optional<Group> group = store.groups().useBindingCode(hash(code), now, command.conversation().toString())
                .flatMap(scope -> store.groups().byScope(scope));
        if (group.isEmpty() || !group.get().name().equalsIgnoreCase(name)) {
            throw new Rejected("group.badCode", new Object[] {name}, false);
        }
        return group.get();
    }

    public static String groupName(String args) {
        String name = args.strip().replaceAll("^[\"'«»“”]+|[\"'«»“”]+$", "").strip();
        if (name.length() < 2 || name.length() > 100 || !name.matches("(?s).*\\p{L}.*")) {
            throw new Rejected("group.badName", new Object[] {name}, true);
        }
        return name;
    }

    private static String hash(String code) {
        return HexFormat.of().formatHex(Sha256.of(code));
    }
}
