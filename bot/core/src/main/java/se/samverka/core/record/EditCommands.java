package se.samverka.core.record;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
import se.samverka.core.actions.ActionCommands;
import se.samverka.core.actions.OwnersText;
import se.samverka.core.agenda.AgendaCommands;
import se.samverka.core.agenda.AgendaView;
import se.samverka.core.chat.Reply;
import se.samverka.core.command.Verb;
import se.samverka.core.domain.ActionItem;
import se.samverka.core.domain.Member;
import se.samverka.core.engine.Ctx;
import se.samverka.core.port.RecordChanges;
import se.samverka.core.record.NoteText;
import se.samverka.core.record.RecordRef;
import se.samverka.core.time.DateMatch;

/**
 * ändra / edit and ta bort / delete: corrects a record's text (an action item's owners and due date read again as
 * {@code åtgärd} reads them) or removes it softly. Every change is written to the record's history, so that its
 * author's {@code ångra} can take it back.
 */
public final class EditCommands {
    private EditCommands() {}

    public static Reply edit(Ctx ctx) {
        Member actor = ctx.requireMember();
        RecordRef ref = RecordTargets.ref(ctx);
        String written = ref.text().orElseThrow(() -> ctx.reject("edit.needColon"));
        RecordTargets.Found found = RecordTargets.find(ctx, ref);
        RecordTargets.permit(ctx, actor, found);
        if (found.kind() == RecordChanges.Kind.ACTION) return editAction(ctx, found, written);
        String text = text(ctx, found.kind(), written);
        if (text.equals(found.row().text())) throw ctx.refuse("edit.same", found.label());
        if (!ctx.store.changes().setText(ctx.scope, found.kind(), found.row().id(), text)) {
            throw new IllegalStateException("record changed under the command: " + found.label());
        }
        ctx.store.changes().log(ctx.scope, ctx.actorId(), ctx.now, RecordChanges.Logged.of(found.kind(),
                RecordChanges.Change.EDIT, found.row().id(), Optional.of(found.row().text()), Optional.of(text)));
        ctx.audit("record.edit", found.label());
        return Reply.builder().text(ctx.t.get("edit.done", found.label()))
                .items(NoteText.paragraphs(text), false)
                .context(ctx.t.get("edit.was", oneLine(found.row().text())))
                .context(ctx.t.get("edit.undoHint", Verb.UNDO.word(ctx.lang))).ok();
    }

    /** ändra åtgärd 4: Boel och Tor … till 10 december — task, owners and due date all read again. */
    private static Reply editAction(Ctx ctx, RecordTargets.Found found, String written) {
        ActionItem before = ctx.store.actions().byNumber(ctx.scope, found.row().number()).orElseThrow();
        ActionCommands.ActionText read = ActionCommands.actionText(ctx, written,
                before.meetingId().flatMap(id -> ctx.store.meetings().byId(ctx.scope, id))); // its meeting's guests may own it
        Optional<LocalDate> due = read.due().map(DateMatch::date);
        OwnersText owners = new OwnersText(read.owners().stream().map(Member::id).toList(), read.organisations());
        if (read.task().equals(before.task()) && due.equals(before.due()) && owners.same(before)) {
            throw ctx.refuse("edit.same", found.label());
        }
        ctx.store.actions().change(ctx.scope, before.id(), read.task(), owners.members(), owners.organisations(), due);
        ctx.store.changes().log(ctx.scope, ctx.actorId(), ctx.now, new RecordChanges.Logged(RecordChanges.Kind.ACTION,
                RecordChanges.Change.EDIT, before.id(), Optional.of(before.task()), Optional.of(read.task()),
                Optional.of(OwnersText.of(before)), before.due().map(LocalDate::toString)));
        ctx.audit("record.edit", found.label());
        ActionItem after = ctx.store.actions().byNumber(ctx.scope, before.number()).orElseThrow();
        return Reply.builder().text(ctx.t.get("edit.done", found.label()))
                .add(ActionCommands.editableEntry(ctx, after))
                .context(ctx.t.get("edit.was", ActionCommands.line(ctx, before)))
                .context(ctx.t.get("edit.undoHint", Verb.UNDO.word(ctx.lang))).ok();
    }

    public static Reply delete(Ctx ctx) {
        Member actor = ctx.requireMember();
        RecordRef ref = RecordTargets.ref(ctx);
        if (ref.text().isPresent()) throw ctx.reject("delete.noText", ctx.args);
        RecordTargets.Found found = RecordTargets.find(ctx, ref);
        RecordTargets.permit(ctx, actor, found);
        RecordTargets.requireEmptyPoint(ctx, found.kind(), found.row().id(), found.label());
        if (found.kind() == RecordChanges.Kind.AGENDA) { // a sent agenda keeps its numbers: the removed point leaves a gap
            ctx.meetings().currentOrNext().ifPresent(m -> AgendaView.fixNumbers(ctx.store, ctx.scope, m, ctx.now));
        }
        if (!ctx.store.changes().remove(ctx.scope, found.kind(), found.row().id(), Optional.of(actor.id()), ctx.now)) {
            throw new IllegalStateException("record removed under the command: " + found.label());
        }
        ctx.store.changes().log(ctx.scope, ctx.actorId(), ctx.now, RecordChanges.Logged.of(found.kind(),
                RecordChanges.Change.REMOVE, found.row().id(), Optional.of(found.row().text()), Optional.empty()));
        ctx.audit("record.remove", found.label());
        return Reply.builder().text(ctx.t.get("delete.done", found.label(), oneLine(found.row().text())))
                .context(ctx.t.get("delete.kept", Verb.HISTORY.word(ctx.lang)))
                .context(ctx.t.get("edit.undoHint", Verb.UNDO.word(ctx.lang))).ok();
    }

    /** The new text checked as a new record of the kind is checked. */
    private static String text(Ctx ctx, RecordChanges.Kind kind, String written) {
        if (written.replaceAll("[\\s:.,;-]", "").isEmpty()) throw ctx.reject("edit.needText");
        String text = kind == RecordChanges.Kind.NOTE ? NoteText.clean(written) : written.strip().replaceAll("\\s+", " ");
        Optional<String> command = NoteText.commandWord(text);
        if (command.isPresent()) throw ctx.reject("edit.commandWord", command.get());
        if (kind == RecordChanges.Kind.NOTE) {
            if (text.length() > NoteText.MAX) throw ctx.reject("text.tooLong", NoteText.MAX, text.length());
            return text;
        }
        return AgendaCommands.checkText(ctx, text, "edit.needText");
    }

    static String oneLine(String text) {
        String line = text.replace('\n', ' ');
        return line.length() > 120 ? line.substring(0, 120) + "…" : line;
    }
}
