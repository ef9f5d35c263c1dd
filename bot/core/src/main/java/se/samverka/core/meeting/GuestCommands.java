package se.samverka.core.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.samverka.core.chat.Button;
import se.samverka.core.chat.Reply;
import se.samverka.core.command.Verb;
import se.samverka.core.domain.Attendance;
import se.samverka.core.domain.Meeting;
import se.samverka.core.domain.Member;
import se.samverka.core.domain.NewMember;
import se.samverka.core.domain.Role;
import se.samverka.core.engine.Ctx;
import se.samverka.core.justering.Lock;
import se.samverka.core.group.Roster;

/**
 * gäst / guest: a person who is not on the roster, at one meeting. Listed under Deltagare with their organisation
 * and "(gäst)", present at that meeting only, and an owner the action items of that meeting may name.
 */
public final class GuestCommands {
    private static final int MAX_NAME = 100;

    private GuestCommands() {}

    /** What "gäst Lena Svensson, Arbetsförmedlingen 18 september" says. */
    record Guest(String name, Optional<String> organisation, Optional<Meeting> meeting) {
        Guest {
            if (name.isBlank()) throw new IllegalArgumentException("a guest has a name");
            organisation = organisation.map(String::strip).filter(o -> !o.isEmpty());
        }
    }

    public static Reply guest(Ctx ctx) {
        ctx.requireMember();
        Guest guest = read(ctx, ctx.args.strip());
        Meeting meeting = guest.meeting().or(() -> ctx.meetings().currentOrNext())
                .orElseThrow(() -> ctx.refuse("guest.noMeeting"));
        if (meeting.cancelled()) throw ctx.refuse("agenda.cancelled", ctx.meetings().describe(meeting));
        Lock.requireOpen(ctx, meeting);
        Member member = ctx.store.members().addGuest(ctx.scope, meeting.id(),
                new NewMember(guest.name(), guest.organisation(), Optional.empty(), Role.GUEST), ctx.now);
        ctx.store.attendance().set(ctx.scope, meeting.id(), member.id(), Attendance.Status.PRESENT, ctx.now);
        ctx.audit("guest.add", member.withOrganisation());
        return Reply.builder().text(ctx.t.get("guest.added", member.withOrganisation(), ctx.meetings().describe(meeting)))
                .context(ctx.t.get("guest.owns", member.firstName())).ok();
    }

    /** "Lena Svensson, Arbetsförmedlingen 18 september", or without an organisation "Lena Svensson 18 september". */
    private static Guest read(Ctx ctx, String args) {
        int comma = args.indexOf(',');
        String head = comma < 0 ? args : args.substring(0, comma);
        String rest = comma < 0 ? "" : args.substring(comma + 1).strip();
        Optional<Trailing> meeting = trailingMeeting(ctx, comma < 0 ? head : rest);
        String name = (comma < 0 ? meeting.map(r -> head.substring(0, r.start())).orElse(head) : head).strip();
        if (name.isEmpty() || !name.matches("(?U).*\\p{L}.*")) throw ctx.reject("guest.needName");
        if (name.length() > MAX_NAME) throw ctx.reject("guest.nameTooLong", MAX_NAME);
        if (ctx.roster().find(name) instanceof Roster.Lookup.Found found) { // "Tor" is Tor Jacobsen, a member
            throw ctx.refuse("guest.isMember", found.member().withOrganisation());
        }
        String organisation = comma < 0 ? "" : meeting.map(r -> rest.substring(0, r.start())).orElse(rest);
        organisation = organisation.replaceAll("[,\\s]+$", "");
        if (organisation.matches(".*[<>].*")) throw ctx.reject("guest.needOrganisation", name);
        return new Guest(name, Optional.of(organisation), meeting.map(Trailing::meeting));
    }

    /** A meeting named by the last words of a text, and where those words begin. */
    private record Trailing(Meeting meeting, int start) {}

    private static Optional<Trailing> trailingMeeting(Ctx ctx, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) continue;
            if (Character.isWhitespace(text.charAt(i))) continue;
            Optional<MeetingFinder.Ref> ref = ctx.meetings().ref(text, i); // an impossible day or no meeting: refused
            if (ref.isPresent() && text.substring(ref.get().end()).replaceAll("[\\s.,;:!?)]", "").isEmpty()) {
                return Optional.of(new Trailing(ref.get().meeting(), i));
            }
        }
        return Optional.empty();
    }

    /**
     * närvarande with a name nobody on the roster has: the guest command to run, as a button per name, instead of
     * a refusal.
     */
    static Reply offer(Ctx ctx, List<String> unknown, Meeting meeting) {
        boolean usual = ctx.meetings().currentOrNext().filter(m -> m.id() == meeting.id()).isPresent();
        String meetingWords = usual ? "" : ctx.meetings().localDate(meeting).toString();
        Reply.Builder reply = Reply.builder().text(ctx.t.get("guest.offer", String.join(", ", unknown)));
        for (String name : unknown) {
            String command = Verb.GUEST.word(ctx.lang) + " " + name + ", " + ctx.t.get("guest.organisationPlaceholder")
                    + (meetingWords.isBlank() ? "" : " " + meetingWords);
            reply.entry(ctx.t.get("guest.offerCommand", command),
                    new Button(ctx.t.get("button.edit"), command, Button.Kind.EDIT));
        }
        return reply.context(ctx.t.get("guest.offerHint")).rejected();
    }

    /** The names in a list the roster does not know ("Tor, Lena Svensson och Mats" → "Lena Svensson"). */
    static List<String> unknownNames(Roster roster, String names) {
        List<String> unknown = new ArrayList<>();
        for (String part : names.split("\\s*,\\s*|\\s+(?:och|and|&)\\s+")) {
            String name = part.strip().replaceAll("[.!?]+$", "");
            if (!name.isEmpty() && roster.find(name) instanceof Roster.Lookup.NotFound nf && nf.suggestions().isEmpty()) {
                unknown.add(name);
            }
        }
        return unknown;
    }
}
