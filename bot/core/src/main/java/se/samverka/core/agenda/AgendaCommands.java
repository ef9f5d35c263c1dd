package se.samverka.core.agenda;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverka.core.actions.ActionCommands;
import se.samverka.core.agenda.Timing;
import se.samverka.core.chat.Reply;
import se.samverka.core.domain.ActionItem;
import se.samverka.core.domain.AgendaItem;
import se.samverka.core.domain.Meeting;
import se.samverka.core.domain.Member;
import se.samverka.core.engine.Ctx;
import se.samverka.core.justering.Lock;
import se.samverka.core.meeting.MeetingFinder;
import se.samverka.core.port.RecordChanges;

/** punkt (with presenter and time), stående punkt [sist], stående punkt ta bort, dagordning. */
public final class AgendaCommands {
    static final int MAX_TEXT = 500;
    private static final Pattern LAST = Pattern.compile("\\s+(?:sist|last)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern FOR_MEETING = Pattern.compile("\\s+(?:till|för|for|to)\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private AgendaCommands() {}

    public static Reply add(Ctx ctx) {
        Member actor = ctx.requireMember();
        String text = ctx.args;
        Optional<Meeting> meeting = Optional.empty();
        Matcher m = FOR_MEETING.matcher(text);
        int lastStart = -1;
        int lastEnd = -1;
        while (m.find()) {
            lastStart = m.start();
            lastEnd = m.end();
        }
        if (lastStart > 0) {
            Optional<MeetingFinder.Ref> ref = ctx.meetings().ref(text, lastEnd);
            if (ref.isPresent() && text.substring(ref.get().end()).isBlank()) {
                meeting = Optional.of(ref.get().meeting());
                text = text.substring(0, lastStart);
            }
        }
        Timing.Item read = AgendaStructureCommands.timing(ctx, text);
        text = checkText(ctx, read.text());
        Meeting target = meeting.or(() -> ctx.meetings().currentOrNext())
                .orElseThrow(() -> ctx.refuse("agenda.noMeeting"));
        if (target.cancelled()) throw ctx.refuse("agenda.cancelled", ctx.meetings().describe(target));
        Lock.requireOpen(ctx, target);
        AgendaView view = AgendaView.of(ctx, target);
        String normalized = text.toLowerCase(Locale.ROOT);
        if (view.items().stream().anyMatch(i -> i.text().toLowerCase(Locale.ROOT).equals(normalized))) {
            throw ctx.refuse("agenda.duplicate", text);
        }
        AgendaView.fixNumbers(ctx.store, ctx.scope, target, ctx.now);
        AgendaItem item = ctx.store.agenda().addToMeeting(ctx.scope, target.id(), text, Optional.of(actor.id()), ctx.now);
        if (read.presenter().isPresent() || read.minutes().isPresent()) {
            ctx.store.agenda().structure().setTiming(ctx.scope, item.id(), read.presenter(), read.minutes());
        }
        AgendaView.fixNumbers(ctx.store, ctx.scope, target, ctx.now);
        ctx.audit("agenda.add", "item " + item.id());
        ctx.logAdd(RecordChanges.Kind.AGENDA, item.id(), text);
        String shown = text + Timing.suffix(read.presenter(), read.minutes(), ctx.t.get("agenda.minutes"));
        return Reply.builder().text(ctx.t.get("agenda.added", AgendaView.of(ctx, target).numberOf(item.id()), shown,
                ctx.meetings().describe(target))).ok();
    }

    /** stående punkt Laget runt; stående punkt Övriga frågor sist (stays last on every agenda). */
    public static Reply addStanding(Ctx ctx) {
        Member actor = ctx.requireManager();
        Matcher last = LAST.matcher(ctx.args.strip());
        boolean closing = last.find();
        Timing.Item read = AgendaStructureCommands.timing(ctx, closing ? ctx.args.strip().substring(0, last.start()) : ctx.args);
        String text = checkText(ctx, read.text());
        if (ctx.store.agenda().standing(ctx.scope, ctx.now).stream().anyMatch(i -> i.text().equalsIgnoreCase(text))) {
            throw ctx.refuse("agenda.duplicate", text);
        }
        AgendaItem item = ctx.store.agenda().addStanding(ctx.scope, text, Optional.of(actor.id()), ctx.now);
        if (closing) ctx.store.agenda().structure().setClosing(ctx.scope, item.id());
        if (read.presenter().isPresent() || read.minutes().isPresent()) {
            ctx.store.agenda().structure().setTiming(ctx.scope, item.id(), read.presenter(), read.minutes());
        }
        ctx.audit("agenda.standing.add", "item " + item.id());
        ctx.logAdd(RecordChanges.Kind.STANDING, item.id(), text);
        return Reply.builder().text(ctx.t.get(closing ? "agenda.standingAddedLast" : "agenda.standingAdded", text)).ok();
    }

    public static Reply removeStanding(Ctx ctx) {
        ctx.requireManager();
        List<AgendaItem> standing = ctx.store.agenda().standing(ctx.scope, ctx.now);
        if (standing.isEmpty()) throw ctx.refuse("agenda.noStanding");
        String arg = ctx.args.strip().replaceFirst("^#", "");
        Optional<AgendaItem> item;
        if (arg.matches("\\d{1,3}")) {
            int n = Integer.parseInt(arg);
            item = n >= 1 && n <= standing.size() ? Optional.of(standing.get(n - 1)) : Optional.empty();
        } else {
            item = standing.stream().filter(i -> !arg.isEmpty() && i.text().equalsIgnoreCase(arg)).findFirst();
        }
        if (item.isEmpty()) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < standing.size(); i++) lines.add((i + 1) + ". " + standing.get(i).text());
            throw ctx.reject("agenda.whichStanding", ctx.args, String.join("; ", lines));
        }
        ctx.store.agenda().retireStanding(ctx.scope, item.get().id(), ctx.now);
        ctx.audit("agenda.standing.remove", "item " + item.get().id());
        return Reply.builder().text(ctx.t.get("agenda.standingRemoved", item.get().text())).ok();
    }

    public static Reply show(Ctx ctx) {
        Meeting meeting = ctx.meetings().require(ctx.args, ctx.meetings().currentOrNext(), "agenda.noMeetingAgenda");
        return showing(ctx, meeting).ok();
    }

    /** The agenda of the meeting, with the items from earlier meetings and how to add one. */
    static Reply.Builder showing(Ctx ctx, Meeting meeting) {
        AgendaView view = AgendaView.of(ctx, meeting);
        Reply.Builder reply = Reply.builder().heading(ctx.t.get("agenda.heading", ctx.meetings().describe(meeting)));
        if (view.items().isEmpty() && view.carried().isEmpty()) {
            return reply.text(ctx.t.get("agenda.empty")).context(ctx.t.get("agenda.howToAdd"));
        }
        render(ctx, view, reply);
        if (!view.carried().isEmpty()) {
            reply.text(ctx.t.get("agenda.fromPrevious"));
            reply.items(view.carried().stream().map(a -> ActionCommands.line(ctx, a) + a.progressFor(meeting.id())
                    .map(kind -> " — " + ctx.t.get(kind == ActionItem.Progress.Kind.ONGOING ? "progress.mark" : "postpone.mark"))
                    .orElse("")).toList(), false);
        }
        return reply.context(ctx.t.get("agenda.howToAdd"));
    }

    /** The items: a numbered list while the agenda is plain, else lines with their own numbers, sections and times. */
    static Reply.Builder render(Ctx ctx, AgendaView view, Reply.Builder reply) {
        AgendaText text = new AgendaText(ctx);
        if (text.plain(view.layout())) return reply.items(view.layout().lines().stream().map(text::item).toList(), true);
        return reply.text(String.join("\n", text.lines(view.layout())));
    }

    public static String checkText(Ctx ctx, String text) {
        return checkText(ctx, text, "agenda.needText");
    }

    /**
     * The text stripped; a rejection with {@code emptyKey} when it is (almost) empty, when it is too long, or when it
     * is only a command word ("stående punkt radera 1", "punkt under 2: ta bort 3", "rubrik ta bort 1").
     */
    public static String checkText(Ctx ctx, String text, String emptyKey) {
        String stripped = text.strip();
        if (stripped.length() < 2) throw ctx.reject(emptyKey);
        se.samverka.core.record.NoteText.commandWord(stripped).ifPresent(word -> {
            throw ctx.reject("text.commandWord", word);
        });
        if (stripped.length() > MAX_TEXT) throw ctx.reject("text.tooLong", MAX_TEXT, stripped.length());
        return stripped;
    }
}
