package se.samverka.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.samverka.core.domain.GroupScope;

/**
 * The group's history read for the web pages, each list in one query (no query per row): the decision register with
 * its filters, and the action items with their owners' organisations.
 */
public interface Archive {

    /**
     * A decision with where it was taken: the meeting (its start and place) and the agenda point; its § once the
     * meeting's minutes (or the decision itself, omedelbart) are justerade.
     */
    record DecisionRow(long id, int number, String text, Instant recordedAt, Optional<Long> meetingId,
                       Optional<Instant> meetingStart, Optional<String> place, Optional<String> point,
                       Optional<Justering.Paragraph> paragraph) {
        /** When it was decided: the meeting's start, else when it was recorded. */
        public Instant decidedAt() {
            return meetingStart.orElse(recordedAt);
        }
    }

    /**
     * What the register is filtered by: decided in [from, until), an organisation (a member of it owns an action item
     * of the decision, or the decision names it), and words (full text as the chat searches: 3+ characters anywhere in
     * the text, a shorter word as the start of a word).
     */
    /**
     * @param paragraph a decision's § ("§ 3/2026"; the year may be left out as 0): only justerade decisions have one to find
     */
    record DecisionFilter(Optional<Instant> from, Optional<Instant> until, Optional<String> organisation, List<String> words,
                          Optional<Justering.Paragraph> paragraph) {
        public DecisionFilter {
            words = List.copyOf(words);
        }

        public DecisionFilter(Optional<Instant> from, Optional<Instant> until, Optional<String> organisation, List<String> words) {
            this(from, until, organisation, words, Optional.empty());
        }

        public static DecisionFilter all() {
            return new DecisionFilter(Optional.empty(), Optional.empty(), Optional.empty(), List.of());
        }
    }

    /** Newest first. */
    List<DecisionRow> decisions(GroupScope group, DecisionFilter filter, int limit);

    Optional<DecisionRow> decision(GroupScope group, long decisionId);

    /** The instants of every decision (for the list of years), newest first. */
    List<Instant> decisionTimes(GroupScope group);

    /** Who came to or sent apologies for the meetings that started in [from, until), by meeting. */
    List<se.samverka.core.domain.Attendance> attendance(GroupScope group, Instant from, Instant until);
}
