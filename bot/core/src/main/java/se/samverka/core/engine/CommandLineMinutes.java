package se.samverka.core.engine;

import java.time.Clock;
import java.util.Optional;
import se.samverka.core.chat.ChatUser;
import se.samverka.core.chat.ConversationRef;
import se.samverka.core.chat.Incident;
import se.samverka.core.chat.IncomingCommand;
import se.samverka.core.chat.Reply;
import se.samverka.core.command.Verb;
import se.samverka.core.domain.Group;
import se.samverka.core.domain.Lang;
import se.samverka.core.port.Store;
import se.samverka.core.minutes.MinutesWriter;
import se.samverka.core.text.Texts;
import se.samverka.core.time.DateProblem;

/** {@code samverka minutes}: a meeting's minutes for the command line, as the chat's {@code protokoll} writes them. */
final class CommandLineMinutes {
    private CommandLineMinutes() {}

    /**
     * The minutes of a meeting of the group ({@code meeting} as a user names it: a date, "förra", "nästa"; blank for
     * the latest held): a reply with the Markdown document, or a refusal that says why. Never throws.
     */
    static Reply of(Store store, Settings settings, Clock clock, Group group, String meeting) {
        Lang lang = group.lang();
        try {
            return store.transactions().inTransaction(() -> {
                IncomingCommand in = new IncomingCommand(new ConversationRef("cli", "local", "minutes"),
                        new ChatUser("cli", "Samverka", Optional.empty(), true), Verb.MINUTES.word(lang) + " " + meeting);
                Ctx ctx = new Ctx(in, Verb.MINUTES, meeting.strip(), lang, store, group, Optional.empty(), clock.instant(),
                        settings, Optional.empty(), Optional.empty());
                return MinutesWriter.minutes(ctx);
            }, r -> false);
        } catch (Rejected rejected) {
            return Reply.builder().text(Texts.of(lang).get(rejected.key(), rejected.args())).rejected();
        } catch (DateProblem problem) {
            return Reply.builder().text(Texts.of(lang).get(problem.key(), problem.fragment())).rejected();
        } catch (RuntimeException e) {
            return Incident.reply("minutes failed: group=" + group.name(), lang, e);
        }
    }
}
