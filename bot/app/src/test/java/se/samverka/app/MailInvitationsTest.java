package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import se.samverka.storage.TestDatabase;

import biweekly.Biweekly;
import biweekly.ICalendar;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverka.config.ConfigLoader;
import se.samverka.core.chat.ChatUser;
import se.samverka.core.chat.ConversationRef;
import se.samverka.core.chat.IncomingCommand;
import se.samverka.core.chat.Reply;

/** Invitations e-mailed to members through a real SMTP server in the test (GreenMail), MIME checked part by part. */
class MailInvitationsTest {
    static final ConversationRef CHANNEL = new ConversationRef("console", "local", "sgi");
    static final ChatUser AMINA = new ChatUser("amina", "Amina Boulaabi", Optional.empty(), true);

    @TempDir
    Path folder;
    GreenMail smtp;
    int port;
    MutableClock clock;
    Samverka samverka;

    @BeforeEach
    void start() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        port = smtp.getSmtp().getPort();
        clock = new MutableClock(LocalDateTime.parse("2026-11-02T10:00").atZone(ZoneId.of("Europe/Stockholm")).toInstant(),
                ZoneId.of("Europe/Stockholm"));
        samverka = Samverka.open(ConfigLoader.load(Map.of(ConfigLoader.DB, TestDatabase.setting(folder.resolve("s.db")),
                ConfigLoader.SMTP_HOST, "127.0.0.1", ConfigLoader.SMTP_PORT, String.valueOf(port),
                ConfigLoader.SMTP_FROM, "samverka@example.se", ConfigLoader.SMTP_SECURITY, "none"), Optional.empty()), clock);
        say("grupp skapa Strategisk grupp integration");
        say("medlem Tor Jacobsen, Falkenberg, tor@falkenberg.se");
        say("medlem Lena Ek, Arbetsförmedlingen, lena.ek@arbetsformedlingen.se");
        say("medlem Karin Utan E-post, Hylte");
    }

    @AfterEach
    void stop() {
        samverka.close();
        smtp.stop();
    }

    void say(String text) {
        Reply reply = samverka.assistant().handle(new IncomingCommand(CHANNEL, AMINA, text));
        assertTrue(!reply.rejected(), text + " → " + reply);
    }

    /** The messages received so far, once {@code count} have come. */
    MimeMessage[] received(int count) {
        Eventually.until(() -> smtp.getReceivedMessages().length >= count, count + " messages");
        return smtp.getReceivedMessages();
    }

    /** GreenMail keeps a copy per recipient, grouped by mailbox: find by subject. */
    static MimeMessage withSubject(MimeMessage[] messages, String subject) throws Exception {
        for (MimeMessage m : messages) if (m.getSubject().equals(subject)) return m;
        throw new AssertionError("no message " + subject);
    }

    static String calendarPart(MimeMessage m) throws Exception {
        MimeMultipart mixed = (MimeMultipart) m.getContent();
        MimeMultipart alternative = (MimeMultipart) mixed.getBodyPart(0).getContent();
        BodyPart calendar = alternative.getBodyPart(1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        calendar.getDataHandler().writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void membersGetARealInvitationThenTheChangeThenTheCancellation() throws Exception {
        say("stående punkt Budget 2027");
        MimeMessage[] none = smtp.getReceivedMessages();
        say("möte 10 december 9-12 Halmstad");
        MimeMessage[] first = received(2); // one copy per recipient
        MimeMessage invite = first[0];
        assertEquals("Inbjudan: Strategisk grupp integration – möte torsdag 10 december 2026", invite.getSubject());
        assertEquals(List.of("Samverka <samverka@example.se>"), Arrays.stream(invite.getFrom()).map(Object::toString).toList());
        assertEquals(List.of("Tor Jacobsen <tor@falkenberg.se>", "Lena Ek <lena.ek@arbetsformedlingen.se>"),
                Arrays.stream(invite.getAllRecipients()).map(Object::toString).toList(), "members with an e-mail, in any organisation");
        assertTrue(invite.getContentType().startsWith("multipart/mixed"), invite.getContentType());
        MimeMultipart mixed = (MimeMultipart) invite.getContent();
        assertEquals(2, mixed.getCount());
        assertTrue(mixed.getBodyPart(0).getContentType().startsWith("multipart/alternative"));
        MimeMultipart alternative = (MimeMultipart) mixed.getBodyPart(0).getContent();
        assertTrue(alternative.getBodyPart(0).isMimeType("text/plain"));
        assertTrue(((String) alternative.getBodyPart(0).getContent()).contains("Budget 2027"));
        String type = alternative.getBodyPart(1).getContentType().replaceAll("\\s+", " ");
        assertTrue(type.startsWith("text/calendar") && type.contains("method=REQUEST"), type);
        BodyPart attachment = mixed.getBodyPart(1);
        assertEquals(Part.ATTACHMENT, attachment.getDisposition());
        assertEquals("invite.ics", attachment.getFileName());
        ICalendar cal = Biweekly.parse(calendarPart(invite)).first();
        assertEquals("REQUEST", cal.getMethod().getValue());
        assertEquals(0, cal.getEvents().get(0).getSequence().getValue());
        assertEquals(2, cal.getEvents().get(0).getAttendees().size());
        assertEquals("samverka@example.se", cal.getEvents().get(0).getOrganizer().getEmail(),
                "no chair or secretary with an address: the mailbox the invitations come from organises");
        assertTrue(calendarPart(invite).lines().allMatch(l -> l.getBytes(StandardCharsets.UTF_8).length <= 75));
        String uid = cal.getEvents().get(0).getUid().getValue();

        say("flytta 10 december till 11 december 13-16");
        MimeMessage changed = withSubject(received(4), "Ändrat: Strategisk grupp integration – möte fredag 11 december 2026");
        ICalendar moved = Biweekly.parse(calendarPart(changed)).first();
        assertEquals(uid, moved.getEvents().get(0).getUid().getValue());
        assertEquals(1, moved.getEvents().get(0).getSequence().getValue());

        say("punkt Lokaler"); // an agenda change alone sends nothing new
        say("ställ in 11 december");
        MimeMessage cancelled = withSubject(received(6), "Inställt: Strategisk grupp integration – möte fredag 11 december 2026");
        ICalendar cancel = Biweekly.parse(calendarPart(cancelled)).first();
        assertEquals("CANCEL", cancel.getMethod().getValue());
        assertEquals("samverka@example.se", cancel.getEvents().get(0).getOrganizer().getEmail());
        assertTrue(!calendarPart(cancelled).contains("DECLINED"), "the attendees did not decline: the meeting is off");
        assertEquals(uid, cancel.getEvents().get(0).getUid().getValue());
        Thread.sleep(300);
        assertEquals(6, smtp.getReceivedMessages().length, "nothing sent twice");
        assertEquals(0, none.length);
    }

    @Test
    void aMailServerThatIsDownIsTriedAgainLater() throws Exception {
        smtp.stop();
        say("möte 10 december 9-12 Halmstad");
        Path db = folder.resolve("s.db");
        Eventually.until(() -> DbSnapshot.count(db, "SELECT COUNT(*) FROM sent_invitation WHERE attempts = 1") == 1, "a failure kept");
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        samverka.calendar().orElseThrow().runDue();
        assertEquals(0, smtp.getReceivedMessages().length, "not before its time");
        clock.set(clock.instant().plus(Duration.ofMinutes(2)));
        samverka.calendar().orElseThrow().runDue();
        assertEquals(2, received(2).length);
        assertEquals(0, DbSnapshot.count(db, "SELECT COUNT(*) FROM sent_invitation WHERE next_try IS NOT NULL"));
    }
}
