package se.samverka.core.group;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import se.samverka.core.actions.ActionCommands;
import se.samverka.core.chat.Reply;
import se.samverka.core.domain.ActionItem;
import se.samverka.core.domain.Member;
import se.samverka.core.domain.NewMember;
import se.samverka.core.domain.Role;
import se.samverka.core.engine.Ctx;
import se.samverka.core.port.Directory;

/** The group and its roster: grupp, medlemmar, medlem, medlem ta bort. */
public final class GroupCommands {
    private GroupCommands() {}

    public static Reply show(Ctx ctx) {
        Reply.Builder reply = Reply.builder().heading(ctx.group.name());
        reply.items(rosterLines(ctx, false), false);
        if (ctx.roster().isEmpty()) reply.context(ctx.t.get("group.emptyRoster"));
        reply.text(ctx.meetings().next()
                .map(m -> ctx.t.get("group.nextMeeting", ctx.meetings().describe(m)))
                .orElse(ctx.t.get("group.noNextMeeting")));
        List<ActionItem> open = ctx.store.actions().open(ctx.scope);
        reply.text(ctx.t.get("group.openActions", open.size()));
        reply.items(open.stream().limit(5).map(a -> ActionCommands.line(ctx, a)).toList(), false);
        return reply.context(ctx.t.get("group.hint")).ok();
    }

    public static Reply members(Ctx ctx) {
        if (ctx.roster().isEmpty()) return Reply.ok(new se.samverka.core.chat.Block.Paragraph(ctx.t.get("group.emptyRoster")));
        return Reply.builder().heading(ctx.t.get("members.heading", ctx.group.name(), ctx.roster().members().size()))
                .items(rosterLines(ctx, true), false).ok();
    }

    /** "Falkenberg: Tor Jacobsen (ordförande)", grouped by organisation in alphabetical order. */
    static List<String> rosterLines(Ctx ctx, boolean withEmail) {
        Map<String, List<Member>> byOrg = new TreeMap<>();
        for (Member m : ctx.roster().members()) {
            byOrg.computeIfAbsent(m.organisation().orElse(""), k -> new ArrayList<>()).add(m);
        }
        List<String> lines = new ArrayList<>();
        byOrg.forEach((org, members) -> {
            for (Member m : members) {
                StringBuilder line = new StringBuilder(org.isEmpty() ? m.name() : org + ": " + m.name());
                if (m.role() != Role.MEMBER) line.append(" (").append(ctx.t.get("role." + m.role().code())).append(')');
                if (withEmail) m.email().ifPresent(e -> line.append(" · ").append(e));
                lines.add(line.toString());
            }
        });
        return lines;
    }

    public static Reply addMember(Ctx ctx) {
        Member actor = ctx.requireManager();
        if (ctx.args.isBlank()) throw ctx.reject("member.noName", "");
        Object parsed = MemberLine.parse(ctx.args);
        if (parsed instanceof MemberLine.Problem p) throw ctx.reject(p.key(), p.fragment());
        MemberLine line = (MemberLine) parsed;
        Optional<Member> existing = ctx.roster().members().stream().filter(m -> m.sameNameAs(line.name())).findFirst();
        if (line.email().isPresent()) {
            ctx.roster().members().stream()
                    .filter(m -> m.email().equals(line.email()) && existing.map(e -> e.id() != m.id()).orElse(true))
                    .findFirst()
                    .ifPresent(other -> {
                        throw ctx.reject("member.emailTaken", line.email().get(), other.name());
                    });
        }
        if (existing.isPresent()) {
            Member before = existing.get();
            Member after = new Member(before.id(), before.name(), line.organisation().or(before::organisation),
                    line.email().or(before::email), line.role().orElse(before.role()));
            if (after.equals(before)) return Reply.ok(new se.samverka.core.chat.Block.Paragraph(
                    ctx.t.get("member.unchanged", before.name())));
            ctx.store.members().update(ctx.scope, after);
            ctx.audit("member.update", after.name());
            return Reply.ok(new se.samverka.core.chat.Block.Paragraph(ctx.t.get("member.updated", describe(ctx, after))));
        }
        Member added = ctx.store.members().add(ctx.scope, new NewMember(line.name(), line.organisation(), line.email(),
                line.role().orElse(Role.MEMBER)));
        ctx.audit("member.add", added.name() + " by " + actor.name());
        Reply.Builder reply = Reply.builder().text(ctx.t.get("member.added", describe(ctx, added)));
        if (added.organisation().isEmpty()) reply.context(ctx.t.get("member.addOrganisationHint", added.name()));
        return reply.ok();
    }

