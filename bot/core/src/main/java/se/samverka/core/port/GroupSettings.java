package se.samverka.core.port;

import java.util.Optional;
import se.samverka.core.domain.GroupScope;

/** A group's own settings, by name ("digest.day", "digest.time", "digest.on"). */
public interface GroupSettings {
    Optional<String> get(GroupScope group, String name);

    void set(GroupScope group, String name, String value);
}
