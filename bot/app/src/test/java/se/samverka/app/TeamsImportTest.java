package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.samverka.config.ConfigLoader;
import se.samverka.integrations.console.ConsoleSession;
import se.samverka.integrations.console.TextRenderer;

/**
 * Minutes sent to the bot in a Teams personal chat, over HTTP on {@link TeamsAppFixture}: activities signed as the
 * Bot Framework signs them, the replies recorded by the fake Bot Connector ({@link FakeMicrosoft}), and the files
 * kept by {@link FakeFileHost} at the pre-authenticated downloadUrl Teams puts in the {@code file.download.info}
 * attachment (the bot trusts its http address through TEAMS_FILES_URL). Seed 004 is read from ../shared/seeds.
 */
class TeamsImportTest extends TeamsAppFixture {
    static final int MB = 1024 * 1024;

    final FakeFileHost files;

    /** The file host is up before the fixture opens the bot, which is given its address. */
    TeamsImportTest() throws IOException {
        files = new FakeFileHost();
    }

    /** The bot fetches shared files from this class's file host (it records, redirects and streams), not the fixture's fake. */
    @Override
    Map<String, String> settings() {
        return Map.of(ConfigLoader.TEAMS_FILES_URL, files.filesUrl());
    }

    @AfterEach
    void closeFiles() {
        files.close();
    }

    // ---- Teams' side ----

    /** A message in the user's personal chat with the bot. */
    String chat(String who, String text) throws Exception {
        return send(teams.personalMessage(teams.nextId(), who, aad(who), text)).toString();
    }

    /** The file sent in the user's personal chat: the attachment Teams delivers once the file is uploaded. */
    String share(String who, String name, String fileType, String url) throws Exception {
        JsonObject attachment = new JsonObject();
        attachment.addProperty("contentType", "application/vnd.microsoft.teams.file.download.info");
        attachment.addProperty("contentUrl", "https://contoso-my.sharepoint.com/personal/u/Documents/" + name);
        attachment.addProperty("name", name);
        JsonObject content = new JsonObject();
        content.addProperty("downloadUrl", url);
        content.addProperty("uniqueId", "1150D938-8870-4044-9F2C-5BBDEBA70C8C");
        content.addProperty("fileType", fileType);
        attachment.add("content", content);
        JsonArray attachments = new JsonArray();
        attachments.add(attachment);
        JsonObject message = teams.personalMessage(teams.nextId(), who, aad(who), "");
        message.add("attachments", attachments);
        return send(message).toString();
    }

    /** Shares the file in Boel's chat; returns the refusal after checking that nothing changed. */
    String refused(String name, String fileType, String url) throws Exception {
        String before = DbSnapshot.of(db);
        String reply = share(BOEL, name, fileType, url);
        assertEquals(before, DbSnapshot.of(db), name + " at " + url + " changed nothing");
        return reply;
    }

    /** The group made in the channel: Boel the chair, Amina the secretary, Tor; Boel has written to the bot. */
    void groupBoelWroteTo() throws Exception {
        say(BOEL, "grupp skapa " + Demo.GROUP);
        say(BOEL, "medlem Amina Boulaabi, Region Halland, amina@example.se, sekreterare");
        say(BOEL, "medlem Tor Jacobsen, Falkenberg, tor@example.se");
        assertTrue(chat(BOEL, "medlemmar").contains("Tor Jacobsen"));
    }

    // ---- the tests ----

    @Test
    void seed004SentInAPersonalChatMergesIntoTheDemoGroupAsTheCommandLineImportDoes() throws Exception {
        assertTrue(Demo.load(samverka, clock));
        ConsoleSession amina = new ConsoleSession(samverka.assistant(), Optional.of(Demo.GROUP), Demo.SECRETARY);
        assertFalse(amina.send("medlem Amina Boulaabi, Region Halland, amina@example.se, sekreterare").rejected());
        Matcher code = Pattern.compile("\"" + Demo.GROUP + "\": (\\S+)").matcher(TextRenderer.render(amina.send("grupp kod")));
        assertTrue(code.find());
        String bound = chat(AMINA, "grupp koppla " + Demo.GROUP + " " + code.group(1));
        assertTrue(bound.contains("nu kopplad"), bound);
        Map<String, Long> before = CommandLineImport.records(db);
        String url = files.file("seed-004.txt", CommandLineImport.seed004());

        String imported = share(AMINA, "Minnesanteckningar 2017-09-05.txt", "txt", url);
        assertTrue(imported.contains("Minnesanteckningar 2017-09-05.txt är inlästa för mötet")
                && imported.contains("(0 nya gäster)"), imported);
        assertEquals(List.of(new FakeFileHost.Request("seed-004.txt", "null", "null")), files.requests(),
                "fetched once, with no token or cookie");
        Map<String, Long> after = CommandLineImport.records(db);
        for (String table : List.of("meeting", "decision", "action_item", "action_owner", "round_table_entry", "member", "attendance")) {
            assertEquals(before.get(table), after.get(table), table + " not doubled");
        }
        assertTrue(after.get("meeting_note") > before.get("meeting_note"), "the discussion became notes");
        CommandLineImport.sameRecords(CommandLineImport.database(folder, clock, null, null), db);

        String unchanged = DbSnapshot.of(db);
        String again = share(AMINA, "kopia.txt", "txt", url);
        assertTrue(again.contains("kopia.txt är redan inläst (mötet"), again);
        assertEquals(unchanged, DbSnapshot.of(db), "the same minutes again change nothing");
    }

