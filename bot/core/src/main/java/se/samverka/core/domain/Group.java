package se.samverka.core.domain;

import java.time.ZoneId;
import java.util.Objects;

/** A strategic group: its name, time zone and language. */
public record Group(GroupScope scope, String name, ZoneId zone, Lang lang) {
    public Group {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(lang, "lang");
    }
}
