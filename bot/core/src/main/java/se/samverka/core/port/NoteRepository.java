package se.samverka.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.domain.Note;

/** The notes of meetings (the discussion under each point), numbered per group. */
public interface NoteRepository {
    Note add(GroupScope group, long meetingId, long agendaItemId, String text, Optional<Long> writtenBy, Instant at);

    /** The meeting's notes in the order they were written. */
    List<Note> forMeeting(GroupScope group, long meetingId);

    Optional<Note> byNumber(GroupScope group, int number);
}
