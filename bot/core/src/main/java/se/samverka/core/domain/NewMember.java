package se.samverka.core.domain;

import java.util.Objects;
import java.util.Optional;

/** A member about to be added (or updated, when the name is already on the roster). */
public record NewMember(String name, Optional<String> organisation, Optional<String> email, Role role) {
    public NewMember {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(role, "role");
    }
}
