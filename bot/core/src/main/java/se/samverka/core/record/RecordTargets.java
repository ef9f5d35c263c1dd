package se.samverka.core.record;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.samverka.core.agenda.AgendaView;
import se.samverka.core.command.Grammar;
import se.samverka.core.command.Verb;
import se.samverka.core.domain.AgendaItem;
import se.samverka.core.domain.Meeting;
import se.samverka.core.domain.Member;
import se.samverka.core.domain.RoundTableEntry;
import se.samverka.core.engine.Ctx;
import se.samverka.core.justering.Lock;
import se.samverka.core.engine.Rejected;
import se.samverka.core.group.Roster;
import se.samverka.core.port.RecordChanges;
import se.samverka.core.record.Permissions;
import se.samverka.core.record.RecordRef;

/**
 * The record {@code ändra}, {@code ta bort} and {@code historik} name ({@link RecordRef}), looked up in the group:
 * refused when it does not exist, is removed already, belongs to a cancelled meeting, or is not the actor's to
 * change ({@link Permissions}).
 */
public final class RecordTargets {
    /** Command words that name the kind before the verb ("punkt ta bort 8", "laget runt ändra: …"). */
    private static final List<Map.Entry<String, String>> KIND_FIRST = List.of(
            Map.entry("stående punkt ", "stående punkt "), Map.entry("punkt ", "punkt "), Map.entry("beslut ", "beslut "),
            Map.entry("åtgärd ", "åtgärd "), Map.entry("anteckning ", "anteckning "), Map.entry("laget runt ", "rapport "),
            Map.entry("standing ", "standing "), Map.entry("item ", "item "), Map.entry("agenda ", "item "),
            Map.entry("decision ", "decision "), Map.entry("action ", "action "), Map.entry("note ", "note "),
            Map.entry("round ", "report "));

    /** A colon or dash written after the kind word: "Beslut: ta bort D1", "Laget runt - ändra: …". */
    private static final java.util.regex.Pattern KIND_MARK = java.util.regex.Pattern.compile(
            "(?iu)^(stående punkt|punkt|beslut|åtgärd|anteckning|laget runt|standing|item|agenda|decision|action|note|round)"
                    + "\\s*(?::|[-–—](?=\\s))\\s*(?=ta bort|radera|ändra|delete|remove|edit)");

    /** A record found: its kind, its row, the words replies name it by, and its meeting. */
    record Found(RecordChanges.Kind kind, RecordChanges.Stored row, String label, Optional<Meeting> meeting) {}

    private RecordTargets() {}

    /** The reference the command names, the kind words before the verb included; refused with the form when none. */
    static RecordRef ref(Ctx ctx) {
        String oneLine = ctx.in.text().strip().replaceFirst("^/samverka\\s*", "").replaceAll("\\s+", " ");
        oneLine = KIND_MARK.matcher(oneLine).replaceFirst("$1 "); // "Punkt: ta bort 2" is "punkt ta bort 2"
        String lower = oneLine.toLowerCase(Locale.ROOT);
        String prefix = KIND_FIRST.stream().filter(k -> lower.startsWith(k.getKey())).findFirst()
                .map(Map.Entry::getValue).orElse("");
        int typedArgs = Grammar.parse(oneLine).map(p -> p.args().length()).orElse(ctx.args.length());
        boolean colonFirst = oneLine.substring(0, Math.max(0, oneLine.length() - typedArgs)).strip().endsWith(":");
        String args = prefix + (colonFirst ? ": " : "") + ctx.args;
        RecordRef ref = RecordRef.parse(args).orElseThrow(() -> notARef(ctx, args));
        if (ref.target() == RecordRef.Target.NOTE && ref.text().isPresent()) {
            // a note's lines are its paragraphs: the text after the colon with its lines kept
            String lines = Grammar.argsKeepingLines(ctx.in.text()).orElse(ctx.args);
            int colon = lines.indexOf(':');
            if (colon >= 0) return new RecordRef(ref.target(), ref.number(), ref.name(), Optional.of(lines.substring(colon + 1).strip()), ref.sub());
        }
        return ref;
    }

    /** "ändra D3 Ny text": a reference followed by text without the colon gets the colon asked for. */
    private static Rejected notARef(Ctx ctx, String args) {
        String[] words = args.strip().split(" ");
        for (int n = Math.min(3, words.length - 1); n >= 1; n--) {
            if (RecordRef.parse(String.join(" ", Arrays.copyOf(words, n))).isPresent()) {
                return ctx.verb == Verb.EDIT ? ctx.reject("edit.needColon") : ctx.reject("delete.noText", ctx.args);
            }
        }
        return ctx.reject("edit.which", ctx.args);
    }

