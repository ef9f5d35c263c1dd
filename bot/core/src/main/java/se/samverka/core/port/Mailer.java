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
}
