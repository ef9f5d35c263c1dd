package se.samverka.core.record;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.samverka.core.actions.OwnerNames;
import se.samverka.core.actions.OwnersText;
import se.samverka.core.chat.Reply;
import se.samverka.core.domain.Member;
import se.samverka.core.domain.Role;
import se.samverka.core.engine.Ctx;
import se.samverka.core.justering.Lock;
import se.samverka.core.group.Roster;
import se.samverka.core.port.RecordChanges;
import se.samverka.core.record.Permissions;
import se.samverka.core.record.RecordRef;

/** ångra / undo (the member's own last change in the group), historik / history, behörighet / permissions. */
public final class UndoCommands {
    /** How long a change can be taken back. */
    static final Duration UNDO_WITHIN = Duration.ofHours(24);

    private UndoCommands() {}

    public static Reply undo(Ctx ctx) {
        Member actor = ctx.requireMember();
        if (!ctx.args.isBlank()) throw ctx.reject("undo.noArgs", ctx.args);
        RecordChanges.Entry last = ctx.store.changes().lastOf(ctx.scope, actor.id())
                .orElseThrow(() -> ctx.refuse("undo.nothing"));
        RecordChanges.Stored row = ctx.store.changes().byId(ctx.scope, last.kind(), last.refId()).orElseThrow();
        String label = RecordTargets.label(ctx, last.kind(), row);
        Lock.requireOpen(ctx, last.kind(), row, label);
        String described = describe(ctx, last, label); // before the undo: the record as the change left it
        if (last.at().isBefore(ctx.now.minus(UNDO_WITHIN))) {
            throw ctx.refuse("undo.tooOld", asMade(ctx, last, label, described), when(ctx, last));
        }
        // someone else changed the record since (the actor's own later changes would be the last one): taking this
        // back would throw their change away, so the record stays as it is
        boolean changedSince = ctx.store.changes().history(ctx.scope, last.kind(), last.refId()).stream()
                .anyMatch(e -> e.id() > last.id() && e.undoneAt().isEmpty());
        if (!changedSince && last.change() == RecordChanges.Change.ADD) {
            RecordTargets.requireEmptyPoint(ctx, last.kind(), last.refId(), label);
        }
        boolean applied = !changedSince && switch (last.change()) {
            case ADD -> ctx.store.changes().remove(ctx.scope, last.kind(), last.refId(), Optional.of(actor.id()), ctx.now);
            case REMOVE -> ctx.store.changes().restore(ctx.scope, last.kind(), last.refId());
            case EDIT -> takeBackEdit(ctx, last);
        };
        ctx.store.changes().undone(ctx.scope, last.id(), ctx.now);
        ctx.audit("record.undo", last.change().name().toLowerCase(Locale.ROOT) + " " + label);
        if (!applied) return Reply.builder().text(ctx.t.get("undo.stale", described)).ok();
        return Reply.builder().text(ctx.t.get("undo.done", described)).ok();
    }

    private static boolean takeBackEdit(Ctx ctx, RecordChanges.Entry edit) {
        String before = edit.before().orElseThrow();
        if (edit.kind() != RecordChanges.Kind.ACTION) {
            return ctx.store.changes().setText(ctx.scope, edit.kind(), edit.refId(), before);
        }
        OwnersText owners = OwnersText.parse(edit.beforeOwners().orElseThrow());
        return ctx.store.actions().change(ctx.scope, edit.refId(), before, owners.members(), owners.organisations(),
                edit.beforeDue().map(LocalDate::parse));
    }

    /** "ändring av D3 (”Bjuda in AF” → ”Bjuda in AF och FK”)": what a change did, for ångra's reply. */
    private static String describe(Ctx ctx, RecordChanges.Entry change, String label) {
        return switch (change.change()) {
            case ADD -> change.kind() == RecordChanges.Kind.AGENDA || change.kind() == RecordChanges.Kind.STANDING
                    ? ctx.t.get("undo.ofAddNamed", label) // the label is the item's text already
                    : ctx.t.get("undo.ofAdd", label, EditCommands.oneLine(change.after().orElse("")));
            case EDIT -> edit(ctx, "undo.ofEdit", change, label);
            case REMOVE -> ctx.t.get("undo.ofRemove", label, EditCommands.oneLine(change.before().orElse("")));
        };
    }