    /** The record named, not removed; refused when there is none. */
    static Found find(Ctx ctx, RecordRef ref) {
        Found found = findAny(ctx, ref);
        found.row().removedAt().ifPresent(at -> {
            throw ctx.refuse("edit.alreadyRemoved", found.label(), ctx.t.longDate(at.atZone(ctx.group.zone()).toLocalDate()));
        });
        found.meeting().filter(Meeting::cancelled).ifPresent(m -> {
            throw ctx.refuse("edit.meetingCancelled", found.label(), ctx.meetings().describe(m));
        });
        Lock.requireOpen(ctx, found.kind(), found.row(), found.label());
        return found;
    }

    /** The record named, removed or not (for its history). */
    static Found findAny(Ctx ctx, RecordRef ref) {
        return switch (ref.target()) {
            case DECISION -> numbered(ctx, RecordChanges.Kind.DECISION, ref.number().orElseThrow(), "edit.noSuchDecision");
            case ACTION -> numbered(ctx, RecordChanges.Kind.ACTION, ref.number().orElseThrow(), "edit.noSuchAction");
            case NOTE -> numbered(ctx, RecordChanges.Kind.NOTE, ref.number().orElseThrow(), "edit.noSuchNote");
            case AGENDA -> agendaItem(ctx, ref.number().orElseThrow() + ref.sub().map(n -> "." + n).orElse(""));
            case STANDING -> standing(ctx, ref.number().orElseThrow());
            case REPORT -> report(ctx, ref.name());
        };
    }

    private static Found numbered(Ctx ctx, RecordChanges.Kind kind, int number, String noSuchKey) {
        RecordChanges.Stored row = ctx.store.changes().byNumber(ctx.scope, kind, number)
                .orElseThrow(() -> ctx.reject(noSuchKey, number));
        return found(ctx, kind, row);
    }

    /** @param number "3", or "2.1" for a sub-item */
    private static Found agendaItem(Ctx ctx, String number) {
        Meeting meeting = ctx.meetings().currentOrNext().orElseThrow(() -> ctx.refuse("edit.noMeeting", number));
        AgendaView view = AgendaView.of(ctx, meeting);
        if (view.item(number).isEmpty()) { // a removed item of a sent agenda keeps its number: found for its history
            Optional<Found> removed = ctx.store.agenda().structure().labels(ctx.scope, meeting.id()).entrySet().stream()
                    .filter(e -> e.getValue().equals(number)).findFirst()
                    .flatMap(e -> ctx.store.changes().byId(ctx.scope, RecordChanges.Kind.AGENDA, e.getKey()))
                    .filter(row -> row.removedAt().isPresent())
                    .map(row -> found(ctx, RecordChanges.Kind.AGENDA, row));
            if (removed.isPresent()) return removed.get();
        }
        AgendaItem item = view.item(number).orElseThrow(() -> ctx.reject("edit.noSuchPoint", number, view.items().size(),
                ctx.meetings().describe(meeting)));
        RecordChanges.Kind kind = item.standing() ? RecordChanges.Kind.STANDING : RecordChanges.Kind.AGENDA;
        return found(ctx, kind, ctx.store.changes().byId(ctx.scope, kind, item.id()).orElseThrow());
    }

    private static Found standing(Ctx ctx, int number) {
        List<AgendaItem> standing = ctx.store.agenda().standing(ctx.scope, ctx.now);
        if (number < 1 || number > standing.size()) throw ctx.reject("edit.noSuchStanding", number, standing.size());
        return found(ctx, RecordChanges.Kind.STANDING,
                ctx.store.changes().byId(ctx.scope, RecordChanges.Kind.STANDING, standing.get(number - 1).id()).orElseThrow());
    }

