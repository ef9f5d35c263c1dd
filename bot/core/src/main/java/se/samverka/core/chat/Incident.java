package se.samverka.core.chat;

import java.util.UUID;
import se.samverka.core.domain.Lang;
import se.samverka.core.text.Texts;

/** A failure of ours: logged with an incident id, answered with that id and never with the details. */
public final class Incident {
    private static final System.Logger LOG = System.getLogger(Incident.class.getName());

    private Incident() {}

    /** Logs {@code failure} under a new incident id and returns the reply that names the id ("nothing was saved"). */
    public static Reply reply(String what, Lang lang, Throwable failure) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(System.Logger.Level.ERROR, what + " incident=" + incident, failure);
        return Reply.builder().text(Texts.of(lang).get("error.internal", incident)).rejected();
    }
}
