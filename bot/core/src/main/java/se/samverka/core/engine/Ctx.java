package se.samverka.core.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import se.samverka.core.chat.IncomingCommand;
import se.samverka.core.command.Verb;
import se.samverka.core.domain.Group;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.domain.Lang;
import se.samverka.core.domain.Member;
import se.samverka.core.group.Roster;
import se.samverka.core.meeting.MeetingFinder;
import se.samverka.core.port.RecordChanges;
import se.samverka.core.port.Store;
import se.samverka.core.text.Texts;
import se.samverka.core.time.DateParser;

/** Everything one command in a bound channel needs: who, where, when, in which language, and the store. */
public final class Ctx {
    public final IncomingCommand in;
    public final Verb verb;
    public final String args;
    public final Lang lang;
    public final Texts t;
    public final Store store;
    public final Group group;
    public final GroupScope scope;
    public final Optional<Member> actor;
    public final Instant now;
    public final Settings settings;
    public final Optional<se.samverka.core.port.ActionFinder> actionFinder;
    public final Optional<se.samverka.core.port.Invitations> invitations;
    private Roster roster;
    private MeetingFinder meetings;

    public Ctx(IncomingCommand in, Verb verb, String args, Lang lang, Store store, Group group, Optional<Member> actor,
        Instant now, Settings settings, Optional<se.samverka.core.port.ActionFinder> actionFinder,
        Optional<se.samverka.core.port.Invitations> invitations) {
        this.in = in;
        this.verb = verb;
        this.args = args;
        this.lang = lang;
        this.t = Texts.of(lang);
        this.store = store;
        this.group = group;
        this.scope = group.scope();
        this.actor = actor;
        this.now = now;
        this.settings = settings;
        this.actionFinder = actionFinder;
        this.invitations = invitations;
    }

    public ZonedDateTime localNow() {
        return now.atZone(group.zone());
    }

    public LocalDate today() {
        return localNow().toLocalDate();
    }

    public Roster roster() {
        if (roster == null) roster = new Roster(store.members().roster(scope));
        return roster;
    }

    public MeetingFinder meetings() {
        if (meetings == null) meetings = new MeetingFinder(this);
        return meetings;
    }

    public DateParser dates() {
        return new DateParser(today(), () -> meetings().nextAfterToday().map(m -> m.startIn(group.zone()).toLocalDate()));
    }

    /** A bad command: says why and shows the command's right form. */
    public Rejected reject(String key, Object... args) {
        return new Rejected(key, args, true);
    }

    /** A command this user may not run (or one with nothing to act on): says why, without the usage. */
    public Rejected refuse(String key, Object... args) {
        return new Rejected(key, args, false);
    }

    public Member requireMember() {
        return actor.orElseThrow(() -> refuse("error.notMember", in.user().displayName(), managersText()));
    }

    /** Chair or secretary; any member while the group has neither. */
    public Member requireManager() {
        Member member = requireMember();
        if (manages(member)) return member;
        throw refuse("error.notManager", managersText());
    }

    /** Whether the member may do what the chair and the secretary may: one of them, or anyone while there are none. */
    public boolean manages(Member member) {
        return member.role().manages() || roster().members().stream().noneMatch(m -> m.role().manages());
    }

    public String managersText() {
        List<Member> managers = roster().members().stream().filter(m -> m.role().manages()).toList();
        if (managers.isEmpty()) return t.get("error.anyMember");
        return Roster.listNames(managers);
    }

    public Optional<Long> actorId() {
        return actor.map(Member::id);
    }

    /** Logs a new record, so that its author's {@code ångra} can take it back. */
    public void logAdd(RecordChanges.Kind kind, long refId, String text) {
        store.changes().log(scope, actorId(), now, RecordChanges.Logged.of(kind, RecordChanges.Change.ADD, refId,
                Optional.empty(), Optional.of(text)));
    }

    public void audit(String action, String detail) {
        store.audit().record(scope, actorId(), action, detail, now);
    }

    /** "Tor Jacobsen, Mats Oljelund" or the nearest names, for an unknown or ambiguous name. */
    public Rejected unknownMember(Roster.OwnerProblem problem) {
        if (problem.lookup() instanceof Roster.Lookup.Ambiguous a) {
            return reject("error.ambiguousMember", problem.phrase(), Roster.listNames(a.candidates()));
        }
        if (problem.lookup() instanceof Roster.Lookup.NotFound nf && !nf.suggestions().isEmpty()) {
            return reject("error.unknownMemberSuggest", problem.phrase(), Roster.listNames(nf.suggestions()));
        }
        if (roster().isEmpty()) return reject("error.emptyRoster", problem.phrase());
        return reject("error.unknownMember", problem.phrase(), roster().members().stream().map(Member::firstName)
                .distinct().limit(12).collect(java.util.stream.Collectors.joining(", ")));
    }
}