    /** The change as it was made, not as taking it back would leave it: for the refusal of one too old to undo. */
    private static String asMade(Ctx ctx, RecordChanges.Entry change, String label, String undoing) {
        return switch (change.change()) {
            case ADD -> undoing;
            case EDIT -> edit(ctx, "undo.editMade", change, label);
            case REMOVE -> ctx.t.get("undo.removalMade", label, EditCommands.oneLine(change.before().orElse("")));
        };
    }

    /**
     * An action item as an edit found it — "bokar lokal — Amina Boulaabi — senast 20 nov" — so that an edit of the
     * owners or the due date alone says what changed (the task is the same on both sides).
     */
    /** An edit as "{label} from {before} to {after}" in the text {@code key}: an action item by task, owners and date. */
    private static String edit(Ctx ctx, String key, RecordChanges.Entry change, String label) {
        String after = EditCommands.oneLine(change.after().orElse(""));
        if (change.kind() == RecordChanges.Kind.ACTION) {
            return ctx.t.get(key, label, actionBefore(ctx, change), actionNow(ctx, change.refId()).orElse(after));
        }
        return ctx.t.get(key, label, EditCommands.oneLine(change.before().orElse("")), after);
    }

    private static String actionBefore(Ctx ctx, RecordChanges.Entry edit) {
        OwnersText owners = OwnersText.parse(edit.beforeOwners().orElse(""));
        List<String> names = new ArrayList<>(owners.members().stream()
                .map(id -> ctx.store.members().byId(ctx.scope, id).map(Member::name).orElse(ctx.t.get("history.unknown")))
                .toList());
        owners.organisations().forEach(o -> names.add(OwnerNames.name(o, ctx.t)));
        return actionLine(ctx, EditCommands.oneLine(edit.before().orElse("")), names, edit.beforeDue().map(LocalDate::parse));
    }

    /** The action item as it stands now, in the same words; empty when it is gone. */
    private static Optional<String> actionNow(Ctx ctx, long actionId) {
        return ctx.store.changes().byId(ctx.scope, RecordChanges.Kind.ACTION, actionId)
                .flatMap(row -> ctx.store.actions().byNumber(ctx.scope, row.number()))
                .map(a -> actionLine(ctx, EditCommands.oneLine(a.task()), OwnerNames.of(a, ctx.t), a.due()));
    }

    private static String actionLine(Ctx ctx, String task, List<String> owners, Optional<LocalDate> due) {
        StringBuilder out = new StringBuilder(task);
        if (!owners.isEmpty()) out.append(" — ").append(String.join(", ", owners));
        due.ifPresent(d -> out.append(" — ").append(ctx.t.get("actions.dueShort", ctx.t.shortDate(d)
                + (d.getYear() != ctx.today().getYear() ? " " + d.getYear() : ""))));
        return out.toString();
    }

    private static String when(Ctx ctx, RecordChanges.Entry change) {
        ZonedDateTime at = change.at().atZone(ctx.group.zone());
        return ctx.t.shortDate(at.toLocalDate()) + " " + ctx.t.get("history.time", at.getHour(), String.format("%02d", at.getMinute()));
    }

