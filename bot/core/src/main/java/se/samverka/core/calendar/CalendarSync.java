package se.samverka.core.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.samverka.core.agenda.AgendaView;
import se.samverka.core.domain.AgendaItem;
import se.samverka.core.domain.Group;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.domain.Meeting;
import se.samverka.core.meeting.MeetingFinder;
import se.samverka.core.port.CalendarEventRepository;
import se.samverka.core.port.CalendarService;
import se.samverka.core.port.DeliveryException;
import se.samverka.core.port.Store;
import se.samverka.core.text.Sha256;
import se.samverka.core.text.Texts;

/**
 * Keeps the organiser's calendar in step with a group's meetings: a meeting ahead becomes an event with every
 * member who has an e-mail address invited, the place, and the agenda in the body; a move or any other change
 * updates the same event (its id is stored, so nothing is made twice); a cancelled meeting cancels it.
 *
 * <p>The calendar is called outside any transaction, and what it answered is written afterwards. A failure keeps
 * the meeting as it is, records the error and a time to try again (the calendar's Retry-After, or a backoff
 * doubling from one minute to an hour), and {@link #syncDue()} tries again then.
 */
public final class CalendarSync {
    static final Duration FIRST_BACKOFF = Duration.ofMinutes(1);
    static final Duration MAX_BACKOFF = Duration.ofHours(1);
    private static final System.Logger LOG = System.getLogger(CalendarSync.class.getName());

    /** What one run did. */
    public record Report(int created, int updated, int cancelled, int failed) {
        Report plus(Report o) {
            return new Report(created + o.created, updated + o.updated, cancelled + o.cancelled, failed + o.failed);
        }
    }

    private record Work(Meeting meeting, Optional<CalendarEventRepository.Synced> synced,
                        Optional<CalendarService.Event> event, String hash, String cancelComment) {}

    private final Store store;
    private final CalendarService calendar;
    private final Clock clock;

