package se.samverka.core.group;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.samverka.core.chat.Reply;
import se.samverka.core.command.Grammar;
import se.samverka.core.command.Verb;
import se.samverka.core.text.Texts;

/** hjälp, and hjälp per command. */
public final class HelpCommands {
    private HelpCommands() {}

    public static Reply help(Texts t, String args) {
        if (!args.isBlank()) {
            Optional<Grammar.Parsed> parsed = Grammar.parse(args);
            if (parsed.isEmpty()) {
                return Reply.builder().text(t.get("help.unknown", args)).context(t.get("help.more")).rejected();
            }
            return usage(t, parsed.get().verb());
        }
        List<String> lines = new ArrayList<>();
        for (Verb verb : Verb.values()) {
            lines.add(t.get(verb.key() + ".usage") + " — " + t.get(verb.key() + ".desc"));
        }
        return Reply.builder().heading(t.get("help.heading")).items(lines, false).context(t.get("help.more")).ok();
    }

    static Reply usage(Texts t, Verb verb) {
        return Reply.builder().heading(t.get(verb.key() + ".usage")).text(t.get(verb.key() + ".desc"))
                .context(t.get("help.example", t.get(verb.key() + ".example"))).ok();
    }
}
