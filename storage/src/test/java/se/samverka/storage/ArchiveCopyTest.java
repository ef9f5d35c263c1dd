package se.samverka.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverka.core.domain.Group;
import se.samverka.core.domain.Minutes;
import se.samverka.core.engine.Settings;
import se.samverka.core.minutes.MinutesImport;
import se.samverka.core.port.ArchiveRenderer;

/**
 * The archive copy of justerade minutes, stored by the last approval (a renderer of our own port here: the real
 * PDF/A is checked by veraPDF in bot/app's ArchiveExportTest), and the lock on a justerad meeting's time, place and
 * existence: ändra möte, flytta, ställ in and an import into it are refused with every table unchanged.
 */
class ArchiveCopyTest {
    TestBot bot;
    final TestBot.User amina = TestBot.user("Amina Boulaabi");
    final TestBot.User tor = TestBot.user("Tor Jacobsen");
    final TestBot.User sara = TestBot.user("Sara Ek");
    /** What the renderer was asked to render, in order. */
    final List<ArchiveRenderer.Facts> rendered = new ArrayList<>();
    final List<String> texts = new ArrayList<>();

    @BeforeEach
    void group(@TempDir Path folder) {
        bot = new TestBot(folder, (minutes, facts) -> {
            rendered.add(facts);
            texts.add(minutes.markdown());
            return ("%PDF-fake " + facts + "\n" + minutes.markdown()).getBytes(StandardCharsets.UTF_8);
        });
        bot.now("2026-10-01T10:00");
        bot.ok(amina, "grupp skapa Strategisk grupp integration");
        bot.ok(amina, "veckosammanfattning av");
        bot.ok(amina, "medlem Amina Boulaabi, Region Halland, sekreterare");
        bot.ok(amina, "medlem Tor Jacobsen, Falkenberg");
        bot.ok(amina, "medlem Sara Ek, Hylte");
        bot.ok(amina, "möte 2 november 13-16 Halmstad");
        bot.ok(amina, "möte 30 november 13-16 Halmstad");
        bot.ok(amina, "punkt Inledning");
        bot.ok(tor, "dagordning");
        bot.ok(sara, "dagordning");
        bot.now("2026-11-02T14:00");
        bot.ok(amina, "beslut Gruppen bjuder in Arbetsförmedlingen");
        bot.ok(amina, "beslut Gruppen ordnar en utbildning i våras");
        bot.now("2026-11-03T09:00");
        bot.ok(amina, "justerare Tor, Sara 2 november");
        bot.ok(amina, "protokoll klart 2 november");
    }

