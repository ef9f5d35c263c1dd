package se.samverka.integrations.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import se.samverka.config.SmtpSettings;
import se.samverka.core.port.DeliveryException;
import se.samverka.core.port.Invitations;
import se.samverka.core.port.Mailer;

/**
 * Calendar invitations by SMTP (Jakarta Mail / Eclipse Angus): multipart/mixed holding multipart/alternative (the
 * text, and the invitation as {@code text/calendar; method=REQUEST} — what Outlook, Gmail and Thunderbird show as
 * an invitation with Accept/Decline) and the same calendar as an .ics attachment for other mail programs.
 */
public final class SmtpMailer implements Mailer {
    private final SmtpSettings settings;
    private final Session session;

    public SmtpMailer(SmtpSettings settings) {
        this.settings = settings;
        Properties p = new Properties();
        p.put("mail.smtp.host", settings.host());
        p.put("mail.smtp.port", String.valueOf(settings.port()));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "20000");
        p.put("mail.smtp.writetimeout", "20000");
        if (settings.security().equals("starttls")) p.put("mail.smtp.starttls.enable", "true");
        if (settings.security().equals("ssl")) p.put("mail.smtp.ssl.enable", "true");
        Optional<Authenticator> auth = settings.user().map(user -> new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, settings.password().orElse(""));
            }
        });
        if (auth.isPresent()) p.put("mail.smtp.auth", "true");
        this.session = Session.getInstance(p, auth.orElse(null));
    }

    @Override
    public void send(Invitation invitation) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(settings.from(), "Samverka", "UTF-8"));
            for (Invitations.Person to : invitation.to()) {
                message.addRecipient(Message.RecipientType.TO, new InternetAddress(to.email(), to.name(), "UTF-8"));
            }
            message.setSubject(invitation.subject(), "UTF-8");
            message.setSentDate(new Date());
            message.setContent(body(invitation));
            message.saveChanges();
            Transport.send(message);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new DeliveryException("e-mail not sent: " + e.getMessage(), Optional.empty(), e);
        }
    }

    /** multipart/mixed: the text, then each file as an attachment under its name. */
    @Override
    public void send(Mail mail) {
        try {
            String id = "<" + hex(mail.key()) + "@samverka>";
            MimeMessage message = new MimeMessage(session) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", id);
                }
            };
            message.setFrom(new InternetAddress(settings.from(), "Samverka", "UTF-8"));
            for (Invitations.Person to : mail.to()) {
                message.addRecipient(Message.RecipientType.TO, to.name().isBlank() ? new InternetAddress(to.email(), true)
                        : new InternetAddress(to.email(), to.name(), "UTF-8"));
            }
            message.setSubject(mail.subject(), "UTF-8");
            message.setSentDate(new Date());
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), "UTF-8");
            mixed.addBodyPart(text);
            for (var file : mail.files()) {
                MimeBodyPart attachment = new MimeBodyPart();
                attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(file.content(), file.mediaType())));
                attachment.setFileName(file.name());
                attachment.setDisposition(MimeBodyPart.ATTACHMENT);
                mixed.addBodyPart(attachment);
            }
            message.setContent(mixed);
            message.saveChanges();
            Transport.send(message);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new DeliveryException("e-mail not sent: " + e.getMessage(), Optional.empty(), e);
        }
    }

    /** The SHA-256 of the key in hex (a Message-ID's left part allows no spaces or colons). */
    static String hex(String key) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static MimeMultipart body(Invitation invitation) throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(invitation.text(), "UTF-8");
        MimeBodyPart calendar = new MimeBodyPart();
        String type = "text/calendar; charset=UTF-8; method=" + invitation.method();
        calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(invitation.calendar().getBytes(StandardCharsets.UTF_8), type)));
        calendar.setHeader("Content-Type", type);
        calendar.setHeader("Content-Transfer-Encoding", "8bit");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(calendar);
        MimeBodyPart alternativePart = new MimeBodyPart();
        alternativePart.setContent(alternative);
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(invitation.calendar().getBytes(StandardCharsets.UTF_8),
                "application/ics; name=invite.ics")));
        attachment.setFileName("invite.ics");
        attachment.setDisposition(MimeBodyPart.ATTACHMENT);
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(alternativePart);
        mixed.addBodyPart(attachment);
        return mixed;
    }
}
