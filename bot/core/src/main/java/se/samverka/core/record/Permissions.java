package se.samverka.core.record;

import java.util.Objects;
import java.util.Optional;

/**
 * Who may write and correct the record (issue 15, point 3), in one place. The chair, the secretary and the meeting's
 * note-taker ({@code vid tangenterna}) record decisions and may edit or remove anyone's records; a member may edit or
 * remove what they added themselves. A group that has neither chair nor secretary, or whose chair chose {@code behörighet öppen},
 * lets every member do everything.
 *
 * @param open the group's setting {@code behörighet öppen}
 */
public record Permissions(boolean open) {
    /** The group setting that holds the mode. */
    public static final String SETTING = "permissions";
    public static final String OPEN = "open";
    public static final String STANDARD = "standard";

    /** The one acting on a record. */
    public record Actor(long memberId, boolean manages, boolean noteTaker) {}

    public static Permissions of(Optional<String> setting) {
        Objects.requireNonNull(setting, "setting");
        return new Permissions(setting.filter(OPEN::equals).isPresent());
    }

    /** Whether {@code actor} may record a decision (members add items, notes and reports; decisions are the chair's,
     *  the secretary's and the note-taker's). */
    public boolean mayRecordDecision(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        return open || actor.manages() || actor.noteTaker();
    }

    /** Whether {@code actor} may mark an action item done: its owner, or whoever may manage the record. */
    public boolean mayMarkDone(Actor actor, boolean owner) {
        Objects.requireNonNull(actor, "actor");
        return owner || open || actor.manages() || actor.noteTaker();
    }

    /** Whether {@code actor} may edit or remove a record written by {@code authorId}. */
    public boolean mayChange(Actor actor, Optional<Long> authorId) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(authorId, "authorId");
        return open || actor.manages() || actor.noteTaker() || authorId.filter(id -> id == actor.memberId()).isPresent();
    }
}
