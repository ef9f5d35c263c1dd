package se.samverka.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.samverka.core.domain.GroupScope;

/**
 * The record of a meeting as it changes: each add, edit and removal of a decision, action item, agenda item,
 * standing item, note or laget runt report (who, when, the text before and after), and the soft removal and
 * restoring of those rows. A removed row stays in the database and in its history, but no view reads it.
 */
public interface RecordChanges {
    enum Kind { DECISION, ACTION, AGENDA, STANDING, NOTE, ROUND }

    enum Change { ADD, EDIT, REMOVE }

    /** One row of a record's history; {@code beforeOwners}/{@code beforeDue} are what an action item's edit replaced. */
    record Entry(long id, Optional<Long> actorId, Instant at, Kind kind, Change change, long refId,
                 Optional<String> before, Optional<String> after, Optional<String> beforeOwners,
                 Optional<String> beforeDue, Optional<Instant> undoneAt) {
        public Entry {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(change, "change");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            Objects.requireNonNull(beforeOwners, "beforeOwners");
            Objects.requireNonNull(beforeDue, "beforeDue");
            Objects.requireNonNull(undoneAt, "undoneAt");
        }
    }

    /** A record's row as stored, removed or not: its number (0 for agenda items and reports), text, who wrote it. */
    record Stored(long id, int number, String text, Optional<Long> authorId, Optional<Long> meetingId,
                  Optional<Instant> removedAt) {
        public Stored {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(authorId, "authorId");
            Objects.requireNonNull(meetingId, "meetingId");
            Objects.requireNonNull(removedAt, "removedAt");
        }
    }

    /** What one change did, for the log. */
    record Logged(Kind kind, Change change, long refId, Optional<String> before, Optional<String> after,
                  Optional<String> beforeOwners, Optional<String> beforeDue) {
        public static Logged of(Kind kind, Change change, long refId, Optional<String> before, Optional<String> after) {
            return new Logged(kind, change, refId, before, after, Optional.empty(), Optional.empty());
        }
    }

    void log(GroupScope group, Optional<Long> actorId, Instant at, Logged change);

    /** The member's latest change in the group not yet taken back. */
    Optional<Entry> lastOf(GroupScope group, long actorId);

    /** Marks a change taken back; false when it already was. */
    boolean undone(GroupScope group, long changeId, Instant at);

    /** Every change of one record, oldest first. */
    List<Entry> history(GroupScope group, Kind kind, long refId);

    /** The row by its id, removed or not. */
    Optional<Stored> byId(GroupScope group, Kind kind, long refId);

    /** The decision, action item or note by its number, removed or not. */
    Optional<Stored> byNumber(GroupScope group, Kind kind, int number);

    /** How many decisions, action items and notes (not removed) stand under an agenda item. */
    int under(GroupScope group, long agendaItemId);

    /** Replaces the text of a row that is not removed; false when there is none. */
    boolean setText(GroupScope group, Kind kind, long refId, String text);

    /** Marks the row removed; false when it already was. */
    boolean remove(GroupScope group, Kind kind, long refId, Optional<Long> by, Instant at);

    /** Takes a removal back; false when the row was not removed. */
    boolean restore(GroupScope group, Kind kind, long refId);
}
