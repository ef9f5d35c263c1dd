package se.samverka.core.agenda;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverka.core.agenda.AgendaLayout;
import se.samverka.core.agenda.Agendas;
import se.samverka.core.agenda.Section;
import se.samverka.core.domain.ActionItem;
import se.samverka.core.domain.AgendaItem;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.domain.Meeting;
import se.samverka.core.engine.Ctx;
import se.samverka.core.port.Store;

/**
 * A meeting's agenda as members see it: the standing items, the meeting's own items (in sections, with sub-items),
 * the standing items that close it, numbered as {@link AgendaLayout} says (fixed once the agenda is sent); and the
 * action items from earlier meetings that are followed up ("Punkter från föregående möte").
 */
public record AgendaView(Meeting meeting, List<AgendaItem> items, List<ActionItem> carried, AgendaLayout layout) {

    private static final Pattern POINT_PREFIX = Pattern.compile(
            "^(?:punkt|point|item|p\\.)\\s*(\\d{1,3}(?:\\.\\d{1,2})?)\\s*[:.,-]?\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    public static AgendaView of(Ctx ctx, Meeting meeting) {
        AgendaLayout layout = layout(ctx.store, ctx.scope, meeting, ctx.now, ctx.group.zone());
        List<ActionItem> carried = ctx.store.actions().all(ctx.scope).stream()
                .filter(a -> a.createdAt().isBefore(meeting.start()))
                .filter(a -> a.meetingId().map(id -> id != meeting.id()).orElse(true))
                .filter(a -> a.open() || a.doneAt().map(d -> d.isAfter(meeting.start())).orElse(false))
                .toList();
        return new AgendaView(meeting, layout.items(), carried, layout);
    }

    /** The items (not sub-items) in the order shown: standing, the meeting's own, closing standing items. */
    public static List<AgendaItem> items(Store store, GroupScope scope, Meeting meeting, Instant now) {
        return layout(store, scope, meeting, now, ZoneId.of("UTC")).items();
    }

    public static AgendaLayout layout(Store store, GroupScope scope, Meeting meeting, Instant now, ZoneId zone) {
        return Agendas.read(store, scope, meeting, now, zone);
    }

    /** Sent: by {@code dagordning skicka}, by the reminder the day before, or once the meeting has started. */
    static boolean sent(Store store, GroupScope scope, Meeting meeting, Instant now) {
        return Agendas.sent(store, scope, meeting, now);
    }

    /**
     * Stores the numbers of a sent agenda, so that no later change (an item added, one removed) moves them. Call it
     * before changing the agenda of a meeting that may have been sent; before it is sent it does nothing.
     */
    public static void fixNumbers(Store store, GroupScope scope, Meeting meeting, Instant now) {
        if (sent(store, scope, meeting, now)) send(store, scope, meeting, now);
    }

    /** Marks the agenda sent (dagordning skicka, the reminder the day before) and fixes its numbers as they are. */
    public static void send(Store store, GroupScope scope, Meeting meeting, Instant now) {
        AgendaLayout layout = layout(store, scope, meeting, now, ZoneId.of("UTC"));
        store.agenda().structure().fix(scope, meeting.id(), layout.labels(), now);
    }

    /** The item numbered {@code number} (from 1). */
    public Optional<AgendaItem> item(int number) {
        return item(String.valueOf(number));
    }

    /** The item or sub-item numbered so: "3", "2.1". */
    public Optional<AgendaItem> item(String label) {
        return layout.line(label).map(AgendaLayout.Line::item);
    }

    /** The number of an item (not a sub-item); -1 when it is not on this agenda. */
    public int numberOf(long itemId) {
        return layout.lineOf(itemId).filter(l -> l.depth() == 0).map(l -> Integer.parseInt(l.label())).orElse(-1);
    }

    /** The number of an item or sub-item ("2.1"). */
    Optional<String> label(long itemId) {
        return layout.lineOf(itemId).map(AgendaLayout.Line::label);
    }

    /** The section an item comes under. */
    Optional<Section> sectionOf(long itemId) {
        return layout.lineOf(itemId).flatMap(AgendaLayout.Line::section);
    }

    /** A leading "punkt 2:" and the text after it. */
    public record PointRef(Optional<String> number, String rest) {}

    public static PointRef pointPrefix(String text) {
        Matcher m = POINT_PREFIX.matcher(text.strip());
        if (!m.find()) return new PointRef(Optional.empty(), text.strip());
        return new PointRef(Optional.of(m.group(1)), text.strip().substring(m.end()).strip());
    }
}
