package se.samverka.core.port;

import java.util.List;
import java.util.Objects;

/** Sends e-mail (SMTP). Either sends or throws {@link DeliveryException}. */
public interface Mailer {

    /**
     * A calendar invitation by e-mail.
     *
     * @param calendar the iCalendar text; {@code method} its METHOD (REQUEST, CANCEL)
     */
    record Invitation(List<Invitations.Person> to, String subject, String text, String calendar, String method) {
        public Invitation {
            to = List.copyOf(to);
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(calendar, "calendar");
            Objects.requireNonNull(method, "method");
        }
    }

    void send(Invitation invitation);

    /**
     * An e-mail with files attached (justerade minutes, a protokollsutdrag).
     *
     * @param key the outbox message's idempotency key: the Message-ID is made from it, so a copy sent again after a
     *            crash carries the same Message-ID (mail systems that keep one copy per id show it once)
     */
    record Mail(List<Invitations.Person> to, String subject, String text, List<MinutesFiles.File> files, String key) {
        public Mail {
            to = List.copyOf(to);
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(text, "text");
            files = List.copyOf(files);
            Objects.requireNonNull(key, "key");
        }
    }

    void send(Mail mail);
}
