package se.samverka.core.engine;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import se.samverka.core.actions.ActionCommands;
import se.samverka.core.actions.SentenceCommands;
import se.samverka.core.agenda.AgendaCommands;
import se.samverka.core.agenda.AgendaStructureCommands;
import se.samverka.core.calendar.FeedCommands;
import se.samverka.core.chat.Assistant;
import se.samverka.core.chat.ChatUser;
import se.samverka.core.chat.CommandLimit;
import se.samverka.core.chat.ConversationRef;
import se.samverka.core.chat.IncomingCommand;
import se.samverka.core.chat.Reply;
import se.samverka.core.chat.SharedFile;
import se.samverka.core.command.Grammar;
import se.samverka.core.command.Verb;
import se.samverka.core.domain.ActionItem;
import se.samverka.core.domain.Group;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.domain.Lang;
import se.samverka.core.domain.Member;
import se.samverka.core.domain.NewMember;
import se.samverka.core.domain.Role;
import se.samverka.core.followup.DigestCommands;
import se.samverka.core.followup.ReminderCommands;
import se.samverka.core.group.GroupBinding;
import se.samverka.core.group.GroupCommands;
import se.samverka.core.group.HelpCommands;
import se.samverka.core.group.HomeView;
import se.samverka.core.group.MemberLinks;
import se.samverka.core.group.Mentions;
import se.samverka.core.group.SearchCommands;
import se.samverka.core.group.WebCommands;
import se.samverka.core.justering.JusteringCommands;
import se.samverka.core.justering.Versions;
import se.samverka.core.meeting.AttendanceCommands;
import se.samverka.core.meeting.GuestCommands;
import se.samverka.core.meeting.MeetingCommands;
import se.samverka.core.meeting.MeetingEdit;
import se.samverka.core.meeting.SeriesCommands;
import se.samverka.core.meeting.SuggestCommands;
import se.samverka.core.minutes.ChatImport;
import se.samverka.core.minutes.MinutesImport;
import se.samverka.core.minutes.MinutesWriter;
import se.samverka.core.port.ActionFinder;
import se.samverka.core.port.DeliveryException;
import se.samverka.core.port.Directory;
import se.samverka.core.port.MinutesReader;
import se.samverka.core.port.Store;
import se.samverka.core.record.EditCommands;
import se.samverka.core.record.NoteCommands;
import se.samverka.core.record.UndoCommands;
import se.samverka.core.text.Names;
import se.samverka.core.text.Texts;
import se.samverka.core.time.DateProblem;

/**
 * The command engine every chat adapter calls. One command runs in one transaction; a rejected command writes
 * nothing; no exception ever reaches the user, only a friendly text in their language.
 */
public final class MeetingAssistant implements Assistant {
    private static final System.Logger LOG = System.getLogger(MeetingAssistant.class.getName());

    private final Store store;
    private final Clock clock;
    private final Settings settings;
    private final Extensions extensions;
    private final Conversations conversations;

    /**
     * What the engine can use beyond the store, each when the deployment has it.
     *
     * @param directory     where {@code medlem importera} finds groups
     * @param changed       told of each group a command has changed, after the change is committed (the calendar
     *                      sync listens)
     * @param actionFinder  the minutes understanding, which finds the action items in a decision's text; without it,
     *                      a decision's sentences that begin with members' names are proposed
     * @param minutesReader reads minutes files shared in chat, for import
     * @param invitations   writes the calendar file attached to each meeting change
     * @param web           signs the personal links to the web pages ({@code webb})
     * @param archive       renders the archive copy (PDF/A) of minutes when they are justerade
     */
    public record Extensions(Optional<Directory> directory, Consumer<GroupScope> changed,
                             Optional<ActionFinder> actionFinder, Optional<MinutesReader> minutesReader,
                             Optional<se.samverka.core.port.Invitations> invitations,
                             Optional<se.samverka.core.web.WebLinks> web,
                             Optional<se.samverka.core.port.ArchiveRenderer> archive) {
        public Extensions {
            Objects.requireNonNull(directory, "directory");
            Objects.requireNonNull(changed, "changed");
            Objects.requireNonNull(actionFinder, "actionFinder");
            Objects.requireNonNull(minutesReader, "minutesReader");
            Objects.requireNonNull(invitations, "invitations");
            Objects.requireNonNull(web, "web");
            Objects.requireNonNull(archive, "archive");
        }

        public static Extensions none() {
            return new Extensions(Optional.empty(), scope -> { }, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty());
        }
    }

