package se.samverka.core.actions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import se.samverka.core.chat.Button;
import se.samverka.core.chat.Reply;
import se.samverka.core.command.Verb;
import se.samverka.core.domain.Member;
import se.samverka.core.engine.Ctx;
import se.samverka.core.group.Roster;

/**
 * An action item whose owner stands inside its text with no mark around it ("Till nästa möte tar Boel fram ett
 * förslag", "Sedan ringer Lovisa AF"): the bot is not sure, so it asks "menade du …?" with the item written the way
 * it reads for certain (", ansvarig: Boel") on a button, and stores nothing. A name after a preposition ("skicka
 * underlaget till Anna") or right after the first word ("ring Anna") is who the task concerns, not who does it.
 */
final class OwnerGuess {
    private static final Set<String> NOT_AFTER = Set.of("till", "to", "med", "with", "för", "for", "hos", "från", "from",
            "åt", "om", "about", "av", "by", "och", "and", "samt", "eller", "or", "cc", "än", "than", "via", "inför");

    private OwnerGuess() {}

    static Optional<Reply> meant(Ctx ctx, String text) {
        String[] words = text.strip().replaceAll("\\s+", " ").split(" ");
        List<Member> found = new ArrayList<>();
        int at = -1;
        for (int i = 2; i < words.length; i++) {
            if (NOT_AFTER.contains(words[i - 1].toLowerCase(Locale.ROOT))) continue;
            String word = words[i].replaceAll("[,;:.!?)]+$", "");
            if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) continue;
            if (ctx.roster().find(word) instanceof Roster.Lookup.Found f && f.member().firstName().equalsIgnoreCase(word)
                    && found.stream().noneMatch(m -> m.id() == f.member().id())) {
                found.add(f.member());
                at = i;
            }
        }
        if (found.size() != 1) return Optional.empty();
        List<String> rest = new ArrayList<>(Arrays.asList(words));
        String full = found.get(0).name();
        if (at + 1 < rest.size() && full.endsWith(" " + rest.get(at + 1).replaceAll("[,;:.!?)]+$", ""))) rest.remove(at + 1);
        String removed = rest.remove(at);
        if (removed.matches(".*[,;.]$") && at > 0) rest.set(at - 1, rest.get(at - 1) + removed.substring(removed.length() - 1));
        String task = String.join(" ", rest).replaceAll("[.!]+$", "");
        String who = found.get(0).firstName();
        String command = Verb.ACTION.word(ctx.lang) + " " + task + ", " + ctx.t.get("action.ownerLabel") + ": " + who;
        return Optional.of(Reply.builder().text(ctx.t.get("action.ownerGuess", who, text.strip()))
                .entry(ctx.t.get("decision.confirmWith", command),
                        new Button(ctx.t.get("button.confirm"), command, Button.Kind.CONFIRM),
                        new Button(ctx.t.get("button.edit"), command, Button.Kind.EDIT))
                .context(ctx.t.get("sentence.actionMeantHint", Verb.ACTION.word(ctx.lang)))
                .ok());
    }
}