    @AfterEach
    void close() {
        bot.close();
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    byte[] pdf(String version) {
        return bot.db.inTransaction(() -> new Sql(bot.db).one("SELECT pdf FROM minutes_archive WHERE version = " + version,
                rs -> rs.getBytes(1)).orElseThrow());
    }

    @Test
    void theLastApprovalStoresOneArchiveCopyWhoseHashIsOfItsBytes() throws Exception {
        bot.ok(tor, "justera");
        assertEquals(0, bot.count("minutes_archive"), "not justerad until every justerare has approved");
        assertEquals(List.of(), rendered);
        String done = bot.ok(sara, "justera");
        assertEquals(1, bot.count("minutes_archive"));
        assertEquals(List.of(new ArchiveRenderer.Facts("Strategisk grupp integration", LocalDate.of(2026, 11, 2), 1,
                List.of("Tor Jacobsen", "Sara Ek"), LocalDate.of(2026, 11, 3))), rendered);
        byte[] pdf = pdf("1");
        String hash = bot.rows("SELECT sha256 FROM minutes_archive").get(0);
        assertEquals(sha256(pdf), hash, "the stored SHA-256 is the hash of the stored bytes");
        assertEquals(String.valueOf(pdf.length), bot.rows("SELECT bytes FROM minutes_archive").get(0));
        assertTrue(done.contains("Arkivexemplar (PDF/A) sparat") && done.contains("SHA-256 " + hash), done);
        String sent = bot.rows("SELECT markdown FROM minutes_version").get(0);
        assertTrue(texts.get(0).contains("Status: justerat av Tor Jacobsen, Sara Ek 3 november 2026 (version 1)"), texts.get(0));
        assertEquals(sent.replaceAll("\\s+", " ").strip(), texts.get(0).replaceAll("\\s+", " ").strip()
                .replace(" **Status: justerat av Tor Jacobsen, Sara Ek 3 november 2026 (version 1)**", ""),
                "the copy is the version as sent for justering, with its state");
        assertEquals(List.of("2026-11-02|Minnesanteckningar Strategisk grupp integration|§ 1–2/2026|D1, D2|Tor Jacobsen\nSara Ek|2026-11-03"),
                bot.rows("SELECT meeting_date || '|' || title || '|' || paragraphs || '|' || decisions || '|' || adjusters"
                        + " || '|' || adjusted_on FROM minutes_archive"));
        assertTrue(bot.ok(amina, "protokoll versioner 2 november").contains("arkivexemplar (PDF/A) SHA-256 " + hash));
    }

    @Test
    void aCorrectionJusteradAgainGetsACopyOfItsOwnAndTheFirstStaysAsItWas() throws Exception {
        bot.ok(tor, "justera");
        bot.ok(sara, "justera");
        byte[] first = pdf("1");
        bot.now("2026-11-05T09:00");
        bot.ok(amina, "protokoll rättelse 2 november: fel ort för nästa möte");
        bot.ok(amina, "ändra D2: Gruppen ordnar en utbildning i vår");
        bot.ok(amina, "protokoll klart 2 november");
        bot.ok(tor, "justera");
        bot.ok(sara, "justera");
        assertEquals(2, bot.count("minutes_archive"));
        assertEquals(2, rendered.size(), "each justerad version rendered once");
        assertEquals(2, rendered.get(1).version());
        assertEquals(LocalDate.of(2026, 11, 5), rendered.get(1).adjustedOn());
        assertArrayEquals(first, pdf("1"), "the first copy is never rendered again");
        assertTrue(texts.get(1).contains("i vår") && !texts.get(1).contains("i våras"), texts.get(1));
        assertEquals(sha256(pdf("2")), bot.rows("SELECT sha256 FROM minutes_archive WHERE version = 2").get(0));
        String versions = bot.ok(amina, "protokoll versioner 2 november");
        for (String hash : bot.rows("SELECT sha256 FROM minutes_archive ORDER BY version")) {
            assertTrue(versions.contains("SHA-256 " + hash), versions);
        }
    }

    @Test
    void aJusteradMeetingCannotBeMovedCancelledChangedOrImportedInto() {
        bot.ok(tor, "justera");
        bot.ok(sara, "justera");
        for (String change : List.of("ändra möte 2 november plats: Varberg", "ändra möte 2 november tid: 2026-12-02 13-16",
                "flytta 2 november till 10 december 13-16", "ställ in 2 november")) {
            String reply = bot.refusedUnchanged(amina, change);
            assertTrue(reply.contains("Protokollet för måndag 2 november 2026") && reply.contains("är justerat (3 november 2026)")
                    && reply.contains("Rätta med: protokoll rättelse 2026-11-02: <orsak>"), change + " → " + reply);
        }
        assertTrue(bot.refusedUnchanged(amina, "move 2 November to 10 December 13-16")
                .contains("Correct them with: minutes correction 2026-11-02: <reason>"));
        bot.ok(amina, "flytta 30 november till 1 december 13-16"); // a meeting not justerad moves as before
    }

    @Test
    void minutesImportedIntoAJusteradMeetingAreRefusedWithNothingChanged() {
        bot.ok(tor, "justera");
        bot.ok(sara, "justera");
        Group group = bot.db.inTransaction(() -> bot.store.groups().named("Strategisk grupp integration").get(0));
        Minutes minutes = new Minutes(new Minutes.Meeting(Optional.of(LocalDate.of(2026, 11, 2)), Optional.empty(),
                Optional.empty(), Optional.of("Halmstad")), List.of(new Minutes.Person("Lena Lind", Optional.of("Laholm"))),
                List.of(), Optional.empty(), List.of("Inledning"), List.of(new Minutes.Decision("Ett annat beslut", Optional.of(0))),
                List.of(), List.of(), List.of());
        String before = bot.snapshot();
        MinutesImport.Result result = new MinutesImport(bot.store, bot.clock(), Settings.defaults())
                .importInto(group, "protokoll-2026-11-02.docx", "Protokoll 2 november 2026 …", minutes);
        assertEquals(MinutesImport.Outcome.LOCKED, result.outcome());
        assertEquals(Optional.of(java.time.LocalDate.of(2026, 11, 2)), result.meeting().map(m -> m.toLocalDate()), "the locked meeting is named");
        assertEquals(before, bot.snapshot(), "nothing imported, no guest added");
    }
}
