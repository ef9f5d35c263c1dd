package se.samverka.core.chat;

import java.util.Objects;
import java.util.Optional;

/**
 * A button under a line of a reply. Pressing it runs {@code command} as if the user had typed it, in the same
 * channel, or in {@code channelId} when the reply is shown outside any channel (a home page).
 *
 * @param label   what the button says
 * @param command the command text it runs ("klar 4"); for {@link Kind#EDIT} the text to offer for editing; for
 *                {@link Kind#LINK} the address it opens
 * @param kind    how it behaves
 */
public record Button(String label, String command, Kind kind, Optional<String> channelId) {

    /** What pressing the button does. */
    public enum Kind {
        /** Runs the command. */
        RUN,
        /** Runs the command; shown as the main choice. */
        CONFIRM,
        /** Opens the command text for editing before it is run. */
        EDIT,
        /** Opens the web address in {@code command} (a page of the bot's); runs nothing. Teams shows it as Action.OpenUrl. */
        LINK
    }

    public Button {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(channelId, "channelId");
    }

    public Button(String label, String command, Kind kind) {
        this(label, command, kind, Optional.empty());
    }

    public Button in(String channel) {
        return new Button(label, command, kind, Optional.of(channel));
    }
}
