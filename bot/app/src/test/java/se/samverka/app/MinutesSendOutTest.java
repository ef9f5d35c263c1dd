package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import se.samverka.storage.TestDatabase;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverka.config.ConfigLoader;
import se.samverka.core.chat.ChatUser;
import se.samverka.core.chat.ConversationRef;
import se.samverka.core.chat.IncomingCommand;
import se.samverka.core.chat.Reply;

/**
 * Justerade minutes e-mailed through a real SMTP server in the test (GreenMail): every member with an address gets
 * the .docx and the PDF, each registrar the protokollsutdrag of the decisions that concern its organisation — each
 * once, however often the outbox runs — and a correction justerad again goes out as version 2.
 */
class MinutesSendOutTest {
    static final ConversationRef CHANNEL = new ConversationRef("console", "local", "sgi");
    static final ChatUser AMINA = new ChatUser("amina", "Amina Boulaabi", Optional.empty(), true);
    static final ChatUser TOR = new ChatUser("tor", "Tor Jacobsen", Optional.empty(), true);

    @TempDir
    Path folder;
    GreenMail smtp;
    MutableClock clock;
    Samverka samverka;

    @BeforeEach
    void start() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        clock = new MutableClock(LocalDateTime.parse("2026-11-02T10:00").atZone(ZoneId.of("Europe/Stockholm"))
                .toInstant(), ZoneId.of("Europe/Stockholm"));
        samverka = Samverka.open(ConfigLoader.load(Map.of(ConfigLoader.DB, TestDatabase.setting(folder.resolve("s.db")),
                ConfigLoader.SMTP_HOST, "127.0.0.1", ConfigLoader.SMTP_PORT, String.valueOf(smtp.getSmtp().getPort()),
                ConfigLoader.SMTP_FROM, "samverka@example.se", ConfigLoader.SMTP_SECURITY, "none"), Optional.empty()), clock);
        say(AMINA, "grupp skapa Strategisk grupp integration");
        say(AMINA, "medlem Amina Boulaabi, Region Halland, amina@regionhalland.se, sekreterare");
        say(AMINA, "medlem Tor Jacobsen, Falkenberg, tor@falkenberg.se");
        say(AMINA, "medlem Lena Ek, Arbetsförmedlingen, lena.ek@arbetsformedlingen.se");
        say(AMINA, "medlem Karin Utan E-post, Hylte");
        say(AMINA, "möte 2 november 13-16 Halmstad");
        clock.set(LocalDateTime.parse("2026-11-02T17:00").atZone(ZoneId.of("Europe/Stockholm")).toInstant()); // held
        say(AMINA, "punkt Budget 2027");
        say(AMINA, "punkt Konferens");
        say(AMINA, "beslut punkt 1: Vi antar budgeten.");
        say(AMINA, "åtgärd punkt 1: Lena skickar budgeten till kansliet");
        say(AMINA, "beslut punkt 2: Falkenberg står värd för konferensen.");
        say(AMINA, "organisation Falkenberg registrator registrator@falkenberg.se");
        say(AMINA, "organisation Arbetsförmedlingen registrator diarium@arbetsformedlingen.se");
        say(AMINA, "organisation Region Halland registrator diarium@regionhalland.se");
        say(AMINA, "justerare Tor");
        say(AMINA, "protokoll klart");
    }

    @AfterEach
    void stop() {
        samverka.close();
        smtp.stop();
    }

    String say(ChatUser user, String text) {
        Reply reply = samverka.assistant().handle(new IncomingCommand(CHANNEL, user, text));
        assertFalse(reply.rejected(), text + " → " + reply);
        return reply.toString();
    }

    /** The minutes' e-mails (the meeting's invitations, sent by the calendar worker, left out). */
    MimeMessage[] minutesMails() throws Exception {
        List<MimeMessage> out = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) if (!m.getSubject().startsWith("Inbjudan")) out.add(m);
        return out.toArray(MimeMessage[]::new);
    }

    static List<String> recipients(MimeMessage[] messages) throws Exception {
        List<String> out = new ArrayList<>();
        for (MimeMessage m : messages) out.addAll(Arrays.stream(m.getAllRecipients()).map(Object::toString).toList());
        return out.stream().sorted().toList();
    }

    static MimeMessage to(MimeMessage[] messages, String address) throws Exception {
        for (MimeMessage m : messages) {
            if (Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(address))) return m;
        }
        throw new AssertionError("nothing to " + address);
    }

    static byte[] bytes(BodyPart part) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        part.getDataHandler().writeTo(out);
        return out.toByteArray();
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void everyMemberWithAnAddressAndEveryConcernedRegistrarGetsTheJusteradeMinutesOnce() throws Exception {
        String approved = say(TOR, "justera");
        assertTrue(approved.contains("Saknar e-postadress och får inte protokollet med e-post: Karin Utan E-post"), approved);
        assertTrue(approved.contains("e-post till 3 medlemmar och 2 registratorer"), approved);
        assertTrue(samverka.outboxSender().sendDue() >= 6, "channel, 3 members, 2 registrars, the secretary");
        assertEquals(0, samverka.outboxSender().sendDue(), "the outbox run again sends nothing");
        MimeMessage[] mails = minutesMails();
        assertEquals(List.of("Amina Boulaabi <amina@regionhalland.se>", "Lena Ek <lena.ek@arbetsformedlingen.se>",
                "Tor Jacobsen <tor@falkenberg.se>", "diarium@arbetsformedlingen.se", "registrator@falkenberg.se"),
                recipients(mails), "each member with an address and each concerned registrar, once; Region Halland's decisions: none");

        MimeMessage lena = to(mails, "lena.ek@");
        assertTrue(lena.getSubject().startsWith("Justerat protokoll: Strategisk grupp integration"), lena.getSubject());
        assertFalse(lena.getSubject().contains("version"), "version 1 is the minutes themselves");
        MimeMultipart mixed = (MimeMultipart) lena.getContent();
        assertEquals(3, mixed.getCount(), "text, PDF, .docx");
        assertTrue(mixed.getBodyPart(0).isMimeType("text/plain"));
        assertTrue(((String) mixed.getBodyPart(0).getContent()).contains("Justerat av Tor Jacobsen"));
        BodyPart pdf = mixed.getBodyPart(1);
        assertEquals(Part.ATTACHMENT, pdf.getDisposition());
        assertEquals("protokoll-2026-11-02.pdf", pdf.getFileName());
        assertTrue(pdf.isMimeType("application/pdf"));
        String pdfText = pdfText(bytes(pdf));
        assertTrue(pdfText.contains("Vi antar budgeten.") && pdfText.contains("§ 1/2026") && pdfText.contains("§ 2/2026"), pdfText);
        BodyPart docx = mixed.getBodyPart(2);
        assertEquals("protokoll-2026-11-02.docx", docx.getFileName());
        try (XWPFDocument word = new XWPFDocument(new java.io.ByteArrayInputStream(bytes(docx)));
             XWPFWordExtractor text = new XWPFWordExtractor(word)) {
            assertTrue(text.getText().contains("Falkenberg står värd för konferensen."), text.getText());
        }

        MimeMessage falkenberg = to(mails, "registrator@falkenberg.se");
        assertTrue(falkenberg.getSubject().startsWith("Protokollsutdrag: Strategisk grupp integration"), falkenberg.getSubject());
        assertTrue(falkenberg.getSubject().endsWith("– Falkenberg"), falkenberg.getSubject());
        MimeMultipart extract = (MimeMultipart) falkenberg.getContent();
        assertEquals(2, extract.getCount(), "text and one PDF");
        String extractText = pdfText(bytes(extract.getBodyPart(1)));
        assertTrue(extractText.contains("Protokollsutdrag") && extractText.contains("Strategisk grupp integration")
                && extractText.contains("§ 2/2026") && extractText.contains("Falkenberg står värd")
                && extractText.contains("Justerat av Tor Jacobsen"), extractText);
        assertFalse(extractText.contains("Vi antar budgeten"), "a decision that does not concern Falkenberg is not in its extract");
        String af = pdfText(bytes(((MimeMultipart) to(mails, "diarium@arbetsformedlingen.se").getContent()).getBodyPart(1)));
        assertTrue(af.contains("§ 1/2026") && af.contains("Vi antar budgeten"), "Lena's action item goes with it: " + af);
        assertFalse(af.contains("Falkenberg står värd"), af);

        say(AMINA, "protokoll rättelse 2026-11-02: fel plats");
        say(AMINA, "protokoll klart");
        say(TOR, "justera");
        samverka.outboxSender().sendDue();
        assertEquals(0, samverka.outboxSender().sendDue());
        MimeMessage[] all = minutesMails();
        assertEquals(10, all.length, "version 2 once more to the same five, version 1 not again");
        long second = Arrays.stream(all).filter(m -> {
            try {
                return m.getSubject().contains("(version 2, rättelse)");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).count();
        assertEquals(5, second);
        MimeMessage lena2 = Arrays.stream(all).filter(m -> {
            try {
                return m.getSubject().contains("version 2") && m.getAllRecipients()[0].toString().contains("lena");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();
        assertEquals("protokoll-2026-11-02-v2.pdf", ((MimeMultipart) lena2.getContent()).getBodyPart(1).getFileName());
    }
}
