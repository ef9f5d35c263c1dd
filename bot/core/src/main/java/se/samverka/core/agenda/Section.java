package se.samverka.core.agenda;

import java.util.Objects;

/** A heading on a meeting's agenda ("Erfarenhetsutbyte:") that groups the meeting's items after it. */
public record Section(long id, String title, int position) {
    public Section {
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) throw new IllegalArgumentException("a section needs a title");
    }
}
