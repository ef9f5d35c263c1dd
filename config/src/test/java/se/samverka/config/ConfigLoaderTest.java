package se.samverka.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path folder;

    @Test
    void defaultsWhenNothingIsSet() {
        SamverkaConfig config = ConfigLoader.load(Map.of(), Optional.empty());
        assertEquals(Path.of("data/samverka.db"), config.database());
        assertEquals(7070, config.port());
        assertEquals(ZoneId.of("Europe/Stockholm"), config.zone());
        assertEquals("sv", config.locale());
        assertEquals(LocalTime.of(9, 0), config.meetingStart());
        assertEquals(LocalTime.of(12, 0), config.meetingEnd());
        assertEquals(Optional.empty(), config.clockStart());
    }

    @Test
    void theClockCanStartAtAnotherTime() {
        SamverkaConfig config = ConfigLoader.load(Map.of("SAMVERKA_CLOCK", "2026-10-20T09:00"), Optional.empty());
        assertEquals(Optional.of(java.time.LocalDateTime.of(2026, 10, 20, 9, 0)), config.clockStart());
        assertThrows(ConfigException.class, () -> ConfigLoader.load(Map.of("SAMVERKA_CLOCK", "yesterday"), Optional.empty()));
    }

    @Test
    void theEnvironmentWinsOverTheFileWhichWinsOverDefaults() throws IOException {
        Path file = folder.resolve("samverka.properties");
        Files.writeString(file, "SAMVERKA_PORT=8080\nSAMVERKA_LOCALE=en\nSAMVERKA_MEETING_HOURS=13:00-16:00\n");
        SamverkaConfig config = ConfigLoader.load(Map.of("SAMVERKA_PORT", "9090"), Optional.of(file));
        assertEquals(9090, config.port(), "environment");
        assertEquals("en", config.locale(), "file");
        assertEquals(LocalTime.of(13, 0), config.meetingStart(), "file");
        assertEquals(ZoneId.of("Europe/Stockholm"), config.zone(), "default");
    }

    @Test
    void everyBadKeyIsListedInOneMessage() throws IOException {
        Path file = folder.resolve("samverka.properties");
        Files.writeString(file, "SAMVERKA_TIMEZONE=Mars/Olympus\nSAMVERKA_PROT=1\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(
                Map.of("SAMVERKA_PORT", "seventy", "SAMVERKA_LOCALE", "fi", "SAMVERKA_MEETING_HOURS", "12-9"),
                Optional.of(file)));
        assertEquals(5, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().startsWith("Samverka cannot start: the configuration has 5 problems:"), e.getMessage());
        assertTrue(e.getMessage().contains("SAMVERKA_PORT=seventy (from environment): expected a port number 0–65535"));
        assertTrue(e.getMessage().contains("SAMVERKA_TIMEZONE=Mars/Olympus (from " + file + "): expected a time zone"));
        assertTrue(e.getMessage().contains("SAMVERKA_LOCALE=fi (from environment): expected sv or en"));
        assertTrue(e.getMessage().contains("SAMVERKA_MEETING_HOURS=12-9 (from environment)"));
        assertTrue(e.getMessage().contains("SAMVERKA_PROT (in " + file + "): unknown key"));
    }

    @Test
    void aNamedConfigFileMustExist() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.load(Map.of("SAMVERKA_CONFIG", folder.resolve("missing.properties").toString())));
        assertTrue(e.getMessage().contains("SAMVERKA_CONFIG="), e.getMessage());
    }

    @Test
    void aPortOutOfRangeIsRefused() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.load(Map.of("SAMVERKA_PORT", "70000"), Optional.empty()));
        assertEquals(1, e.problems().size());
    }

    @Test
    void slackIsOnWhenBothItsKeysAreSet() {
        assertEquals(Optional.empty(), ConfigLoader.load(Map.of(), Optional.empty()).slack());
        SlackSettings slack = ConfigLoader.load(Map.of("SLACK_SIGNING_SECRET", "8f742231b10e8888abcd99yyyzzz85a5",
                "SLACK_BOT_TOKEN", "xoxb-1-2-abc", "SLACK_API_URL", "http://localhost:9999/api"), Optional.empty())
                .slack().orElseThrow();
        assertEquals("http://localhost:9999/api/", slack.apiUrl().toString(), "a trailing slash is added");
        assertEquals("/samverka", slack.command());
        assertEquals("https://slack.com/api/", ConfigLoader.load(Map.of("SLACK_SIGNING_SECRET", "abc",
                "SLACK_BOT_TOKEN", "xoxb-1"), Optional.empty()).slack().orElseThrow().apiUrl().toString());
        assertTrue(!slack.toString().contains("xoxb"), "secrets stay out of logs: " + slack);
    }

    @Test
    void halfASlackSetupOrABadKeyStopsStartUpWithoutShowingTheSecret() {
        ConfigException half = assertThrows(ConfigException.class,
                () -> ConfigLoader.load(Map.of("SLACK_SIGNING_SECRET", "abc123"), Optional.empty()));
        assertTrue(half.getMessage().contains("SLACK_BOT_TOKEN is missing"), half.getMessage());
        ConfigException bad = assertThrows(ConfigException.class, () -> ConfigLoader.load(Map.of(
                "SLACK_SIGNING_SECRET", "abc123", "SLACK_BOT_TOKEN", "xoxp-user-token-secret",
                "SLACK_API_URL", "ftp://x", "SLACK_COMMAND", "samverka"), Optional.empty()));
        assertEquals(3, bad.problems().size(), bad.getMessage());
        assertTrue(bad.getMessage().contains("SLACK_BOT_TOKEN=(hidden) (from environment): expected a bot token"));
        assertTrue(!bad.getMessage().contains("xoxp-user-token-secret"), bad.getMessage());
    }

    private static final String APP = "6d2b3c4e-1111-4a2b-9c3d-aabbccddeeff";

    @Test
    void teamsIsOnWhenItsAppIdAndPasswordAreSet() {
        assertEquals(Optional.empty(), ConfigLoader.load(Map.of(), Optional.empty()).teams());
        TeamsSettings teams = ConfigLoader.load(Map.of("TEAMS_APP_ID", APP, "TEAMS_APP_PASSWORD", "s3cret~pw",
                "TEAMS_OPENID_URL", "http://127.0.0.1:1/openid"), Optional.empty()).teams().orElseThrow();
        assertEquals(APP, teams.appId());
        assertEquals("http://127.0.0.1:1/openid", teams.openIdUrl().toString());
        assertEquals(TeamsSettings.DEFAULT_TOKEN, teams.tokenUrl());
        assertTrue(!teams.toString().contains("s3cret"), teams.toString());
        ConfigException half = assertThrows(ConfigException.class,
                () -> ConfigLoader.load(Map.of("TEAMS_APP_ID", APP), Optional.empty()));
        assertTrue(half.getMessage().contains("TEAMS_APP_PASSWORD is missing"), half.getMessage());
        ConfigException bad = assertThrows(ConfigException.class, () -> ConfigLoader.load(Map.of(
                "TEAMS_APP_ID", "not-a-guid", "TEAMS_APP_PASSWORD", "pw-that-stays-hidden"), Optional.empty()));
        assertTrue(bad.getMessage().contains("TEAMS_APP_ID=not-a-guid"), bad.getMessage());
        assertTrue(!bad.getMessage().contains("pw-that-stays-hidden"), bad.getMessage());
    }

    @Test
    void graphNeedsAllFourKeysAndNamesTheMissingOnes() {
        assertEquals(Optional.empty(), ConfigLoader.load(Map.of(), Optional.empty()).graph());
        GraphSettings graph = ConfigLoader.load(Map.of("GRAPH_TENANT_ID", "region.onmicrosoft.com", "GRAPH_CLIENT_ID", APP,
                "GRAPH_CLIENT_SECRET", "cs", "GRAPH_ORGANIZER", "samverka@region.se",
                "GRAPH_BASE_URL", "http://127.0.0.1:8080/v1.0/", "GRAPH_TEAMS_LINK", "true"), Optional.empty())
                .graph().orElseThrow();
        assertEquals("http://127.0.0.1:8080/v1.0", graph.baseUrl().toString(), "no trailing slash");
        assertEquals("http://127.0.0.1:8080/.default", graph.scope());
        assertEquals("https://login.microsoftonline.com/region.onmicrosoft.com/oauth2/v2.0/token", graph.tokenUrl().toString());
        assertTrue(graph.teamsLink());
        ConfigException half = assertThrows(ConfigException.class, () -> ConfigLoader.load(Map.of(
                "GRAPH_TENANT_ID", "region.onmicrosoft.com", "GRAPH_CLIENT_ID", APP), Optional.empty()));
        assertTrue(half.getMessage().contains("GRAPH_CLIENT_SECRET, GRAPH_ORGANIZER missing"), half.getMessage());
        ConfigException bad = assertThrows(ConfigException.class, () -> ConfigLoader.load(Map.of(
                "GRAPH_ORGANIZER", "not an address", "GRAPH_TEAMS_LINK", "ja"), Optional.empty()));
        assertEquals(2, bad.problems().size(), bad.getMessage());
    }

    @Test
    void eMailIsOnWithAHostAndASenderAndTheSummerBreakIsConfigurable() {
        SamverkaConfig config = ConfigLoader.load(Map.of("SMTP_HOST", "smtp.region.se", "SMTP_FROM", "samverka@region.se",
                "SMTP_USER", "samverka", "SMTP_PASSWORD", "hemligt-lösen", "SAMVERKA_SUMMER_BREAK", "06-25..08-20",
                "SAMVERKA_PUBLIC_URL", "https://samverka.region.se/"), Optional.empty());
        SmtpSettings smtp = config.smtp().orElseThrow();
        assertEquals(587, smtp.port());
        assertEquals("starttls", smtp.security());
        assertTrue(!smtp.toString().contains("hemligt"), smtp.toString());
        assertEquals(java.time.MonthDay.of(6, 25), config.breakStart());
        assertEquals(java.time.MonthDay.of(8, 20), config.breakEnd());
        assertEquals("https://samverka.region.se", config.publicAddress());
        assertEquals("http://localhost:7070", ConfigLoader.load(Map.of(), Optional.empty()).publicAddress());
        ConfigException noSender = assertThrows(ConfigException.class,
                () -> ConfigLoader.load(Map.of("SMTP_HOST", "smtp.region.se"), Optional.empty()));
        assertTrue(noSender.getMessage().contains("SMTP_FROM is missing"), noSender.getMessage());
        ConfigException bad = assertThrows(ConfigException.class, () -> ConfigLoader.load(Map.of("SMTP_HOST", "smtp.region.se",
                "SMTP_FROM", "x@y", "SMTP_SECURITY", "tls", "SMTP_PASSWORD", "", "SAMVERKA_SUMMER_BREAK", "juli"), Optional.empty()));
        assertEquals(2, bad.problems().size(), bad.getMessage());
    }

    @Test
    void theServerListensOnEveryInterfaceUnlessSamverkaBindSaysOtherwise() {
        assertEquals("0.0.0.0", ConfigLoader.load(Map.of(), Optional.empty()).bind());
        for (String address : new String[] {"127.0.0.1", "::1", "::", "10.0.0.5", "localhost"}) {
            assertEquals(address, ConfigLoader.load(Map.of("SAMVERKA_BIND", address), Optional.empty()).bind());
        }
        for (String bad : new String[] {"256.0.0.1", "1.2.3", "127.0.0.1:7070", "example.com", "", "::g", "[::1]"}) {
            ConfigException e = assertThrows(ConfigException.class,
                    () -> ConfigLoader.load(Map.of("SAMVERKA_BIND", bad), Optional.empty()), bad);
            assertEquals(1, e.problems().size(), e.getMessage());
            assertTrue(e.getMessage().contains("SAMVERKA_BIND=" + bad + " (from environment): expected the address to listen on"),
                    e.getMessage());
        }
    }

    @Test
    void thePrivacyAndTermsPagesMayBeTheOrganisationsOwn() {
        SamverkaConfig none = ConfigLoader.load(Map.of(), Optional.empty());
        assertEquals(Optional.empty(), none.privacyUrl());
        assertEquals(Optional.empty(), none.termsUrl());
        SamverkaConfig own = ConfigLoader.load(Map.of("SAMVERKA_PRIVACY_URL", "https://region.se/integritet",
                "SAMVERKA_TERMS_URL", "https://region.se/villkor"), Optional.empty());
        assertEquals(Optional.of(java.net.URI.create("https://region.se/integritet")), own.privacyUrl());
        assertEquals(Optional.of(java.net.URI.create("https://region.se/villkor")), own.termsUrl());
        ConfigException bad = assertThrows(ConfigException.class, () -> ConfigLoader.load(Map.of(
                "SAMVERKA_PRIVACY_URL", "region.se/integritet", "SAMVERKA_TERMS_URL", "javascript:alert(1)"), Optional.empty()));
        assertEquals(2, bad.problems().size(), bad.getMessage());
    }

    @Test
    void theTeamsAppIdIsReadAloneWithoutThePassword() throws IOException {
        String app = "6d2b3c4e-1111-4a2b-9c3d-aabbccddeeff";
        assertEquals(Optional.of(app), ConfigLoader.teamsAppId(Map.of("TEAMS_APP_ID", app)));
        assertEquals(Optional.empty(), ConfigLoader.teamsAppId(Map.of()));
        Path file = folder.resolve("samverka.properties");
        Files.writeString(file, "TEAMS_APP_ID=" + app + "\n");
        assertEquals(Optional.of(app), ConfigLoader.teamsAppId(Map.of("SAMVERKA_CONFIG", file.toString())), "from the file too");
        assertThrows(ConfigException.class, () -> ConfigLoader.teamsAppId(Map.of("TEAMS_APP_ID", "app")));
        assertThrows(ConfigException.class, () -> ConfigLoader.load(Map.of("TEAMS_APP_ID", app), Optional.empty()),
                "running Teams still needs both");
    }

    @Test
    void aPostgresqlAddressSelectsPostgresqlAndAFilePathKeepsSqlite() {
        assertEquals(Optional.empty(), ConfigLoader.load(Map.of("SAMVERKA_DB", "var/bot.db"), Optional.empty()).postgres());
        SamverkaConfig pg = ConfigLoader.load(Map.of("SAMVERKA_DB",
                "postgresql://samverka:s%40cret@db.region.se:5433/samverka?sslmode=require"), Optional.empty());
        PostgresSettings server = pg.postgres().orElseThrow();
        assertEquals("jdbc:postgresql://db.region.se:5433/samverka?sslmode=require", server.jdbcUrl());
        assertEquals(Optional.of("samverka"), server.user());
        assertEquals(Optional.of("s@cret"), server.password());
        assertTrue(!pg.databaseShown().contains("cret") && !server.toString().contains("cret"), server.toString());
        PostgresSettings jdbc = ConfigLoader.load(Map.of("SAMVERKA_DB", "jdbc:postgresql://localhost/samverka?user=bot",
                "SAMVERKA_DB_PASSWORD", "från-miljön"), Optional.empty()).postgres().orElseThrow();
        assertEquals("jdbc:postgresql://localhost/samverka?user=bot", jdbc.jdbcUrl());
        assertEquals(Optional.of("från-miljön"), jdbc.password(), "SAMVERKA_DB_PASSWORD gives the password");
        PostgresSettings both = ConfigLoader.load(Map.of("SAMVERKA_DB", "postgres://bot:old@h/db",
                "SAMVERKA_DB_PASSWORD", "new"), Optional.empty()).postgres().orElseThrow();
        assertEquals(Optional.of("new"), both.password(), "the separate password wins over the one in the address");
    }

    @Test
    void withPostgresqlTheInstancesOwnFilesLiveInSamverkaData() {
        String server = "postgresql://bot@db.region.se/samverka";
        assertEquals(Path.of("data"), ConfigLoader.load(Map.of("SAMVERKA_DB", server), Optional.empty()).database().getParent());
        assertEquals(Path.of("/srv/samverka-a"), ConfigLoader.load(Map.of("SAMVERKA_DB", server, "SAMVERKA_DATA", "/srv/samverka-a"),
                Optional.empty()).database().getParent());
        ConfigException blank = assertThrows(ConfigException.class,
                () -> ConfigLoader.load(Map.of("SAMVERKA_DB", server, "SAMVERKA_DATA", " "), Optional.empty()));
        assertTrue(blank.getMessage().contains("SAMVERKA_DATA"), blank.getMessage());
    }

    @Test
    void aPostgresqlAddressWithoutADatabaseIsRefusedWithoutShowingThePassword() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(
                Map.of("SAMVERKA_DB", "postgresql://bot:topsecret@db.region.se"), Optional.empty()));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("SAMVERKA_DB=postgresql://bot:(hidden)@db.region.se"), e.getMessage());
        assertTrue(!e.getMessage().contains("topsecret"), e.getMessage());
    }
}
