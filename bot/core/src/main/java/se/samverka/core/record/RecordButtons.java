package se.samverka.core.record;

import java.util.List;
import se.samverka.core.chat.Button;
import se.samverka.core.command.Verb;
import se.samverka.core.engine.Ctx;

/** "Ändra" and "Ta bort" under a decision or an action item in a reply. */
public final class RecordButtons {
    private RecordButtons() {}

    /**
     * @param ref  the record as a command names it ("D3", "åtgärd 4")
     * @param text its text as the edit command takes it, offered to change
     */
    public static List<Button> of(Ctx ctx, String ref, String text) {
        return List.of(
                new Button(ctx.t.get("button.edit"), Verb.EDIT.word(ctx.lang) + " " + ref + ": " + text, Button.Kind.EDIT),
                new Button(ctx.t.get("button.delete"), Verb.DELETE.word(ctx.lang) + " " + ref, Button.Kind.RUN));
    }
}