    public CalendarSync(Store store, CalendarService calendar, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Brings every meeting of the group that is ahead (or newly cancelled) in step, except those waiting to retry. */
    public Report sync(GroupScope scope) {
        List<Work> work = store.transactions().inTransaction(() -> plan(scope), w -> true);
        Report report = new Report(0, 0, 0, 0);
        for (Work w : work) report = report.plus(carryOut(scope, w));
        return report;
    }

    /** Tries again for every group with a failed sync whose time has come. */
    public Report syncDue() {
        Report report = new Report(0, 0, 0, 0);
        for (GroupScope scope : due()) report = report.plus(sync(scope));
        return report;
    }

    /** The groups with a failed sync whose time to try again has come. */
    public List<GroupScope> due() {
        return store.transactions().inTransaction(() -> store.calendarEvents().due(clock.instant()), d -> true);
    }

    /** Every group of the database, for a start-up pass that catches up on changes made while the calendar was away. */
    public Report syncAll(List<GroupScope> groups) {
        Report report = new Report(0, 0, 0, 0);
        for (GroupScope scope : groups) report = report.plus(sync(scope));
        return report;
    }

    private List<Work> plan(GroupScope scope) {
        Optional<Group> group = store.groups().byScope(scope);
        if (group.isEmpty()) return List.of();
        Instant now = clock.instant();
        Texts t = Texts.of(group.get().lang());
        List<CalendarService.Attendee> attendees = store.members().roster(scope).stream()
                .filter(m -> m.email().isPresent())
                .map(m -> new CalendarService.Attendee(m.name(), m.email().get()))
                .toList();
        List<Work> work = new ArrayList<>();
        for (Meeting m : store.meetings().all(scope)) {
            Optional<CalendarEventRepository.Synced> synced = store.calendarEvents().byMeeting(scope, m.id());
            if (synced.flatMap(CalendarEventRepository.Synced::nextTry).map(next -> next.isAfter(now)).orElse(false)) {
                continue; // waiting to try again
            }
            if (m.cancelled()) {
                boolean live = synced.flatMap(CalendarEventRepository.Synced::eventId).isPresent()
                        && !synced.flatMap(CalendarEventRepository.Synced::hash).equals(Optional.of(CalendarEventRepository.CANCELLED));
                if (live) work.add(new Work(m, synced, Optional.empty(), CalendarEventRepository.CANCELLED, t.get("calendar.cancelled")));
                continue;
            }
            if (!m.end().isAfter(now)) continue;
            CalendarService.Event event = event(group.get(), t, m, attendees,
                    AgendaView.items(store, scope, m, now));
            String hash = hash(event);
            if (!synced.flatMap(CalendarEventRepository.Synced::hash).equals(Optional.of(hash))) {
                work.add(new Work(m, synced, Optional.of(event), hash, ""));
            }
        }
        return work;
    }

    private Report carryOut(GroupScope scope, Work w) {
        Optional<String> eventId = w.synced().flatMap(CalendarEventRepository.Synced::eventId);
        try {
            if (w.event().isEmpty()) {
                calendar.cancel(eventId.orElseThrow(), w.cancelComment());
                store.transactions().run(() -> store.calendarEvents().saved(scope, w.meeting().id(), eventId.get(), w.hash(), Optional.empty()));
                return new Report(0, 0, 1, 0);
            }
            CalendarService.Saved saved;
            boolean created = eventId.isEmpty();
            if (created) {
                saved = calendar.create(w.event().get());
            } else {
                try {
                    saved = calendar.update(eventId.get(), w.event().get());
                } catch (CalendarService.Gone gone) { // deleted in Outlook: the meeting still stands, so it comes back
                    saved = calendar.create(w.event().get());
                    created = true;
                }
            }
            CalendarService.Saved done = saved;
            store.transactions().run(() -> store.calendarEvents().saved(scope, w.meeting().id(), done.eventId(), w.hash(), done.joinUrl()));
            return created ? new Report(1, 0, 0, 0) : new Report(0, 1, 0, 0);
        } catch (RuntimeException e) {
            int attempts = w.synced().map(CalendarEventRepository.Synced::attempts).orElse(0) + 1;
            Instant next = nextTry(attempts, e, clock.instant());
            String error = errorText(e);
            LOG.log(System.Logger.Level.WARNING, "calendar sync of meeting " + w.meeting().icsUid() + " failed (attempt "
                    + attempts + "), next try " + next + ": " + error, e instanceof DeliveryException ? null : e);
            store.transactions().run(() -> store.calendarEvents().failed(scope, w.meeting().id(), attempts, next, error));
            return new Report(0, 0, 0, 1);
        }
    }


    /** When to try again after the attempts failed so far: the service's Retry-After, or the backoff if longer. */
    public static Instant nextTry(int attempts, RuntimeException e, Instant now) {
        Duration wait = backoff(attempts);
        if (e instanceof DeliveryException d && d.retryAfter().isPresent() && d.retryAfter().get().compareTo(wait) > 0) {
            wait = d.retryAfter().get();
        }
        return now.plus(wait);
    }

    /** The failure as kept for the chair to see (at most 500 characters). */
    public static String errorText(RuntimeException e) {
        String error = Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName());
        return error.length() > 500 ? error.substring(0, 500) : error;
    }

    static Duration backoff(int attempts) {
        Duration d = FIRST_BACKOFF.multipliedBy(1L << Math.min(attempts - 1, 10));
        return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
    }

    static CalendarService.Event event(Group group, Texts t, Meeting m, List<CalendarService.Attendee> attendees,
                                       List<AgendaItem> agenda) {
        StringBuilder body = new StringBuilder();
        body.append("<p>").append(html(t.get("calendar.intro", group.name()))).append("</p>");
        m.host().ifPresent(h -> body.append("<p>").append(html(t.get("calendar.host", h))).append("</p>"));
        body.append("<p><b>").append(html(t.get("calendar.agenda"))).append("</b></p>");
        if (agenda.isEmpty()) {
            body.append("<p>").append(html(t.get("calendar.noAgenda"))).append("</p>");
        } else {
            body.append("<ol>");
            agenda.forEach(item -> body.append("<li>").append(html(item.text())).append("</li>"));
            body.append("</ol>");
        }
        body.append("<p><i>").append(html(t.get("calendar.footer"))).append("</i></p>");
        return new CalendarService.Event(m.icsUid(), t.get("calendar.subject", group.name()),
                m.startIn(group.zone()), m.endIn(group.zone()), MeetingFinder.placeText(m), body.toString(), attendees);
    }

    static String hash(CalendarService.Event e) {
        StringBuilder s = new StringBuilder().append(e.subject()).append('\n').append(e.start()).append('\n')
                .append(e.end()).append('\n').append(e.location().orElse("")).append('\n').append(e.bodyHtml());
        e.attendees().forEach(a -> s.append('\n').append(a.name()).append(" <").append(a.email()).append('>'));
        return HexFormat.of().formatHex(Sha256.of(s.toString()), 0, 16);
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
