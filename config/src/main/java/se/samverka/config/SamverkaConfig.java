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
 * @param database       the SQLite file ({@code SAMVERKA_DB}); the folder beside it keeps local files (console
 *                       outbox, invitations); with PostgreSQL no file is opened and the folder is {@code SAMVERKA_DATA}
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
 * @param publicUrl      where people reach the bot ({@code SAMVERKA_PUBLIC_URL}; calendar feed links), when not
 *                       http://localhost:port
 * @param breakStart     first day of the summer break ({@code SAMVERKA_SUMMER_BREAK}, "06-20..08-15")
 * @param breakEnd       its last day
 * @param smtp           e-mail for calendar invitations, when SMTP_HOST is set
 * @param bind           the address the HTTP server listens on ({@code SAMVERKA_BIND}; 0.0.0.0 = every interface)
 * @param privacyUrl     where /privacy sends people ({@code SAMVERKA_PRIVACY_URL}), instead of the built-in page
 * @param termsUrl       where /terms sends people ({@code SAMVERKA_TERMS_URL}), instead of the built-in page
 * @param postgres       the PostgreSQL server, when {@code SAMVERKA_DB} names one instead of a file
 */
public record SamverkaConfig(Path database, int port, ZoneId zone, String locale, LocalTime meetingStart,
                             LocalTime meetingEnd, Optional<LocalDateTime> clockStart, Optional<SlackSettings> slack,
                             Optional<TeamsSettings> teams, Optional<GraphSettings> graph, Optional<java.net.URI> publicUrl,
                             java.time.MonthDay breakStart, java.time.MonthDay breakEnd, Optional<SmtpSettings> smtp,
                             String bind, Optional<java.net.URI> privacyUrl, Optional<java.net.URI> termsUrl,
                             Optional<PostgresSettings> postgres) {
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
        Objects.requireNonNull(publicUrl, "publicUrl");
        Objects.requireNonNull(breakStart, "breakStart");
        Objects.requireNonNull(breakEnd, "breakEnd");
        Objects.requireNonNull(smtp, "smtp");
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(privacyUrl, "privacyUrl");
        Objects.requireNonNull(termsUrl, "termsUrl");
        Objects.requireNonNull(postgres, "postgres");
    }

    /** Which database the bot runs on, as people may see it (never a password). */
    public String databaseShown() {
        return postgres.map(PostgresSettings::shown).orElse(database.toString());
    }

    public SamverkaConfig withDatabase(Path file) {
        return new SamverkaConfig(file, port, zone, locale, meetingStart, meetingEnd, clockStart, slack, teams, graph, publicUrl, breakStart, breakEnd, smtp, bind, privacyUrl, termsUrl, postgres);
    }

    public SamverkaConfig withSlack(Optional<SlackSettings> settings) {
        return new SamverkaConfig(database, port, zone, locale, meetingStart, meetingEnd, clockStart, settings, teams, graph, publicUrl, breakStart, breakEnd, smtp, bind, privacyUrl, termsUrl, postgres);
    }

    public SamverkaConfig withTeams(Optional<TeamsSettings> settings) {
        return new SamverkaConfig(database, port, zone, locale, meetingStart, meetingEnd, clockStart, slack, settings, graph, publicUrl, breakStart, breakEnd, smtp, bind, privacyUrl, termsUrl, postgres);
    }

    public SamverkaConfig withGraph(Optional<GraphSettings> settings) {
        return new SamverkaConfig(database, port, zone, locale, meetingStart, meetingEnd, clockStart, slack, teams, settings, publicUrl, breakStart, breakEnd, smtp, bind, privacyUrl, termsUrl, postgres);
    }

    /** The public address, or this machine at the port. */
    public String publicAddress() {
        return publicUrl.map(java.net.URI::toString).orElse("http://localhost:" + port).replaceAll("/+$", "");
    }

    public SamverkaConfig withPort(int newPort) {
        return new SamverkaConfig(database, newPort, zone, locale, meetingStart, meetingEnd, clockStart, slack, teams, graph, publicUrl, breakStart, breakEnd, smtp, bind, privacyUrl, termsUrl, postgres);
    }
}