    public static Reply removeMember(Ctx ctx) {
        ctx.requireManager();
        if (ctx.args.isBlank()) throw ctx.reject("member.removeWho");
        Roster.Lookup lookup = ctx.roster().find(ctx.args);
        if (!(lookup instanceof Roster.Lookup.Found found)) {
            throw ctx.unknownMember(new Roster.OwnerProblem(ctx.args, lookup));
        }
        Member member = found.member();
        if (!ctx.store.members().remove(ctx.scope, member.id())) throw ctx.refuse("member.notOnRoster", member.name());
        ctx.audit("member.remove", member.name());
        long open = ctx.store.actions().open(ctx.scope).stream().filter(a -> a.ownedBy(member.id())).count();
        Reply.Builder reply = Reply.builder().text(ctx.t.get("member.removed", member.name()));
        if (open > 0) reply.context(ctx.t.get("member.removedOpenActions", member.name(), open));
        return reply.ok();
    }

    /**
     * medlem importera: the members of a directory group join the roster (or fill in the e-mail and organisation
     * of those already on it, matched by e-mail, then by name) and are linked to their directory ids, so that they
     * are known when they write to the bot. Nobody is removed.
     */
    public static Reply importMembers(Ctx ctx, Optional<Directory.Found> found, String platform) {
        Member actor = ctx.requireManager();
        if (ctx.args.isBlank()) throw ctx.reject("import.which");
        Directory.Found group = found.orElseThrow(() -> ctx.refuse("import.notFound", ctx.args));
        if (group.people().isEmpty()) throw ctx.refuse("import.empty", group.name());
        List<String> added = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int same = 0;
        for (Directory.Person person : group.people()) {
            String name = person.name().replaceAll("\\s*\\([^)]*\\)\\s*$", "").strip();
            List<Member> roster = ctx.store.members().roster(ctx.scope);
            Optional<Member> existing = roster.stream()
                    .filter(m -> person.email().isPresent() && m.email().map(e -> e.equalsIgnoreCase(person.email().get())).orElse(false))
                    .findFirst()
                    .or(() -> roster.stream().filter(m -> m.sameNameAs(name)).findFirst());
            Member member;
            if (existing.isPresent()) {
                Member before = existing.get();
                boolean emailFree = person.email().isPresent() && roster.stream().noneMatch(m -> m.id() != before.id()
                        && m.email().map(e -> e.equalsIgnoreCase(person.email().get())).orElse(false));
                member = new Member(before.id(), before.name(), before.organisation().or(person::organisation),
                        before.email().or(() -> person.email().filter(e -> emailFree)), before.role());
                if (member.equals(before)) {
                    same++;
                } else {
                    ctx.store.members().update(ctx.scope, member);
                    updated.add(member.name());
                }
            } else if (!MemberLine.validName(name)) {
                skipped.add(person.name());
                continue;
            } else {
                member = ctx.store.members().add(ctx.scope, new NewMember(name, person.organisation(), person.email(), Role.MEMBER));
                added.add(member.withOrganisation());
            }
            boolean idFree = ctx.store.members().byIdentity(ctx.scope, platform, person.directoryId()).isEmpty();
            if (idFree && !ctx.store.members().hasIdentity(ctx.scope, member.id(), platform)) {
                ctx.store.members().link(ctx.scope, member.id(), platform, person.directoryId());
            }
        }
        ctx.audit("member.import", group.name() + ": " + added.size() + " new, " + updated.size() + " updated by " + actor.name());
        Reply.Builder reply = Reply.builder().text(ctx.t.get("import.done", group.name(), added.size(), updated.size(), same));
        if (!added.isEmpty()) reply.context(ctx.t.get("import.added", String.join(", ", added)));
        if (!updated.isEmpty()) reply.context(ctx.t.get("import.updated", String.join(", ", updated)));
        if (!skipped.isEmpty()) reply.context(ctx.t.get("import.skipped", String.join(", ", skipped)));
        return reply.ok();
    }

    /** "Tor Jacobsen, Falkenberg, tor@example.se (ordförande)". */
    static String describe(Ctx ctx, Member m) {
        StringBuilder out = new StringBuilder(m.name());
        m.organisation().ifPresent(o -> out.append(", ").append(o));
        m.email().ifPresent(e -> out.append(", ").append(e));
        out.append(" (").append(ctx.t.get("role." + m.role().code())).append(')');
        return out.toString();
    }
}
