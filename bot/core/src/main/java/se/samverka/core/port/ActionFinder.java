package se.samverka.core.port;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the action items in free text ("Boel och Amina kollar upp …", "Vi beslöt att Joakim slutför …",
 * "… till Monika som lägger upp dem"): the minutes understanding, offered to the command engine for decisions.
 */
public interface ActionFinder {

    /**
     * One action item as the text says it.
     *
     * @param owners   the owners as written (first names, full names, an organisation)
     * @param task     the task, from its verb on
     * @param due      the deadline, when the text gives one
     * @param sentence the sentence it came from
     */
    record Found(List<String> owners, String task, Optional<LocalDate> due, String sentence) {
        public Found {
            owners = List.copyOf(owners);
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(sentence, "sentence");
        }
    }

    /**
     * @param names the people who may own items (the roster: full and first names)
     * @param organisations the organisations that stand for a member ("Laholm")
     * @param today what year-less dates are counted from
     */
    List<Found> actions(String text, Collection<String> names, Collection<String> organisations, LocalDate today);
}
