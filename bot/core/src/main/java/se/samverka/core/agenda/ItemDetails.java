package se.samverka.core.agenda;

import java.util.Objects;
import java.util.Optional;

/**
 * What an agenda item says beyond its text: the item it is a sub-item of, who presents it and for how many
 * minutes, whether (a standing item) it closes every agenda, and where it was tabled from or to.
 */
public record ItemDetails(long itemId, Optional<Long> parentId, Optional<String> presenter, Optional<Integer> minutes,
                          boolean closing, Optional<Long> tabledFrom, Optional<Long> tabledTo) {
    public ItemDetails {
        Objects.requireNonNull(parentId, "parentId");
        presenter = Objects.requireNonNull(presenter, "presenter").map(String::strip).filter(p -> !p.isEmpty());
        Objects.requireNonNull(minutes, "minutes");
        if (minutes.isPresent() && (minutes.get() < 1 || minutes.get() > Timing.MAX_MINUTES)) {
            throw new IllegalArgumentException("minutes out of range: " + minutes.get());
        }
        Objects.requireNonNull(tabledFrom, "tabledFrom");
        Objects.requireNonNull(tabledTo, "tabledTo");
    }

    /** An item with nothing more than its text. */
    public static ItemDetails plain(long itemId) {
        return new ItemDetails(itemId, Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty(),
                Optional.empty());
    }
}
