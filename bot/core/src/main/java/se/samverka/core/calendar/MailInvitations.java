package se.samverka.core.calendar;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.samverka.core.domain.Group;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.domain.Meeting;
import se.samverka.core.port.InvitationLog;
import se.samverka.core.port.Invitations;
import se.samverka.core.port.Mailer;
import se.samverka.core.port.Store;
import se.samverka.core.text.Texts;

/**
 * E-mails each meeting's calendar invitation to every member with an e-mail address, so that members outside the
 * chat platform (any organisation, any calendar) get a real invitation: METHOD:REQUEST when a meeting is planned or
 * changed (its SEQUENCE grew since the last sending), METHOD:CANCEL when a meeting whose invitation went out is
 * cancelled. Sent outside any transaction; a failure is kept and tried again with a growing wait.
 */
public final class MailInvitations {
    private static final System.Logger LOG = System.getLogger(MailInvitations.class.getName());

    /** What one run did. */
    public record Report(int sent, int failed) {}

    private record Work(Meeting meeting, Mailer.Invitation mail, int attempts) {}

    private final Store store;
    private final Invitations invitations;
    private final Mailer mailer;
    private final Clock clock;

    public MailInvitations(Store store, Invitations invitations, Mailer mailer, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.invitations = Objects.requireNonNull(invitations, "invitations");
        this.mailer = Objects.requireNonNull(mailer, "mailer");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Report sync(GroupScope scope) {
        List<Work> work = store.transactions().inTransaction(() -> plan(scope), w -> true);
        int sent = 0;
        int failed = 0;
        for (Work w : work) {
            try {
                mailer.send(w.mail());
                store.transactions().run(() -> store.invitations().sent(scope, w.meeting().id(), w.meeting().sequence(), w.meeting().cancelled(),
                        clock.instant()));
                sent++;
            } catch (RuntimeException e) {
                int attempts = w.attempts() + 1;
                Instant next = CalendarSync.nextTry(attempts, e, clock.instant());
                String error = CalendarSync.errorText(e);
                LOG.log(System.Logger.Level.WARNING, "invitation mail for " + w.meeting().icsUid() + " failed (attempt "
                        + attempts + "), next try " + next + ": " + error);
                store.transactions().run(() -> store.invitations().failed(scope, w.meeting().id(), attempts, next, error));
                failed++;
            }
        }
        return new Report(sent, failed);
    }

    /** The groups with a failed invitation whose time to try again has come. */
    public List<GroupScope> due() {
        return store.transactions().inTransaction(() -> store.invitations().due(clock.instant()), d -> true);
    }

    public Report syncDue() {
        int sent = 0;
        int failed = 0;
        for (GroupScope scope : due()) {
            Report r = sync(scope);
            sent += r.sent();
            failed += r.failed();
        }
        return new Report(sent, failed);
    }

    private List<Work> plan(GroupScope scope) {
        Optional<Group> group = store.groups().byScope(scope);
        if (group.isEmpty()) return List.of();
        Instant now = clock.instant();
        Texts t = Texts.of(group.get().lang());
        List<Work> work = new ArrayList<>();
        for (Meeting m : store.meetings().all(scope)) {
            if (!m.end().isAfter(now)) continue;
            Optional<InvitationLog.Sent> sent = store.invitations().byMeeting(scope, m.id());
            if (sent.flatMap(InvitationLog.Sent::nextTry).map(n -> n.isAfter(now)).orElse(false)) continue;
            boolean everSent = sent.map(s -> s.sequence() >= 0).orElse(false);
            boolean need = m.cancelled()
                    ? everSent && !sent.get().cancelled()
                    : !everSent || sent.get().sequence() < m.sequence();
            if (!need) continue;
            Invitations.Meeting event = CalendarFiles.of(store, group.get(), m, now, Optional.empty());
            if (event.attendees().isEmpty()) continue;
            String date = t.longDate(m.startIn(group.get().zone()).toLocalDate());
            String subject = t.get(m.cancelled() ? "mail.cancelSubject" : everSent ? "mail.updateSubject" : "mail.subject",
                    group.get().name(), date);
            String text = (m.cancelled() ? t.get("calendar.cancelled") + "\n\n" : "") + t.meetingTime(m.startIn(group.get().zone()),
                    m.endIn(group.get().zone())) + event.location().map(l -> " · " + l).orElse("") + "\n\n" + event.description();
            work.add(new Work(m, new Mailer.Invitation(event.attendees(), subject, text,
                    invitations.invitation(group.get().zone(), event, now), m.cancelled() ? "CANCEL" : "REQUEST"),
                    sent.map(InvitationLog.Sent::attempts).orElse(0)));
        }
        return work;
    }

}
