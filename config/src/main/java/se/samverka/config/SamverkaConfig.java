package se.samverka.config;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the bot reads at start-up, typed and checked.
 *
 * @param database       the SQLite file ({@code SAMVERKA_DB})
 * @param port           the HTTP port ({@code SAMVERKA_PORT})
 * @param zone           time zone of new groups ({@code SAMVERKA_TIMEZONE})
 * @param locale         language of new groups, "sv" or "en" ({@code SAMVERKA_LOCALE})
 * @param meetingStart   start of a meeting booked without a time ({@code SAMVERKA_MEETING_HOURS}, "09:00-12:00")
 * @param meetingEnd     end of such a meeting
 * @param clockStart     where the bot's clock starts, when not at the real time ({@code SAMVERKA_CLOCK}, a local
 *                       date-time in the zone; for rehearsals, demos and tests): it runs on from there
 * @param slack          the Slack app, when its keys are set
 * @param teams          the Teams bot, when its keys are set
 * @param graph          Microsoft Graph (Outlook calendar, groups), when its keys are set
 */
public record SamverkaConfig(Path database, int port, ZoneId zone, String locale, LocalTime meetingStart,
                             LocalTime meetingEnd, Optional<LocalDateTime> clockStart, Optional<SlackSettings> slack,
                             Optional<TeamsSettings> teams, Optional<GraphSettings> graph) {
    public SamverkaConfig {
        Objects.requireNonNull(database, "database");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(meetingStart, "meetingStart");
        Objects.requireNonNull(meetingEnd, "meetingEnd");
        Objects.requireNonNull(clockStart, "clockStart");
        Objects.requireNonNull(slack, "slack");
        Objects.requireNonNull(teams, "teams");
        Objects.requireNonNull(graph, "graph");
    }

    public SamverkaConfig withDatabase(Path file) {
        return new SamverkaConfig(file, port, zone, locale, meetingStart, meetingEnd, clockStart, slack, teams, graph);
    }

    public SamverkaConfig withSlack(Optional<SlackSettings> settings) {
        return new SamverkaConfig(database, port, zone, locale, meetingStart, meetingEnd, clockStart, settings, teams, graph);
    }

    public SamverkaConfig withTeams(Optional<TeamsSettings> settings) {
        return new SamverkaConfig(database, port, zone, locale, meetingStart, meetingEnd, clockStart, slack, settings, graph);
    }

    public SamverkaConfig withGraph(Optional<GraphSettings> settings) {
        return new SamverkaConfig(database, port, zone, locale, meetingStart, meetingEnd, clockStart, slack, teams, settings);
    }

    public SamverkaConfig withPort(int newPort) {
        return new SamverkaConfig(database, newPort, zone, locale, meetingStart, meetingEnd, clockStart, slack, teams, graph);
    }
}