    @Test
    void minutesFromTheChairGoToHerGroupThroughACheckedRedirectAsTheCommandLineImportDoes() throws Exception {
        groupBoelWroteTo();
        files.file("seed.txt", CommandLineImport.seed004());
        String moved = files.redirect("moved", files.filesUrl() + "seed.txt");
        String reply = share(BOEL, "protokoll", "txt", moved); // Teams' name without its extension: fileType says txt
        assertTrue(reply.contains("protokoll.txt är inlästa för mötet"), reply);
        assertEquals(List.of("moved", "seed.txt"), files.requests().stream().map(FakeFileHost.Request::name).toList());
        CommandLineImport.sameRecords(CommandLineImport.database(folder, clock, "grupp skapa " + Demo.GROUP
                + "\nmedlem Amina Boulaabi, Region Halland, amina@example.se, sekreterare\n"
                + "medlem Tor Jacobsen, Falkenberg, tor@example.se\n", "Boel Abelson-Crossley"), db);
    }

    @Test
    void anAddressThatIsNotHttpsOrLooksLocalIsRefusedWithoutARequestAndSoIsARedirectThere() throws Exception {
        groupBoelWroteTo();
        files.file("seed.txt", CommandLineImport.seed004());
        String port = files.filesUrl().replaceAll(".*:(\\d+)/.*", "$1");
        for (String url : List.of("http://example.org/seed.txt", "ftp://example.org/seed.txt", "file:///etc/passwd", "",
                "https://127.0.0.1:" + port + "/files/seed.txt", "https://localhost/files/seed.txt",
                "https://[::1]/seed.txt", "https://10.0.0.5/seed.txt", "https://192.168.1.2/seed.txt",
                "https://169.254.169.254/latest/meta-data", "https://2130706433/seed.txt",
                "https://user:pw@contoso.sharepoint.com/seed.txt", "https://contoso.sharepoint.com:8443/seed.txt",
                "http://localhost:" + port + "/files/seed.txt", files.filesUrl().replace("/files/", "/other/") + "seed.txt")) {
            String reply = refused("a.txt", "txt", url);
            assertTrue(reply.contains("a.txt är inte en fil uppladdad i chatten"), url + ": " + reply);
        }
        assertEquals(List.of(), files.requests(), "no address was asked");

        String away = files.redirect("away", "http://localhost:" + port + "/files/seed.txt");
        assertTrue(refused("b.txt", "txt", away).contains("b.txt är inte en fil uppladdad i chatten"));
        assertEquals(List.of("away"), files.requests().stream().map(FakeFileHost.Request::name).toList(),
                "the redirect to another host was not followed");
        // a name that looks public but resolves to this machine (as an internal name or a DNS trick would)
        String machine = java.net.InetAddress.getLocalHost().getHostName();
        java.net.InetAddress resolved = java.net.InetAddress.getByName(machine);
        org.junit.jupiter.api.Assumptions.assumeTrue(!machine.contains("localhost") && machine.matches(".*[a-z].*")
                && (resolved.isLoopbackAddress() || resolved.isSiteLocalAddress()), machine + " is " + resolved);
        String internal = refused("c.txt", "txt", "https://" + machine + "/files/seed.txt");
        assertTrue(internal.contains("c.txt är inte en fil uppladdad i chatten"), machine + ": " + internal);
    }

    @Test
    void aFileTooLargeIsRefusedAsItsLengthSaysOrWhileItStreamsAndChangesNothing() throws Exception {
        groupBoelWroteTo();
        String big = files.file("big.txt", new byte[10 * MB + 1]);
        assertTrue(refused("stor.txt", "txt", big).contains("stor.txt är större än 10 MB"));
        String endless = files.stream("endless.txt", 50L * MB);
        assertTrue(refused("liten.txt", "txt", endless).contains("liten.txt är större än 10 MB"));
        assertEquals(2, files.requests().size());
        long written = files.streamed("endless.txt");
        assertTrue(written < 50L * MB, "the download was given up at the cap, not read to its end: " + written + " bytes");
    }

    @Test
    void otherKindsOfFileAreRefusedUnfetchedAndAnUnreachableFileIsSaidSo() throws Exception {
        groupBoelWroteTo();
        String url = files.file("seed.txt", CommandLineImport.seed004());
        assertTrue(refused("budget.pdf", "pdf", url).contains("så jag läste inte budget.pdf"));
        assertTrue(refused("bilder", "pptx", url).contains("så jag läste inte bilder.pptx"));
        assertEquals(List.of(), files.requests(), "not fetched");
        assertTrue(refused("borta.txt", "txt", files.filesUrl() + "gone.txt").contains("Jag kunde inte hämta borta.txt"));
    }

    @Test
    void onlyTheChairOrTheSecretaryMayImportAndTheFileIsNotFetchedForAnyoneElse() throws Exception {
        groupBoelWroteTo();
        assertTrue(chat(TOR, "medlemmar").contains("Tor Jacobsen"));
        String url = files.file("seed.txt", CommandLineImport.seed004());
        String before = DbSnapshot.of(db);
        String reply = share(TOR, "protokoll.txt", "txt", url);
        assertTrue(reply.contains("Det kan bara ordföranden eller sekreteraren göra"), reply);
        assertEquals(before, DbSnapshot.of(db));
        assertEquals(List.of(), files.requests());
    }
}
