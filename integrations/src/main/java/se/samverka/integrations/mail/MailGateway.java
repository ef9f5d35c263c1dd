package se.samverka.integrations.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.samverka.core.chat.Block;
import se.samverka.core.chat.ConversationRef;
import se.samverka.core.chat.Reply;
import se.samverka.core.port.ChatGateway;
import se.samverka.core.port.DeliveryException;
import se.samverka.core.port.Invitations;
import se.samverka.core.port.Mailer;
import se.samverka.core.port.MinutesFiles;
import se.samverka.core.port.Outbox;

/**
 * The outbox's e-mail: a message addressed {@link Outbox#MAIL} goes to its address, its first heading the subject, its
 * other blocks the text, with the files rendered for it attached. There are no channels or chats by e-mail, so
 * {@link #post}, {@link #direct} and {@link #upload} refuse.
 */
public final class MailGateway implements ChatGateway {
    private final Mailer mailer;

    public MailGateway(Mailer mailer) {
        this.mailer = Objects.requireNonNull(mailer, "mailer");
    }

    @Override
    public String send(Outbox.Address to, Reply message, String key, List<MinutesFiles.File> files) {
        String subject = "";
        List<String> text = new ArrayList<>();
        for (Block b : message.blocks()) {
            if (b instanceof Block.Heading h && subject.isEmpty()) subject = h.text();
            else if (b instanceof Block.Heading h) text.add(h.text());
            else if (b instanceof Block.Paragraph p) text.add(p.text());
            else if (b instanceof Block.Context c) text.add(c.text());
            else if (b instanceof Block.Items i) text.add(String.join("\n", i.items().stream().map(x -> "- " + x).toList()));
            else if (b instanceof Block.Entry e) text.add(e.text());
        }
        mailer.send(new Mailer.Mail(List.of(person(to.target())), subject, String.join("\n\n", text), files, key));
        return key;
    }

    @Override
    public String send(Outbox.Address to, Reply message, String key) {
        return send(to, message, key, List.of());
    }

    /** "Tor Jacobsen &lt;tor@example.se&gt;" or a bare address. */
    static Invitations.Person person(String target) {
        int open = target.lastIndexOf(" <");
        if (open < 0 || !target.endsWith(">")) return new Invitations.Person("", target.strip());
        return new Invitations.Person(target.substring(0, open).strip(), target.substring(open + 2, target.length() - 1));
    }

    @Override
    public String post(ConversationRef channel, Reply message) {
        throw none();
    }

    @Override
    public String direct(String workspaceId, String userId, Reply message) {
        throw none();
    }

    @Override
    public String upload(ConversationRef channel, String fileName, String title, byte[] content) {
        throw none();
    }

    private static DeliveryException none() {
        return new DeliveryException("e-mail has no channels or chats", Optional.empty(), null);
    }
}
