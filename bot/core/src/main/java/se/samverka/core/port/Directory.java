package se.samverka.core.port;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An organisation's directory (Microsoft 365 groups and teams through Graph), to fill a roster from. */
public interface Directory {

    /** One member of a directory group. */
    record Person(String name, Optional<String> email, Optional<String> organisation, String directoryId) {
        public Person {
            Objects.requireNonNull(name, "name");
            email = Objects.requireNonNull(email, "email").filter(s -> !s.isBlank());
            organisation = Objects.requireNonNull(organisation, "organisation").filter(s -> !s.isBlank());
            Objects.requireNonNull(directoryId, "directoryId");
        }
    }

    /** A group found in the directory and its members. */
    record Found(String name, List<Person> people) {
        public Found {
            Objects.requireNonNull(name, "name");
            people = List.copyOf(people);
        }
    }

    /** The platform whose user ids are the directory's ids (members are linked to them), e.g. "teams". */
    String platform();

    /**
     * The members of the group or team with this display name, mail nickname or id; empty when there is none.
     * Throws {@link DeliveryException} when the directory cannot be reached.
     */
    Optional<Found> members(String groupNameOrId);
}