    /** The latest laget runt report of the member (the actor, or the one named) for the round's meeting. */
    private static Found report(Ctx ctx, Optional<String> name) {
        Member about = name.map(n -> whose(ctx, n)).orElseGet(ctx::requireMember);
        Meeting meeting = ctx.meetings().currentOrNext().or(ctx.meetings()::latestPast)
                .orElseThrow(() -> ctx.refuse("meeting.noneAtAll"));
        List<RoundTableEntry> mine = ctx.store.roundTable().forMeeting(ctx.scope, meeting.id()).stream()
                .filter(e -> e.memberId() == about.id()).toList();
        if (mine.isEmpty()) throw ctx.refuse("edit.noReport", about.name(), ctx.meetings().describe(meeting));
        return found(ctx, RecordChanges.Kind.ROUND,
                ctx.store.changes().byId(ctx.scope, RecordChanges.Kind.ROUND, mine.get(mine.size() - 1).id()).orElseThrow());
    }

    private static Member whose(Ctx ctx, String name) {
        Roster.Lookup lookup = ctx.roster().find(name);
        if (lookup instanceof Roster.Lookup.Found f) return f.member();
        throw ctx.unknownMember(new Roster.OwnerProblem(name, lookup));
    }

    static Found found(Ctx ctx, RecordChanges.Kind kind, RecordChanges.Stored row) {
        Optional<Meeting> meeting = row.meetingId().flatMap(id -> ctx.store.meetings().byId(ctx.scope, id));
        return new Found(kind, row, label(ctx, kind, row), meeting);
    }

    /** "D3", "åtgärd #4", "anteckning 2", "punkten ”Statistik”", "Tors rapport": how replies name a record. */
    static String label(Ctx ctx, RecordChanges.Kind kind, RecordChanges.Stored row) {
        return switch (kind) {
            case DECISION -> ctx.t.get("ref.decision", row.number());
            case ACTION -> ctx.t.get("ref.action", row.number());
            case NOTE -> ctx.t.get("ref.note", row.number());
            case AGENDA -> ctx.t.get("ref.agenda", row.text());
            case STANDING -> ctx.t.get("ref.standing", row.text());
            case ROUND -> ctx.t.get("ref.round", row.authorId().flatMap(id -> ctx.store.members().byId(ctx.scope, id))
                    .map(Member::name).orElse("?"));
        };
    }

    /** Refused when an agenda item still has decisions, action items or notes under it (they would leave the minutes). */
    static void requireEmptyPoint(Ctx ctx, RecordChanges.Kind kind, long id, String label) {
        if (kind != RecordChanges.Kind.AGENDA && kind != RecordChanges.Kind.STANDING) return;
        int under = ctx.store.changes().under(ctx.scope, id);
        if (under > 0) throw ctx.refuse("delete.pointInUse", label, under);
    }

    /** Refused unless the actor may record a decision on the meeting (or on none); the refusal names who may. */
    public static void permitDecision(Ctx ctx, Member actor, Optional<Meeting> meeting) {
        Permissions permissions = Permissions.of(ctx.store.settings().get(ctx.scope, Permissions.SETTING));
        Optional<Long> noteTaker = meeting.flatMap(Meeting::noteTakerId);
        boolean atTheKeys = noteTaker.filter(id -> id == actor.id()).isPresent();
        if (permissions.mayRecordDecision(new Permissions.Actor(actor.id(), ctx.manages(actor), atTheKeys))) return;
        String keys = noteTaker.flatMap(id -> ctx.store.members().byId(ctx.scope, id)).map(Member::name)
                .map(name -> ctx.t.get("decision.orNoteTaker", name)).orElse("");
        throw ctx.refuse("decision.notRecorder", ctx.managersText(), keys);
    }

    /** Refused unless the actor may change the record; the refusal names who may. */
    static void permit(Ctx ctx, Member actor, Found found) {
        Permissions permissions = Permissions.of(ctx.store.settings().get(ctx.scope, Permissions.SETTING));
        boolean noteTaker = found.meeting().flatMap(Meeting::noteTakerId).filter(id -> id == actor.id()).isPresent();
        if (permissions.mayChange(new Permissions.Actor(actor.id(), ctx.manages(actor), noteTaker), found.row().authorId())) {
            return;
        }
        String author = found.row().authorId().flatMap(id -> ctx.store.members().byId(ctx.scope, id)).map(Member::name)
                .orElse(ctx.t.get("history.unknown"));
        String keys = found.meeting().flatMap(Meeting::noteTakerId).flatMap(id -> ctx.store.members().byId(ctx.scope, id))
                .map(Member::name).map(name -> ctx.t.get("decision.orNoteTaker", name)).orElse("");
        throw ctx.refuse("edit.notYours", found.label(), author, ctx.managersText(), keys);
    }
}
