package se.samverka.core.actions;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.samverka.core.chat.Button;
import se.samverka.core.chat.Reply;
import se.samverka.core.command.Verb;
import se.samverka.core.domain.Lang;
import se.samverka.core.domain.Member;
import se.samverka.core.engine.Ctx;
import se.samverka.core.group.Roster;

/**
 * A plain sentence that is no command but reads like an action item — members of the group, then "ska", "skall",
 * "kommer att", "will" or "to" ("Boel och Amina ska kolla upp … till nästa möte") — is proposed as one, to confirm with a
 * button: the bot is not sure enough to record it unasked.
 */
public final class SentenceCommands {
    private static final Set<String> WILL = Set.of("ska", "skall", "will", "should", "shall", "to");

    private SentenceCommands() {}

    public static Optional<Reply> actionMeant(Ctx ctx) {
        String sentence = ctx.args.replaceAll("\\s+", " ").replaceAll("[.!]+$", "");
        if (!(ctx.roster().leadingOwners(sentence) instanceof Roster.Owners owners)) return Optional.empty();
        String[] rest = owners.rest().strip().split(" ", 2);
        boolean willDo = WILL.contains(rest[0].toLowerCase(Locale.ROOT))
                || owners.rest().strip().toLowerCase(Locale.ROOT).startsWith("kommer att ");
        if (owners.members().isEmpty() || !willDo || rest.length < 2 || rest[1].split(" ").length < 2) return Optional.empty();
        String who = owners.members().stream().map(Member::firstName)
                .collect(Collectors.joining(ctx.lang == Lang.EN ? " and " : " och "));
        String command = Verb.ACTION.word(ctx.lang) + " " + sentence;
        return Optional.of(Reply.builder().text(ctx.t.get("sentence.actionMeant", who, sentence))
                .entry(ctx.t.get("decision.confirmWith", command),
                        new Button(ctx.t.get("button.confirm"), command, Button.Kind.CONFIRM),
                        new Button(ctx.t.get("button.edit"), command, Button.Kind.EDIT))
                .context(ctx.t.get("sentence.actionMeantHint", Verb.ACTION.word(ctx.lang)))
                .ok());
    }
}