    public MeetingAssistant(Store store, Clock clock, Settings settings) {
        this(store, clock, settings, Extensions.none());
    }

    public MeetingAssistant(Store store, Clock clock, Settings settings, Extensions extensions) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.extensions = Objects.requireNonNull(extensions, "extensions");
        this.conversations = new Conversations(store);
    }

    @Override
    public Reply handle(IncomingCommand command) {
        if (CommandLimit.exceeded(command.text())) return CommandLimit.refusal(command.text(), settings.lang());
        Optional<Grammar.Parsed> parsed = Grammar.parse(command.text());
        Lang[] lang = {parsed.map(Grammar.Parsed::lang)
                .or(() -> Grammar.guessLanguage(command.text())).orElse(settings.lang())};
        try {
            Optional<Directory.Found> found = lookUp(parsed);
            GroupScope[] scope = {null};
            Reply reply = store.transactions().inTransaction(() -> run(command, parsed, lang, found, scope),
                    r -> !r.rejected());
            if (scope[0] != null && reply.outcome() == Reply.Outcome.DONE && parsed.get().verb().changesGroup()) {
                notifyChanged(scope[0]);
            }
            return reply;
        } catch (Rejected rejected) {
            Texts t = Texts.of(lang[0]);
            Reply.Builder reply = Reply.builder().text(t.get(rejected.key(), rejected.args()));
            if (rejected.showUsage() && parsed.isPresent()) {
                Verb verb = parsed.get().verb();
                reply.context(t.get("help.rightForm", t.get(verb.key() + ".usage"), t.get(verb.key() + ".example")));
            }
            return reply.rejected();
        } catch (RuntimeException e) {
            return internalError("command failed: conversation=" + command.conversation(), lang[0], e);
        }
    }

    /** medlem importera asks the directory before the transaction: no database lock is held over the network. */
    private Optional<Directory.Found> lookUp(Optional<Grammar.Parsed> parsed) {
        if (parsed.isEmpty() || parsed.get().verb() != Verb.MEMBER_IMPORT || parsed.get().args().isBlank()) {
            return Optional.empty();
        }
        Directory dir = extensions.directory().orElseThrow(() -> new Rejected("import.notConfigured", new Object[0], false));
        try {
            return dir.members(parsed.get().args().strip());
        } catch (DeliveryException e) {
            throw new Rejected("import.unavailable", new Object[] {e.getMessage()}, false);
        }
    }

    private void notifyChanged(GroupScope scope) {
        try {
            extensions.changed().accept(scope);
        } catch (RuntimeException e) { // the command is done and stored; a listener's trouble is not the user's
            LOG.log(System.Logger.Level.WARNING, "change listener failed for " + scope, e);
        }
    }

    private Reply run(IncomingCommand command, Optional<Grammar.Parsed> parsed, Lang[] lang,
                      Optional<Directory.Found> found, GroupScope[] scope) {
        Instant now = clock.instant();
        long workspace = store.groups().workspace(command.conversation().platform(), command.conversation().workspaceId());
        if (command.deliveryId().isPresent() && !store.deliveries().firstDelivery(workspace, command.deliveryId().get(), now)) {
            LOG.log(System.Logger.Level.INFO, "repeated delivery ignored: " + command.deliveryId().get());
            return Reply.repeated();
        }
        Optional<Group> group = store.groups().boundTo(workspace, command.conversation().channelId());
        if (parsed.isEmpty()) {
            group.filter(g -> Grammar.guessLanguage(command.text()).isEmpty()).ifPresent(g -> lang[0] = g.lang());
            if (command.text().isBlank()) return HelpCommands.help(Texts.of(lang[0]), "");
            Optional<Reply> meant = group.flatMap(g -> SentenceCommands.actionMeant(new Ctx(command, Verb.ACTION,
                    command.text().strip(), lang[0], store, g, actor(g, command), now, settings, Optional.empty(), Optional.empty())));
            return meant.orElseThrow(() -> unknownCommand(command.text()));
        }
        Grammar.Parsed p = parsed.get();
        switch (p.verb()) {
            case HELP:
                return HelpCommands.help(Texts.of(lang[0]), p.args());
            case GROUP_CREATE:
                return createGroup(command, workspace, group, p, now).withShared(true);
            case GROUP_BIND:
                return GroupBinding.bind(store, command, workspace, group, p, now).withShared(true);
            default:
                break;
        }
        Group bound = group.orElseThrow(() -> new Rejected("error.unbound", new Object[0], false));
        scope[0] = bound.scope();
        String args = Mentions.resolve(p.args(), command.mentions(), command.conversation().platform(), bound.scope(),
                store.members());
        if (p.verb() == Verb.REGISTRAR) lang[0] = se.samverka.core.group.Registrars.language(args, lang[0]);
        Ctx ctx = new Ctx(command, p.verb(), args, lang[0], store, bound, actor(bound, command), now, settings, extensions.actionFinder(), extensions.invitations());
        try {
            if (p.verb() == Verb.MEMBER_IMPORT) {
                return GroupCommands.importMembers(ctx, found, extensions.directory().map(Directory::platform).orElse("")).withShared(true);
            }
            Reply reply = dispatch(ctx);
            return reply.withShared(p.verb().changesGroup() && !reply.rejected()); // an offer instead of a change (närvarande → gäst) is the asker's
        } catch (DateProblem problem) {
            throw ctx.reject(problem.key(), problem.fragment());
        }
    }

    private Reply dispatch(Ctx ctx) {
        return switch (ctx.verb) {
            case GROUP_SHOW -> GroupCommands.show(ctx);
            case MEMBERS -> GroupCommands.members(ctx);
            case MEMBER_ADD -> GroupCommands.addMember(ctx);
            case MEMBER_REMOVE -> GroupCommands.removeMember(ctx);
            case MEETINGS -> MeetingCommands.list(ctx);
            case MEETING_ADD -> MeetingCommands.add(ctx);
            case MEETING_SERIES -> SeriesCommands.series(ctx);
            case CALENDAR -> FeedCommands.calendar(ctx);
            case MEETING_SUGGEST -> SuggestCommands.suggest(ctx);
            case DIGEST -> DigestCommands.digest(ctx);
            case REMINDERS -> ReminderCommands.reminders(ctx);
            case MEETING_MOVE -> MeetingCommands.move(ctx);
            case MEETING_CANCEL -> MeetingCommands.cancel(ctx);
            case AGENDA_ADD -> AgendaCommands.add(ctx);
            case STANDING -> AgendaCommands.addStanding(ctx);
            case STANDING_REMOVE -> AgendaCommands.removeStanding(ctx);
            case AGENDA -> AgendaCommands.show(ctx);
            case AGENDA_MOVE -> AgendaStructureCommands.move(ctx);
            case AGENDA_SUB -> AgendaStructureCommands.subItem(ctx);
            case SECTION -> AgendaStructureCommands.section(ctx);
            case AGENDA_TABLE -> AgendaStructureCommands.table(ctx);
            case AGENDA_SEND -> AgendaStructureCommands.send(ctx);
            case MEETING_EDIT -> MeetingEdit.edit(ctx);
            case DECISION -> ActionCommands.decision(ctx);
            case NOTE -> NoteCommands.note(ctx);
            case ACTION -> ActionCommands.action(ctx);
            case ACTIONS -> ActionCommands.list(ctx);
            case DONE -> ActionCommands.done(ctx);
            case PROGRESS -> ActionCommands.progress(ctx, ActionItem.Progress.Kind.ONGOING);
            case POSTPONE -> ActionCommands.progress(ctx, ActionItem.Progress.Kind.POSTPONED);
            case ABSENT -> AttendanceCommands.absent(ctx);
            case PRESENT -> AttendanceCommands.present(ctx);
            case GUEST -> GuestCommands.guest(ctx);
            case ATTENDANCE -> AttendanceCommands.attendance(ctx);
            case NOTE_TAKER -> AttendanceCommands.noteTaker(ctx);
            case ROUND -> AttendanceCommands.round(ctx);
            case MINUTES -> MinutesWriter.minutes(ctx);
            case ADJUSTERS -> JusteringCommands.adjusters(ctx);
            case MINUTES_READY -> JusteringCommands.ready(ctx, extensions.web());
            case MINUTES_STATUS -> JusteringCommands.status(ctx);
            case APPROVE -> JusteringCommands.approve(ctx, extensions.archive());
            case REQUEST_CHANGE -> JusteringCommands.requestChange(ctx);
            case MINUTES_CORRECTION -> Versions.correction(ctx);
            case REGISTRAR -> se.samverka.core.group.Registrars.set(ctx);
            case MINUTES_VERSIONS -> Versions.list(ctx);
            case MINUTES_VERSION -> Versions.show(ctx);
            case SEARCH -> SearchCommands.search(ctx);
            case EDIT -> EditCommands.edit(ctx);
            case DELETE -> EditCommands.delete(ctx);
            case UNDO -> UndoCommands.undo(ctx);
            case HISTORY -> UndoCommands.history(ctx);
            case PERMISSIONS -> UndoCommands.permissions(ctx);
            case WEB -> WebCommands.link(ctx, extensions.web());
            case GROUP_CODE -> GroupBinding.code(ctx);
            case HELP, GROUP_CREATE, GROUP_BIND, MEMBER_IMPORT -> throw new IllegalStateException("handled before dispatch");
        };
    }

    private Reply createGroup(IncomingCommand command, long workspace, Optional<Group> bound, Grammar.Parsed p,
                              Instant now) {
        String name = GroupBinding.groupName(p.args());
        if (bound.isPresent()) throw new Rejected("group.alreadyBound", new Object[] {bound.get().name()}, false);
        if (store.groups().byName(workspace, name).isPresent()) {
            throw new Rejected("group.exists", new Object[] {name}, false);
        }
        Group group = store.groups().create(workspace, name, settings.zone(), p.lang());
        store.groups().bind(group.scope(), command.conversation().channelId());
        ChatUser user = command.user();
        Member chair = store.members().add(group.scope(),
                new NewMember(user.displayName(), Optional.empty(), user.email(), Role.CHAIR));
        store.members().link(group.scope(), chair.id(), command.conversation().platform(), user.id());
        store.audit().record(group.scope(), Optional.of(chair.id()), "group.create", name, now);
        Texts t = Texts.of(p.lang());
        return Reply.builder().text(t.get("group.created", name, chair.name())).context(t.get("group.createdHint")).ok();
    }

    /**
     * The user's own page for a workspace: open action items, coming meetings, groups. Never throws; a failure
     * gives a page that says so with an incident id.
     */
    @Override
    public Reply home(String platform, String workspaceId, ChatUser user) {
        try {
            return store.transactions().inTransaction(() -> {
                long workspace = store.groups().workspace(platform, workspaceId);
                return HomeView.build(store, settings, platform, workspace, workspaceId, user, clock.instant());
            }, reply -> true);
        } catch (RuntimeException e) {
            return internalError("home page failed: workspace=" + platform + ":" + workspaceId, settings.lang(), e);
        }
    }

    /**
     * Minutes shared as a file in the chat: imported into the group of the conversation (chair or secretary only),
     * as {@code samverka import-minutes} does; the file is fetched only after that is known. Never throws.
     */
    @Override
    public Reply importMinutes(ConversationRef where, ChatUser user, SharedFile file) {
        Lang lang = settings.lang();
        try {
            MinutesReader reader = extensions.minutesReader()
                    .orElseThrow(() -> new Rejected("importChat.notHere", new Object[0], false));
            Group group = store.transactions().inTransaction(() -> {
                long workspace = store.groups().workspace(where.platform(), where.workspaceId());
                Group bound = store.groups().boundTo(workspace, where.channelId())
                        .orElseThrow(() -> new Rejected("error.unbound", new Object[0], false));
                Ctx ctx = new Ctx(new IncomingCommand(where, user, ""), Verb.MINUTES, "", bound.lang(), store, bound,
                        actor(bound, new IncomingCommand(where, user, "")), clock.instant(), settings, Optional.empty(),
                        Optional.empty());
                ctx.requireManager();
                return bound;
            }, g -> true);
            lang = group.lang();
            Reply reply = ChatImport.importFile(new MinutesImport(store, clock, settings), reader, group, file);
            if (!reply.rejected()) notifyChanged(group.scope());
            return reply;
        } catch (Rejected rejected) {
            return Reply.builder().text(Texts.of(lang).get(rejected.key(), rejected.args())).rejected();
        } catch (RuntimeException e) {
            return internalError("minutes import failed: " + where, lang, e);
        }
    }

    /** The calendar feed of a group (GET /calendar/{group}/{secret}.ics); empty for a wrong group or secret. */
    public Optional<String> feed(long groupId, String secret) {
        if (extensions.invitations().isEmpty() || !secret.matches("[0-9a-f]{32}")) return Optional.empty();
        return store.transactions().inTransaction(
                () -> FeedCommands.feed(store, extensions.invitations().get(), groupId, secret, clock.instant()), f -> true);
    }

    /**
     * The minutes of a meeting of the group ({@code meeting} as a user names it: a date, "förra", "nästa"; blank for
     * the latest held), for the command line: a reply with the Markdown document, or a refusal that says why.
     */
    public Reply minutes(Group group, String meeting) {
        return CommandLineMinutes.of(store, settings, clock, group, meeting);
    }

    /** A failure of ours: logged with an incident id, answered with that id and never with the details. */
    private static Reply internalError(String what, Lang lang, RuntimeException e) {
        // a conflict lost inside a caller's transaction: that transaction runs again (the command with it)
        if (e instanceof se.samverka.core.port.Transactions.Conflict conflict) throw conflict;
        return se.samverka.core.chat.Incident.reply(what, lang, e);
    }

    @Override
    public String directChannel(ConversationRef chat, ChatUser user) {
        return conversations.directChannel(chat, user);
    }

    @Override
    public boolean mayActIn(ConversationRef channel, ChatUser user) {
        return conversations.mayActIn(channel, user);
    }

    @Override
    public java.util.List<String> roster(ConversationRef channel) {
        return conversations.roster(channel);
    }

    private Optional<Member> actor(Group group, IncomingCommand command) {
        return MemberLinks.member(store.members(), group.scope(), command.conversation().platform(), command.user());
    }

    private static Rejected unknownCommand(String text) {
        String first = Names.normalize(text.split("\\s+")[0]);
        Optional<String> closest = Arrays.stream(Verb.values())
                .flatMap(v -> java.util.stream.Stream.concat(v.swedish().stream(), v.english().stream()))
                .filter(alias -> Names.distance(first, alias.split(" ")[0]) <= Math.max(1, first.length() / 4))
                .min(Comparator.comparingInt(alias -> Names.distance(first, alias.split(" ")[0])));
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return closest.map(c -> new Rejected("error.unknownCommandSuggest", new Object[] {shown, c}, false))
                .orElseGet(() -> new Rejected("error.unknownCommand", new Object[] {shown}, false));
    }

}
