package se.samverka.core.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** A person on a group's roster. */
public record Member(long id, String name, Optional<String> organisation, Optional<String> email, Role role) {
    public Member {
        Objects.requireNonNull(name, "name");
        organisation = Objects.requireNonNull(organisation, "organisation").filter(s -> !s.isBlank());
        email = Objects.requireNonNull(email, "email").filter(s -> !s.isBlank());
        Objects.requireNonNull(role, "role");
    }

    public String firstName() {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    /** "Falkenberg: Tor Jacobsen", the way minutes list participants. */
    public String withOrganisation() {
        return organisation.map(org -> org + ": " + name).orElse(name);
    }

    public boolean sameNameAs(String other) {
        return name.toLowerCase(Locale.ROOT).equals(other.strip().toLowerCase(Locale.ROOT));
    }
}
