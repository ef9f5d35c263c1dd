package se.samverka.core.actions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.samverka.core.actions.OwnerNames;
import se.samverka.core.agenda.AgendaCommands;
import se.samverka.core.agenda.AgendaView;
import se.samverka.core.chat.Block;
import se.samverka.core.chat.Button;
import se.samverka.core.chat.Reply;
import se.samverka.core.command.Verb;
import se.samverka.core.domain.ActionItem;
import se.samverka.core.domain.AgendaItem;
import se.samverka.core.domain.Decision;
import se.samverka.core.domain.Meeting;
import se.samverka.core.domain.Member;
import se.samverka.core.domain.OrganisationOwner;
import se.samverka.core.engine.Ctx;
import se.samverka.core.justering.Lock;
import se.samverka.core.engine.Rejected;
import se.samverka.core.group.Roster;
import se.samverka.core.port.Justering;
import se.samverka.core.port.RecordChanges;
import se.samverka.core.record.Discussion;
import se.samverka.core.record.ItemRef;
import se.samverka.core.record.NoteCommands;
import se.samverka.core.record.Permissions;
import se.samverka.core.record.RecordButtons;
import se.samverka.core.record.RecordTargets;
import se.samverka.core.time.DateMatch;

/** beslut, åtgärd, åtgärder, klar. */
public final class ActionCommands {
    private static final Pattern DUE = Pattern.compile("\\s(senast|by|före|innan|before|till|until|due|deadline:?)\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NUMBER = Pattern.compile("#?(\\d{1,6})");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:,|\\s+och\\s+|\\s+and\\s+|\\s+)\\s*");

    /** The refusals of an item whose owner could not be read (no near name): then the owner may stand inside the text. */
    private static final Set<String> OWNER_PROBLEMS = Set.of("action.ownerMissing", "error.unknownMember",
            "action.unknownOwner");

    private ActionCommands() {}

    public static Reply decision(Ctx ctx) {
        Member actor = ctx.requireMember();
        ItemRef ref = NoteCommands.itemRef(ctx, ctx.args);
        String text = ref.text().replaceFirst("(?iu)^(beslut|decision)\\s*:\\s*", "");
        text = AgendaCommands.checkText(ctx, text, "decision.needText").replaceAll("\\s+", " ");
        Optional<Meeting> meeting = ref.meeting().or(() -> ctx.meetings().current());
        meeting.ifPresent(m -> Lock.requireOpen(ctx, m));
        RecordTargets.permitDecision(ctx, actor, meeting);
        Optional<Discussion.Choice.Point> point = NoteCommands.decisionPoint(ctx, meeting, ref.item());
        Decision decision = ctx.store.decisions().add(ctx.scope, meeting.map(Meeting::id), point.map(p -> p.item().id()),
                text, Optional.of(actor.id()), ctx.now);
        Justering.Paragraph paragraph = ctx.store.justering().numberParagraph(ctx.scope, decision.id(),
                meeting.map(m -> ctx.meetings().localDate(m)).orElse(ctx.today()).getYear());
        ctx.audit("decision.add", "D" + decision.number());
        ctx.logAdd(RecordChanges.Kind.DECISION, decision.id(), text);
        Reply.Builder reply = Reply.builder().entry(ctx.t.get("decision.recorded", decision.number(), text),
                RecordButtons.of(ctx, ctx.t.get("ref.decision", decision.number()), text).toArray(Button[]::new));
        reply.context(meeting.map(m -> ctx.t.get("decision.forMeeting", ctx.meetings().describe(m))
                        + point.map(p -> ", " + ctx.t.get(p.by() == Discussion.By.DISCUSSED ? "decision.discussedPoint"
                                : "decision.point", p.number())).orElse(""))
                .orElse(ctx.t.get("decision.noMeeting")));
        reply.context(ctx.t.get("decision.paragraph", paragraph.number(), paragraph.year()));
        List<String> proposals = proposedActions(ctx, text);
        if (!proposals.isEmpty()) {
            reply.text(ctx.t.get("decision.proposals"));
            for (String p : proposals) {
                reply.entry(ctx.t.get("decision.confirmWith", p),
                        new Button(ctx.t.get("button.confirm"), p, Button.Kind.CONFIRM),
                        new Button(ctx.t.get("button.edit"), p, Button.Kind.EDIT));
            }
        }
        return reply.ok();
    }

    /**
     * "Boel och Amina kollar upp …" in a decision: action items to confirm, as the command that records each. The
     * minutes understanding finds them when it is there (owners anywhere in the sentence, roles, "Laholm" for the
     * member from Laholm); each owner must be one member of the roster, or the item is not proposed.
     */
    static List<String> proposedActions(Ctx ctx, String text) {
        List<String> proposals = new ArrayList<>();
        if (ctx.actionFinder.isPresent()) proposals.addAll(understoodActions(ctx, text, ctx.actionFinder.get()));
        for (String sentence : text.split("(?<=[.!?])\\s+")) {
            Roster.OwnerResult result = ctx.roster().leadingOwners(sentence);
            if (ctx.actionFinder.isEmpty() && result instanceof Roster.Owners owners && owners.rest().split("\\s+").length >= 2) {
                String who = owners.members().stream().map(Member::firstName).collect(Collectors.joining(" och "));
                proposals.add(Verb.ACTION.word(ctx.lang) + " " + who + " " + owners.rest().replaceAll("[.]$", ""));
            } else if (!(result instanceof Roster.Owners) && OwnerPlaces.trailing(ctx.roster(), sentence)
                    .filter(r -> r instanceof Roster.ActionOwners).isPresent()) { // "Underlag tas fram av Jyrki."
                String command = Verb.ACTION.word(ctx.lang) + " " + sentence.strip().replaceAll("[.]$", "");
                if (!proposals.contains(command)) proposals.add(command);
            }
        }
        return proposals;
    }

    private static List<String> understoodActions(Ctx ctx, String text, se.samverka.core.port.ActionFinder finder) {
        List<String> names = new ArrayList<>();
        List<String> organisations = new ArrayList<>();
        for (Member m : ctx.roster().members()) {
            names.add(m.name());
            m.organisation().ifPresent(organisations::add);
        }
        List<String> proposals = new ArrayList<>();
        for (se.samverka.core.port.ActionFinder.Found found : finder.actions(text, names, organisations, ctx.today())) {
            List<String> owners = new ArrayList<>();
            for (String owner : found.owners()) {
                if (ctx.roster().find(owner) instanceof Roster.Lookup.Found f) {
                    owners.add(f.member().firstName());
                } else {
                    owners.clear();
                    break;
                }
            }
            String task = found.task().replaceAll("[.]$", "").strip();
            if (owners.isEmpty() || task.isEmpty()) continue;
            String command = Verb.ACTION.word(ctx.lang) + " " + String.join(" och ", owners.stream().distinct().toList())
                    + " " + task;
            if (!proposals.contains(command)) proposals.add(command);
        }
        return proposals;
    }

    /** What an action item's text says: its point, owners, task and due date ("Boel och Amina kollar upp … till 10 december"). */
    public record ActionText(AgendaView.PointRef point, List<Member> owners, List<OrganisationOwner> organisations, String task,
                      Optional<DateMatch> due, Optional<Meeting> meeting) {}

    /**
     * Reads an action item's text as {@code åtgärd} does, for a new item and for an edit ({@code ändra åtgärd 4: …}).
     *
     * @param named the meeting the item is of when that is known (named in the command, or the edited item's): its
     *              guests may own it; else today's or the next meeting's may
     */
    public static ActionText actionText(Ctx ctx, String written, Optional<Meeting> named) {
        AgendaView.PointRef point = AgendaView.pointPrefix(written);
        if (point.rest().isBlank()) throw ctx.reject("action.needOwner", "");
        Optional<Meeting> guestsOf = named.or(() -> ctx.meetings().current()).or(() -> ctx.meetings().currentOrNext());
        Roster roster = guestsOf.map(m -> ctx.roster().with(ctx.store.members().guests(ctx.scope, m.id()))).orElse(ctx.roster());
        Roster.OwnerResult result = OwnerPlaces.read(roster, point.rest());
        Optional<DateMatch> due = Optional.empty();
        if (result instanceof Roster.OwnerProblem problem && OwnerPlaces.role(problem).isEmpty()) {
            Due cut = due(ctx, point.rest()); // "skicka underlaget, Tor ansvarar, senast 20 november"
            Optional<Roster.OwnerResult> last = cut.date().flatMap(d -> OwnerPlaces.trailing(roster, cut.before()));
            if (last.isPresent() && last.get() instanceof Roster.ActionOwners) {
                result = last.get();
                due = cut.date();
            }
        }
        if (result instanceof Roster.OwnerProblem problem) throw unknownOwner(ctx, roster, problem, point.rest());
        Roster.ActionOwners owners = (Roster.ActionOwners) result;
        boolean guestOwns = owners.members().stream().anyMatch(o -> ctx.roster().members().stream().noneMatch(m -> m.id() == o.id()));
        Optional<Meeting> meeting = named.isPresent() || guestOwns ? guestsOf : ctx.meetings().current(); // a guest's: theirs
        String rest = owners.rest();
        if (due.isEmpty()) {
            Due end = due(ctx, rest);
            rest = end.before();
            due = end.date();
        }
        String task = AgendaCommands.checkText(ctx, rest.replaceFirst("^[:,–—-]\\s*", ""), "action.needTask");
        if (due.isPresent() && due.get().date().isBefore(ctx.today())) {
            throw ctx.reject("action.dueInPast", ctx.t.longDate(due.get().date()));
        }
        return new ActionText(point, owners.members(), owners.organisations(), task, due, meeting);
    }

    /** The text before a due date written at its end ("… senast 20 november", "… till nästa möte"), and the date. */
    private record Due(String before, Optional<DateMatch> date) {}

    private static Due due(Ctx ctx, String text) {
        Matcher m = DUE.matcher(" " + text);
        List<int[]> keywords = new ArrayList<>();
        while (m.find()) keywords.add(new int[] {m.start(), m.end()});
        for (int i = keywords.size() - 1; i >= 0; i--) {
            int[] k = keywords.get(i);
            Optional<DateMatch> date = ctx.dates().wholeDate((" " + text).substring(k[1]));
            if (date.isPresent()) {
                return new Due((" " + text).substring(0, k[0]).strip().replaceFirst("(?iu)[\\s,]+(senast|by)$", "")
                        .replaceFirst("[,;]$", ""), date);
            }
        }
        return new Due(text, Optional.empty());
    }

    public static Reply action(Ctx ctx) {
        Member actor = ctx.requireMember();
        ItemRef at = NoteCommands.itemRef(ctx, ctx.args); // "2026-11-02 punkt 2: Tor …": an item of that meeting
        String written = at.meeting().isEmpty() ? ctx.args : at.item().map(i -> "punkt " + i + ": ").orElse("") + at.text();
        ActionText read;
        try {
            read = actionText(ctx, written, at.meeting());
        } catch (Rejected noOwner) {
            if (!OWNER_PROBLEMS.contains(noOwner.key())) throw noOwner;
            return OwnerGuess.meant(ctx, AgendaView.pointPrefix(written).rest()).orElseThrow(() -> noOwner);
        }
        Optional<DateMatch> due = read.due();
        read.meeting().ifPresent(m -> Lock.requireOpen(ctx, m));
        Optional<AgendaItem> item = agendaItem(ctx, read.point(), read.meeting());
        ActionItem action = ctx.store.actions().add(ctx.scope, read.task(), read.owners().stream().map(Member::id).toList(),
                read.organisations(), due.map(DateMatch::date), read.meeting().map(Meeting::id), item.map(AgendaItem::id),
                Optional.empty(), Optional.of(actor.id()), ctx.now);
        ctx.audit("action.add", "#" + action.number());
        ctx.logAdd(RecordChanges.Kind.ACTION, action.id(), read.task());
        Reply.Builder reply = Reply.builder().entry(ctx.t.get("action.recorded", action.number(), read.task(),
                OwnerNames.list(action, ctx.t)), RecordButtons.of(ctx, ctx.t.get("ref.action.short", action.number()),
                editText(ctx, action)).toArray(Button[]::new));
        due.ifPresent(d -> reply.context(ctx.t.get("action.due", ctx.t.longDate(d.date()))
                + (d.rolledForward() ? " " + ctx.t.get("date.rolled", ctx.t.longDate(d.date())) : "")));
        if (due.isEmpty()) reply.context(ctx.t.get("action.noDue"));
        return reply.ok();
    }

    public static Reply list(Ctx ctx) {
        String arg = ctx.args.strip().toLowerCase(Locale.ROOT);
        List<ActionItem> items;
        String heading;
        if (arg.isEmpty() && ctx.actor.isPresent() || arg.equals("mina") || arg.equals("mine") || arg.equals("my")) {
            Member me = ctx.requireMember();
            items = ctx.store.actions().open(ctx.scope).stream().filter(a -> a.concerns(me)).toList();
            heading = ctx.t.get("actions.mine", me.name());
        } else if (arg.isEmpty() || arg.equals("alla") || arg.equals("all") || arg.equals("öppna") || arg.equals("open")) {
            items = ctx.store.actions().open(ctx.scope);
            heading = ctx.t.get("actions.all", ctx.group.name());
        } else if (arg.equals("klara") || arg.equals("done")) {
            items = ctx.store.actions().all(ctx.scope).stream().filter(a -> !a.open()).toList();
            heading = ctx.t.get("actions.done", ctx.group.name());
        } else if (ctx.roster().organisations().stream().anyMatch(o -> o.equalsIgnoreCase(ctx.args.strip()))) {
            OrganisationOwner org = OrganisationOwner.of(ctx.args.strip());
            items = ctx.store.actions().open(ctx.scope).stream().filter(a -> a.organisations().stream()
                    .anyMatch(o -> o.organisation().filter(n -> n.equalsIgnoreCase(ctx.args.strip())).isPresent())
                    || a.owners().stream().anyMatch(org::includes)).toList();
            heading = ctx.t.get("actions.of", ctx.args.strip());
        } else {
            Roster.Lookup lookup = ctx.roster().find(ctx.args);
            if (!(lookup instanceof Roster.Lookup.Found found)) {
                throw ctx.unknownMember(new Roster.OwnerProblem(ctx.args.strip(), lookup));
            }
            items = ctx.store.actions().open(ctx.scope).stream().filter(a -> a.ownedBy(found.member().id())).toList();
            heading = ctx.t.get("actions.of", found.member().name());
        }
        Reply.Builder reply = Reply.builder().heading(heading);
        if (items.isEmpty()) return reply.text(ctx.t.get("actions.none")).ok();
        items.forEach(a -> reply.add(editableEntry(ctx, a)));
        return reply.context(ctx.t.get("actions.hint")).ok();
    }

    public static Reply done(Ctx ctx) {
        Member actor = ctx.requireMember();
        List<ActionItem> items = openItems(ctx, "done.which");
        Permissions permissions = Permissions.of(ctx.store.settings().get(ctx.scope, Permissions.SETTING));
        boolean atTheKeys = ctx.meetings().current().flatMap(Meeting::noteTakerId).filter(id -> id == actor.id()).isPresent();
        Permissions.Actor who = new Permissions.Actor(actor.id(), ctx.manages(actor), atTheKeys);
        for (ActionItem item : items) {
            if (permissions.mayMarkDone(who, item.concerns(actor))) continue;
            if (OwnerNames.of(item, ctx.t).isEmpty()) throw ctx.refuse("done.notYoursNoOwner", item.number(), ctx.managersText());
            throw ctx.refuse("done.notYours", item.number(), OwnerNames.list(item, ctx.t), ctx.managersText());
        }
        for (ActionItem item : items) {
            ctx.store.actions().markDone(ctx.scope, item.id(), Optional.of(actor.id()), ctx.now);
            ctx.audit("action.done", "#" + item.number());
        }
        return Reply.builder().items(items.stream()
                .map(i -> ctx.t.get("done.marked", i.number(), i.task())).toList(), false).ok();
    }

    /**
     * pågår / flytta till nästa möte: the owner's answer before the coming meeting, shown on its agenda under "Punkter
     * från föregående möte". Moved to the next meeting, the item's due date becomes the day of the meeting after it
     * (when one is booked). The item stays open either way.
     */
    public static Reply progress(Ctx ctx, ActionItem.Progress.Kind kind) {
        ctx.requireMember();
        List<ActionItem> items = openItems(ctx, kind == ActionItem.Progress.Kind.ONGOING ? "progress.which" : "postpone.which");
        Meeting coming = ctx.meetings().currentOrNext().orElseThrow(() -> ctx.refuse("meeting.noneUpcoming"));
        Optional<Meeting> after = ctx.store.meetings().upcoming(ctx.scope, ctx.now).stream()
                .filter(m -> m.start().isAfter(coming.start())).findFirst();
        Optional<java.time.LocalDate> newDue = kind == ActionItem.Progress.Kind.POSTPONED
                ? after.map(m -> m.startIn(ctx.group.zone()).toLocalDate()) : Optional.empty();
        List<String> lines = new ArrayList<>();
        for (ActionItem item : items) {
            ctx.store.actions().progress(ctx.scope, item.id(), new ActionItem.Progress(kind, coming.id(), ctx.now), newDue);
            ctx.audit(kind == ActionItem.Progress.Kind.ONGOING ? "action.ongoing" : "action.postponed", "#" + item.number());
            lines.add(kind == ActionItem.Progress.Kind.ONGOING
                    ? ctx.t.get("progress.marked", item.number(), item.task())
                    : after.map(m -> ctx.t.get("postpone.marked", item.number(), item.task(), ctx.meetings().describe(m)))
                            .orElseGet(() -> ctx.t.get("postpone.markedNoMeeting", item.number(), item.task())));
        }
        return Reply.builder().items(lines, false).context(ctx.t.get("progress.onAgenda", ctx.meetings().describe(coming))).ok();
    }

    /** The open items named by number ("3", "#3, #4"); refused when one is unknown or done already. */
    private static List<ActionItem> openItems(Ctx ctx, String whichKey) {
        if (ctx.args.isBlank()) throw ctx.reject(whichKey, "");
        Set<Integer> numbers = new LinkedHashSet<>();
        for (String part : LIST_SEPARATOR.split(ctx.args.strip())) {
            Matcher m = NUMBER.matcher(part);
            if (!m.matches()) throw ctx.reject("done.notANumber", part);
            numbers.add(Integer.parseInt(m.group(1)));
        }
        List<ActionItem> items = new ArrayList<>();
        for (int number : numbers) {
            ActionItem item = ctx.store.actions().byNumber(ctx.scope, number)
                    .orElseThrow(() -> ctx.refuse("done.noSuchItem", number));
            if (!item.open()) throw ctx.refuse("done.already", number, item.task());
            items.add(item);
        }
        return items;
    }

    /** The item's line, with a button that marks it done while it is open. */
    public static Block.Entry entry(Ctx ctx, ActionItem a) {
        List<Button> buttons = a.open()
                ? List.of(new Button(ctx.t.get("button.done"), Verb.DONE.word(ctx.lang) + " " + a.number(), Button.Kind.RUN))
                : List.of();
        return new Block.Entry(line(ctx, a), buttons);
    }

    /** The item's line with "Klar" (while open), "Ändra" (the edit command, its text to change) and "Ta bort". */
    public static Block.Entry editableEntry(Ctx ctx, ActionItem a) {
        List<Button> buttons = new ArrayList<>(entry(ctx, a).buttons());
        buttons.addAll(RecordButtons.of(ctx, ctx.t.get("ref.action.short", a.number()), editText(ctx, a)));
        return new Block.Entry(line(ctx, a), buttons);
    }

    /** "Tor Jacobsen och Boel Abelson bokar lokal senast 2026-11-20": the item as {@code åtgärd} reads it again. */
    private static String editText(Ctx ctx, ActionItem a) {
        String and = ctx.lang == se.samverka.core.domain.Lang.EN ? " and " : " och ";
        String owners = String.join(and, OwnerNames.of(a, ctx.t));
        String due = a.due().map(d -> " " + ctx.t.get("action.dueWord") + " " + d).orElse("");
        return owners + " " + a.task() + due;
    }

    /** "#4 Mailar ut syftet — Ibrahim Baalbaki — senast 1 oktober (försenad)". */
    public static String line(Ctx ctx, ActionItem a) {
        StringBuilder out = new StringBuilder("#").append(a.number()).append(' ').append(a.task())
                .append(" — ").append(OwnerNames.list(a, ctx.t));
        a.due().ifPresent(d -> out.append(" — ").append(ctx.t.get("actions.dueShort", ctx.t.shortDate(d)
                + (d.getYear() != ctx.today().getYear() ? " " + d.getYear() : ""))));
        if (a.overdueOn(ctx.today())) out.append(' ').append(ctx.t.get("actions.overdue"));
        if (!a.open()) out.append(' ').append(ctx.t.get("actions.doneMark"));
        return out.toString();
    }

    /** An owner nobody has heard of: the nearest members and organisations, or all the roster's organisations. */
    private static Rejected unknownOwner(Ctx ctx, Roster roster, Roster.OwnerProblem problem, String text) {
        Optional<se.samverka.core.domain.Role> role = OwnerPlaces.role(problem);
        if (role.isPresent() && problem.lookup() instanceof Roster.Lookup.NotFound) {
            return ctx.refuse("action.roleVacant", problem.phrase(), ctx.t.get("role." + role.get().code()));
        }
        boolean taskFirst = !problem.phrase().isEmpty() && Character.isLowerCase(problem.phrase().codePointAt(0))
                && problem.lookup() instanceof Roster.Lookup.NotFound nf && nf.suggestions().isEmpty();
        if (taskFirst) return ctx.reject("action.ownerMissing", text.strip());
        if (!(problem.lookup() instanceof Roster.Lookup.NotFound nf) || roster.organisations().isEmpty()) {
            return ctx.unknownMember(problem);
        }
        List<String> organisations = roster.organisationSuggestions(problem.phrase());
        if (organisations.isEmpty() && !nf.suggestions().isEmpty()) return ctx.unknownMember(problem);
        if (!organisations.isEmpty()) {
            List<String> near = new ArrayList<>(nf.suggestions().stream().map(Member::name).toList());
            near.addAll(organisations);
            return ctx.reject("action.unknownOwnerSuggest", problem.phrase(), String.join(", ", near));
        }
        return ctx.reject("action.unknownOwner", problem.phrase(), ctx.roster().members().stream().map(Member::firstName)
                .distinct().limit(12).collect(Collectors.joining(", ")), String.join(", ", roster.organisations()));
    }

    private static Optional<AgendaItem> agendaItem(Ctx ctx, AgendaView.PointRef point, Optional<Meeting> meeting) {
        if (point.number().isEmpty()) return Optional.empty();
        Meeting m = meeting.orElseThrow(() -> ctx.refuse("decision.pointWithoutMeeting"));
        AgendaView view = AgendaView.of(ctx, m);
        return Optional.of(view.item(point.number().get())
                .orElseThrow(() -> ctx.reject("decision.noSuchPoint", point.number().get(), view.items().size())));
    }

}
