package se.samverka.core.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * An organisation that owns an action item: one on the roster ("Länsstyrelsen"), every municipality ("alla
 * kommuner") or everyone in the group ("alla").
 */
public record OrganisationOwner(Kind kind, Optional<String> organisation) {
    public enum Kind { ORGANISATION, MUNICIPALITIES, EVERYONE }

    public OrganisationOwner {
        Objects.requireNonNull(kind, "kind");
        organisation = Objects.requireNonNull(organisation, "organisation").map(String::strip).filter(s -> !s.isEmpty());
        if ((kind == Kind.ORGANISATION) != organisation.isPresent()) {
            throw new IllegalArgumentException("an organisation owner names its organisation, and only then: " + kind);
        }
    }

    public static OrganisationOwner of(String organisation) {
        return new OrganisationOwner(Kind.ORGANISATION, Optional.of(organisation));
    }

    public static OrganisationOwner everyone() {
        return new OrganisationOwner(Kind.EVERYONE, Optional.empty());
    }

    public static OrganisationOwner municipalities() {
        return new OrganisationOwner(Kind.MUNICIPALITIES, Optional.empty());
    }

    /** Whether a member of this organisation (or of none) is among the owners. */
    public boolean includes(Member member) {
        return switch (kind) {
            case EVERYONE -> true;
            case MUNICIPALITIES -> member.organisation().filter(Organisations::isMunicipality).isPresent();
            case ORGANISATION -> member.organisation().filter(o -> o.equalsIgnoreCase(organisation.get())).isPresent();
        };
    }
}
