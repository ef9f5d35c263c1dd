package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverka.config.ConfigLoader;

class MainTest {
    @TempDir
    Path folder;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    int run(Map<String, String> env, String input, String... args) throws Exception {
        return Main.run(args, env, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                false, clock);
    }

    String db() {
        return folder.resolve("samverka.db").toString();
    }

    @Test
    void aBadConfigurationStopsStartUpListingEveryBadKey() throws Exception {
        int code = run(Map.of("SAMVERKA_PORT", "x", "SAMVERKA_TIMEZONE", "Nowhere/Land"), "", "console");
        assertEquals(2, code);
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("SAMVERKA_PORT=x") && message.contains("SAMVERKA_TIMEZONE=Nowhere/Land"), message);
    }

    @Test
    void aDatabaseThatCannotBeUsedStopsStartUpWithOneMessage() throws Exception {
        assertEquals(1, run(Map.of(ConfigLoader.DB, "postgresql://samverka@127.0.0.1:1/samverka",
                ConfigLoader.DB_PASSWORD, "hemligt"), "", "serve", "--port", "0"));
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, message.lines().count(), "one line, no stack trace: " + message);
        assertTrue(message.startsWith("Samverka cannot start: cannot reach the PostgreSQL database"
                + " jdbc:postgresql://127.0.0.1:1/samverka as samverka: Connection refused"), message);
        assertFalse(message.contains("hemligt"), "never the password");
        err.reset();
        assertEquals(0, run(Map.of(), "", "demo", "--db", db()));
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db()); var st = c.createStatement()) {
            st.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                    + " installed_by, execution_time, success) VALUES (99, '99', 'from the future', 'SQL',"
                    + " 'V99__from_the_future.sql', 1, 'samverka', 1, 1)");
        }
        String before = DbSnapshot.of(db());
        assertEquals(1, run(Map.of(ConfigLoader.DB, db()), "", "console"));
        message = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.startsWith("Samverka cannot start: the database " + db() + " has schema version 99, newer than"
                + " this Samverka knows (27)"), message);
        assertEquals(before, DbSnapshot.of(db()), "nothing changed");
    }

    @Test
    void anUnknownCommandOrOptionShowsTheUsage() throws Exception {
        assertEquals(2, run(Map.of(), "", "frobnicate"));
        assertEquals(2, run(Map.of(), "", "console", "--colour", "blue"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Usage: samverka"));
        assertEquals(0, run(Map.of(), "", "help"));
    }

    @Test
    void theDemoLoadsOnceAndTheConsoleSeesIt() throws Exception {
        assertEquals(0, run(Map.of(), "", "demo", "--db", db()));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Demo loaded"));
        assertEquals(0, run(Map.of(), "", "demo", "--db", db()));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("is already in"));
        out.reset();
        assertEquals(0, run(Map.of(ConfigLoader.DB, db()), "protokoll 2017-09-05\n", "console",
                "--group", Demo.GROUP, "--as", Demo.SECRETARY));
        String minutes = out.toString(StandardCharsets.UTF_8);
        assertTrue(minutes.contains("# Minnesanteckningar Strategisk grupp integration"), minutes);
        assertTrue(minutes.contains("Plats: Laholm kommun, Stadshuset, Humlegången 6, lokal Ugglan (vån 2)"), minutes);
        assertTrue(minutes.contains("Anmält förhinder: Halmstad, Annika Vannerberg"), minutes);
        assertTrue(minutes.contains("**Beslut:** Bjuda in AF och MV till nästa möte."), minutes);
        assertTrue(minutes.contains("- Tor: Traumadagarna i Stockholm; Beroendedagarna"), minutes);
        assertTrue(minutes.contains("20 oktober 09.00–12.00 Halmstad (Länsstyrelsen)"), minutes);
        assertTrue(minutes.contains("## Vid tangenterna\n\nAmina Boulaabi"), minutes);
    }

    @Test
    void aDemoOpenedYearsLaterHasNoActionOverdueSince2017AndAttendanceIsAboutTheNextMeeting() throws Exception {
        assertEquals(0, run(Map.of(), "", "demo", "--db", db()));
        out.reset();
        assertEquals(0, run(Map.of(ConfigLoader.DB, db()), "veckosammanfattning\nnärvaro\nåtgärder klara\n", "console",
                "--group", Demo.GROUP, "--as", Demo.SECRETARY));
        String replies = out.toString(StandardCharsets.UTF_8);
        String done = replies.substring(replies.indexOf("#1 "));
        assertTrue(done.contains("#5 mailar ut syftet och målgruppen"), "the 2017 items are done: " + done);
        String digestAndAttendance = replies.substring(0, replies.indexOf("#1 "));
        assertTrue(digestAndAttendance.contains("Närvaro tisdag 24 november 2026"), digestAndAttendance);
        assertFalse(digestAndAttendance.contains("FÖRSENAD") || digestAndAttendance.contains("2017"), digestAndAttendance);
    }

    @Test
    void theDemoBooksItsNextMeetingAfterToday() throws Exception {
        assertEquals(0, run(Map.of(), "", "demo", "--db", db()));
        out.reset();
        run(Map.of(ConfigLoader.DB, db()), "möten\n", "console", "--group", Demo.GROUP, "--as", Demo.SECRETARY);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("tisdag 24 november 2026, 09.00–12.00 · Varberg"),
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void healthAnswersOverHttp() throws Exception {
        try (Samverka samverka = Samverka.open(ConfigLoader.load(Map.of(ConfigLoader.DB, db()), Optional.empty()), clock)) {
            Javalin http = HttpServer.create(samverka).start(0);
            try {
                HttpResponse<String> response = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + http.port() + "/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, response.statusCode());
                assertEquals("{\"status\":\"ok\",\"database\":{\"kind\":\"sqlite\",\"at\":" + HttpServer.json(db())
                        + ",\"reachable\":true},\"groups\":false,\"slack\":false,\"teams\":false,\"calendar\":false}",
                        response.body());
            } finally {
                http.stop();
            }
        }
    }

    @Test
    void theSlackManifestPointsEverythingAtTheEventsUrl() throws Exception {
        assertEquals(0, run(Map.of(), "", "slack-manifest", "--url", "https://samverka.example.se/"));
        String manifest = out.toString(StandardCharsets.UTF_8);
        com.google.gson.JsonObject json = com.google.gson.JsonParser.parseString(manifest).getAsJsonObject();
        String events = "https://samverka.example.se/slack/events";
        assertEquals(events, json.getAsJsonObject("settings").getAsJsonObject("interactivity").get("request_url").getAsString());
        assertEquals(events, json.getAsJsonObject("settings").getAsJsonObject("event_subscriptions").get("request_url").getAsString());
        com.google.gson.JsonObject slash = json.getAsJsonObject("features").getAsJsonArray("slash_commands").get(0).getAsJsonObject();
        assertEquals("/samverka", slash.get("command").getAsString());
        assertEquals(events, slash.get("url").getAsString());
        assertEquals(3, json.getAsJsonObject("features").getAsJsonArray("shortcuts").size());
        assertTrue(manifest.contains("\"users:read.email\""), manifest);
        assertTrue(manifest.contains("Lägg till på dagordningen"), manifest);
        assertTrue(json.getAsJsonObject("features").getAsJsonObject("app_home").get("home_tab_enabled").getAsBoolean());
        // minutes shared with the bot: a direct message (the messages tab open, message.im) or a mention, then files:read
        assertFalse(json.getAsJsonObject("features").getAsJsonObject("app_home").get("messages_tab_read_only_enabled").getAsBoolean());
        java.util.List<String> botEvents = new java.util.ArrayList<>();
        json.getAsJsonObject("settings").getAsJsonObject("event_subscriptions").getAsJsonArray("bot_events")
                .forEach(e -> botEvents.add(e.getAsString()));
        assertEquals(java.util.List.of("app_home_opened", "app_mention", "message.im"), botEvents);
        java.util.List<String> scopes = new java.util.ArrayList<>();
        json.getAsJsonObject("oauth_config").getAsJsonObject("scopes").getAsJsonArray("bot").forEach(e -> scopes.add(e.getAsString()));
        assertTrue(scopes.containsAll(java.util.List.of("files:read", "im:history", "app_mentions:read")), scopes.toString());

        assertEquals(2, run(Map.of(), "", "slack-manifest", "--url", "samverka.example.se"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("needs --url with the public https address"));
    }

    @Test
    void teamsManifestWritesAnAppPackageWithTheBotCommandsAndTwoIcons() throws Exception {
        Path zip = folder.resolve("samverka-teams.zip");
        Map<String, String> env = Map.of("TEAMS_APP_ID", FakeMicrosoft.APP_ID); // the id only: no password needed
        assertEquals(0, run(env, "", "teams-manifest", "--url", "https://samverka.example.se", "--out", zip.toString()),
                err.toString(StandardCharsets.UTF_8));
        Map<String, byte[]> files = new java.util.TreeMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(java.nio.file.Files.newInputStream(zip))) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) files.put(e.getName(), in.readAllBytes());
        }
        assertEquals(java.util.Set.of("manifest.json", "en-us.json", "color.png", "outline.png"), files.keySet());
        com.google.gson.JsonObject manifest = com.google.gson.JsonParser.parseString(
                new String(files.get("manifest.json"), StandardCharsets.UTF_8)).getAsJsonObject();
        assertEquals("1.17", manifest.get("manifestVersion").getAsString());
        assertEquals(FakeMicrosoft.APP_ID, manifest.get("id").getAsString());
        com.google.gson.JsonObject bot = manifest.getAsJsonArray("bots").get(0).getAsJsonObject();
        assertEquals(FakeMicrosoft.APP_ID, bot.get("botId").getAsString());
        assertEquals("[\"team\",\"groupChat\",\"personal\"]", bot.getAsJsonArray("scopes").toString());
        assertTrue(bot.get("supportsFiles").getAsBoolean(), "Teams delivers files in a personal chat only to such a bot");
        com.google.gson.JsonArray commands = bot.getAsJsonArray("commandLists").get(0).getAsJsonObject().getAsJsonArray("commands");
        assertTrue(commands.size() <= 10, "Teams shows at most 10 commands");
        assertEquals("beslut", commands.get(3).getAsJsonObject().get("title").getAsString());
        for (var c : commands) {
            assertTrue(c.getAsJsonObject().get("title").getAsString().length() <= 32);
            assertTrue(c.getAsJsonObject().get("description").getAsString().length() <= 128);
        }
        assertTrue(manifest.getAsJsonObject("description").get("short").getAsString().length() <= 80);
        assertEquals("samverka.example.se", manifest.getAsJsonArray("validDomains").get(0).getAsString());
        com.google.gson.JsonObject en = com.google.gson.JsonParser.parseString(
                new String(files.get("en-us.json"), StandardCharsets.UTF_8)).getAsJsonObject();
        assertEquals("decision", en.get("bots[0].commandLists[0].commands[3].title").getAsString());
        assertEquals(commands.size() * 2 + 4, en.size() - 1, "every menu text in English, and the names");
        java.awt.image.BufferedImage color = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(files.get("color.png")));
        java.awt.image.BufferedImage outline = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(files.get("outline.png")));
        assertEquals(192, color.getWidth());
        assertEquals(192, color.getHeight());
        assertEquals(32, outline.getWidth());
        assertEquals(32, outline.getHeight());
        assertEquals(0, outline.getRGB(0, 0) >>> 24, "the outline icon is transparent around the drawing");
        for (int x = 0; x < 32; x++) {
            for (int y = 0; y < 32; y++) {
                int argb = outline.getRGB(x, y);
                if ((argb >>> 24) > 0) assertEquals(0xFFFFFF, argb & 0xFFFFFF, "only white in the outline icon");
            }
        }

        assertEquals(2, run(Map.of(), "", "teams-manifest", "--url", "https://samverka.example.se"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("needs the bot's app id: set TEAMS_APP_ID"));
        assertEquals(2, run(Map.of("TEAMS_APP_ID", "not-a-guid"), "", "teams-manifest", "--url", "https://samverka.example.se"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("TEAMS_APP_ID=not-a-guid"), err.toString(StandardCharsets.UTF_8));
        assertEquals(2, run(env, "", "serve", "--port", "0"), "serving Teams still needs the password");
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("TEAMS_APP_PASSWORD is missing"));
    }

    @Test
    void theConsoleSavesEachMeetingsInvitationAndCancellation() throws Exception {
        String input = "grupp skapa Strategisk grupp\nmedlem Tor Jacobsen, Falkenberg, tor@example.se\n"
                + "möte 10 december 2026 9-12 Halmstad\nställ in 10 december 2026\n";
        assertEquals(0, run(Map.of(), input, "console", "--db", db(), "--as", "Amina Boulaabi"));
        String text = out.toString(StandardCharsets.UTF_8);
        Path invitation = folder.resolve("invitations/inbjudan-2026-12-10.ics");
        Path cancellation = folder.resolve("invitations/installt-2026-12-10.ics");
        assertTrue(text.contains("📎 " + invitation), text);
        assertTrue(text.contains("📎 " + cancellation), text);
        String request = java.nio.file.Files.readString(invitation);
        assertTrue(request.contains("METHOD:REQUEST\r\n") && request.contains("DTSTART;TZID=Europe/Stockholm:20261210T090000")
                && request.contains("ATTENDEE;CN=Tor Jacobsen") && request.contains("SEQUENCE:0"), request);
        String cancel = java.nio.file.Files.readString(cancellation);
        assertTrue(cancel.contains("METHOD:CANCEL\r\n") && cancel.contains("SEQUENCE:1") && cancel.contains("STATUS:CANCELLED"), cancel);
        String uid = request.lines().filter(l -> l.startsWith("UID:")).findFirst().orElseThrow();
        assertTrue(cancel.contains(uid), "the same event: " + uid);
    }
}
