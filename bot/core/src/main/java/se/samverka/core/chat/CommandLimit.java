package se.samverka.core.chat;

import se.samverka.core.command.Grammar;
import se.samverka.core.domain.Lang;
import se.samverka.core.text.Texts;

/**
 * The longest command the bot reads. Every entry (the engine, the Slack and Teams adapters) checks a text against it
 * before it parses or matches anything in it, so that a huge line costs no more than its length and no worker's time.
 */
public final class CommandLimit {
    /** In characters, of the text as it arrived. */
    public static final int MAX_LENGTH = 4000;
    /**
     * The most people one command may mention (more than a group has members): a command mentioning more is
     * refused before anyone is looked up, so that one line cannot make thousands of calls to the platform.
     */
    public static final int MAX_MENTIONS = 25;

    private CommandLimit() {}

    public static boolean exceeded(String text) {
        return text != null && text.length() > MAX_LENGTH;
    }

    /** The refusal of a text that is too long, in the language of its command word (only its first words are read). */
    public static Reply refusal(String text, Lang fallback) {
        String head = text.length() <= 100 ? text : text.substring(0, 100);
        Lang lang = Grammar.parse(head).map(Grammar.Parsed::lang).orElse(fallback);
        return Reply.builder().text(Texts.of(lang).get("error.tooLong", MAX_LENGTH)).rejected();
    }
}
