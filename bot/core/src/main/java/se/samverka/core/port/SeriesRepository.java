package se.samverka.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.samverka.core.domain.GroupScope;

/** Meeting series of a group and the meetings each made. */
public interface SeriesRepository {

    /** A series: how it was planned, its host rotation, and whether it has been ended. */
    record Series(long id, String command, List<String> hosts, boolean ended) {}

    Series add(GroupScope group, String command, List<String> hosts, Instant at);

    void addMeeting(GroupScope group, long seriesId, long meetingId, int position);

    /** The group's latest series that has not been ended. */
    Optional<Series> current(GroupScope group);

    /** The meetings of the series, by position. */
    List<Long> meetings(GroupScope group, long seriesId);

    int lastPosition(GroupScope group, long seriesId);

    void end(GroupScope group, long seriesId, Instant at);
}
