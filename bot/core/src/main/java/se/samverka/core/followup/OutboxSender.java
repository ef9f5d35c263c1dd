package se.samverka.core.followup;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.samverka.core.calendar.CalendarSync;
import se.samverka.core.chat.Reply;
import se.samverka.core.domain.Member;
import se.samverka.core.domain.Role;
import se.samverka.core.port.ChatGateway;
import se.samverka.core.port.DeliveryException;
import se.samverka.core.port.MinutesFiles;
import se.samverka.core.port.Outbox;
import se.samverka.core.port.Store;
import se.samverka.core.text.Texts;

/**
 * Sends what the outbox holds, through the platform's gateway, outside any transaction; a message is marked sent
 * only after the platform took it. The start of the first attempt is written down before sending: a pending message
 * that has one may have reached the platform before the process died, so the platform is asked first (where it can
 * be) and the message is sent again only if the platform does not have it. A failure waits (Retry-After, or 1 minute doubling to an hour) and is tried again;
 * after {@link #MAX_ATTEMPTS} tries it is parked and the group's chair is told — nothing is dropped silently.
 */
public final class OutboxSender {
    public static final int MAX_ATTEMPTS = 6;
    public static final int BATCH = 200;
    /** How much earlier than our own clock the platform's clock may be, when looking for an earlier attempt. */
    static final java.time.Duration LOOK_BACK_MARGIN = java.time.Duration.ofMinutes(5);
    private static final System.Logger LOG = System.getLogger(OutboxSender.class.getName());

    private final Store store;
    private final Map<String, ChatGateway> gateways;
    private final Clock clock;
    private final MinutesFiles files;

    public OutboxSender(Store store, Map<String, ChatGateway> gateways, Clock clock) {
        this(store, gateways, clock, MinutesFiles.none());
    }

    /** @param files renders the files a message names (justerade minutes, protokollsutdrag) just before it is sent */
    public OutboxSender(Store store, Map<String, ChatGateway> gateways, Clock clock, MinutesFiles files) {
        this.store = Objects.requireNonNull(store, "store");
        this.gateways = Map.copyOf(gateways);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.files = Objects.requireNonNull(files, "files");
    }

    /** Sends what is due; returns how many were sent. */
    public int sendDue() {
        List<Outbox.Message> due = store.transactions().inTransaction(() -> store.outbox().due(clock.instant(), BATCH), d -> true);
        int sent = 0;
        for (Outbox.Message m : due) {
            try {
                String id = send(m);
                store.transactions().run(() -> store.outbox().sent(m.id(), id, clock.instant()));
                sent++;
            } catch (RuntimeException e) {
                int attempts = m.attempts() + 1;
                String error = CalendarSync.errorText(e);
                if (attempts >= MAX_ATTEMPTS) {
                    LOG.log(System.Logger.Level.ERROR, "outbox message " + m.key() + " parked after " + attempts + " attempts: " + error);
                    store.transactions().run(() -> {
                        store.outbox().park(m.id(), attempts, error);
                        if (!m.kind().equals("parked")) tellChair(m, error);
                    });
                } else {
                    Instant next = CalendarSync.nextTry(attempts, e, clock.instant());
                    LOG.log(System.Logger.Level.WARNING, "outbox message " + m.key() + " failed (attempt " + attempts + "), next try "
                            + next + ": " + error);
                    store.transactions().run(() -> store.outbox().retry(m.id(), attempts, next, error));
                }
            }
        }
        return sent;
    }

    private String send(Outbox.Message m) {
        ChatGateway gateway = gateways.get(m.to().platform());
        if (gateway == null) throw new DeliveryException("no gateway for " + m.to().platform(), Optional.empty(), null);
        if (m.attempted().isPresent()) {
            Optional<String> already = alreadySent(gateway, m);
            if (already.isPresent()) {
                LOG.log(System.Logger.Level.INFO, "outbox message " + m.key() + " was delivered before a restart; not sent again");
                return already.get();
            }
        } else {
            store.transactions().run(() -> store.outbox().attempting(m.id(), clock.instant()));
        }
        List<MinutesFiles.Spec> specs = MinutesFiles.Spec.in(m.body());
        if (specs.isEmpty()) return gateway.send(m.to(), m.body(), m.key());
        List<MinutesFiles.File> rendered = specs.stream().flatMap(s -> files.render(s).stream()).toList();
        return gateway.send(m.to(), MinutesFiles.Spec.without(m.body()), m.key(), rendered);
    }

    /** What the platform says of an earlier attempt; when it cannot answer, the message is sent again. */
    private Optional<String> alreadySent(ChatGateway gateway, Outbox.Message m) {
        try {
            return gateway.findSent(m.to(), m.key(), m.attempted().get().minus(LOOK_BACK_MARGIN));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot ask the platform about " + m.key() + " (" + CalendarSync.errorText(e)
                    + "); sending it again");
            return Optional.empty();
        }
    }

    /** A message that could not be sent is reported in the group's channel, naming the chair. */
    private void tellChair(Outbox.Message m, String error) {
        var group = store.groups().byScope(m.group());
        if (group.isEmpty()) return;
        Texts t = Texts.of(group.get().lang());
        String chair = store.members().roster(m.group()).stream().filter(x -> x.role() == Role.CHAIR).map(Member::name)
                .findFirst().orElse(t.get("error.anyMember"));
        Reply notice = Reply.builder().text(t.get("outbox.parked", chair, m.kind(), error)).ok().withShared(true);
        Optional<Outbox.Address> to = Optional.of(m.to()).filter(a -> !a.platform().equals(Outbox.MAIL)).or(() -> channel(m.group()));
        to.ifPresent(a -> store.outbox().enqueue(m.group(), "parked:" + m.key(), "parked", a, notice, clock.instant()));
    }

    /** The group's first channel: where a failed e-mail is reported (never by e-mail). */
    private Optional<Outbox.Address> channel(se.samverka.core.domain.GroupScope group) {
        List<String> channels = store.groups().channels(group);
        Optional<String[]> workspace = store.groups().workspaceOf(group.workspaceId());
        if (channels.isEmpty() || workspace.isEmpty()) return Optional.empty();
        return Optional.of(new Outbox.Address(workspace.get()[0], workspace.get()[1], channels.get(0)));
    }

}
