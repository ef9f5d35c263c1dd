package se.samverka.core.chat;

import java.util.Objects;
import java.util.Optional;

/**
 * The person behind a command, as the platform knows them.
 *
 * @param id          the platform's user id (stable)
 * @param displayName what the platform shows
 * @param email       the e-mail address, when the platform tells it
 * @param nameTrusted true only where the name cannot be forged (the local console run by its operator):
 *                    then an unlinked roster member with exactly this name is linked to the user
 */
public record ChatUser(String id, String displayName, Optional<String> email, boolean nameTrusted) {
    public ChatUser {
        id = ConversationRef.Checks.notBlank(id, "id");
        displayName = Objects.requireNonNullElse(displayName, id);
        email = Objects.requireNonNull(email, "email").filter(e -> !e.isBlank());
    }
}