    public static Reply history(Ctx ctx) {
        RecordRef ref = RecordTargets.ref(ctx);
        RecordTargets.Found found = RecordTargets.findAny(ctx, ref);
        List<RecordChanges.Entry> entries = ctx.store.changes().history(ctx.scope, found.kind(), found.row().id());
        Reply.Builder reply = Reply.builder().heading(ctx.t.get("history.heading", found.label()));
        String now = (found.kind() == RecordChanges.Kind.ACTION && found.row().removedAt().isEmpty()
                ? actionNow(ctx, found.row().id()) : Optional.<String>empty())
                .orElse(EditCommands.oneLine(found.row().text()));
        reply.text(found.row().removedAt().isPresent()
                ? ctx.t.get("history.removed", now)
                : ctx.t.get("history.now", now));
        if (entries.isEmpty()) return reply.context(ctx.t.get("history.none")).ok();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            RecordChanges.Entry e = entries.get(i);
            String who = e.actorId().flatMap(id -> ctx.store.members().byId(ctx.scope, id)).map(Member::name)
                    .orElse(ctx.t.get("history.unknown"));
            String what = switch (e.change()) {
                case ADD -> ctx.t.get("history.added", EditCommands.oneLine(e.after().orElse("")));
                case EDIT -> found.kind() == RecordChanges.Kind.ACTION
                        ? actionEdited(ctx, e, entries.subList(i + 1, entries.size()))
                        : ctx.t.get("history.edited", EditCommands.oneLine(e.before().orElse("")),
                                EditCommands.oneLine(e.after().orElse("")));
                case REMOVE -> ctx.t.get("history.removedBy");
            };
            lines.add(when(ctx, e) + " " + who + ": " + what
                    + e.undoneAt().map(u -> " " + ctx.t.get("history.undone")).orElse(""));
        }
        return reply.items(lines, false).ok();
    }

    /**
     * An action item's edit with its owners and due date on both sides: what the next edit found, or the item as it
     * stands when this edit is the last one still in force; only the task when neither says (an edit taken back).
     */
    private static String actionEdited(Ctx ctx, RecordChanges.Entry edit, List<RecordChanges.Entry> later) {
        Optional<String> after = later.stream().filter(l -> l.change() == RecordChanges.Change.EDIT)
                .filter(l -> edit.undoneAt().map(l.at()::isBefore).orElse(true)).findFirst() // made while this edit stood
                .map(next -> actionBefore(ctx, next))
                .or(() -> edit.undoneAt().isPresent() ? Optional.empty() : actionNow(ctx, edit.refId()));
        return after.map(a -> ctx.t.get("history.edited", actionBefore(ctx, edit), a))
                .orElseGet(() -> ctx.t.get("history.editedFrom", actionBefore(ctx, edit)));
    }

    /** behörighet [öppen|standard]: shows the mode, or (the chair) sets it. */
    public static Reply permissions(Ctx ctx) {
        String arg = ctx.args.strip().toLowerCase(Locale.ROOT);
        Optional<String> mode = switch (arg) {
            case "" -> Optional.empty();
            case "öppen", "öppet", "open" -> Optional.of(Permissions.OPEN);
            case "standard", "default" -> Optional.of(Permissions.STANDARD);
            default -> throw ctx.reject("permissions.which", ctx.args);
        };
        if (mode.isEmpty()) {
            boolean open = Permissions.of(ctx.store.settings().get(ctx.scope, Permissions.SETTING)).open();
            return Reply.builder().text(ctx.t.get(open ? "permissions.isOpen" : "permissions.isStandard")).ok();
        }
        Member actor = ctx.requireMember();
        List<Member> chairs = ctx.roster().members().stream().filter(m -> m.role() == Role.CHAIR).toList();
        if (actor.role() != Role.CHAIR && !(chairs.isEmpty() && ctx.manages(actor))) {
            throw ctx.refuse("permissions.chairOnly", chairs.isEmpty() ? ctx.managersText() : Roster.listNames(chairs));
        }
        ctx.store.settings().set(ctx.scope, Permissions.SETTING, mode.get());
        ctx.audit("permissions", mode.get());
        return Reply.builder().text(ctx.t.get(mode.get().equals(Permissions.OPEN) ? "permissions.setOpen"
                : "permissions.setStandard")).ok();
    }
}
