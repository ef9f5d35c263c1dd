package se.samverka.core.usecase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverka.core.domain.ActionItem;
import se.samverka.core.domain.AgendaItem;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.domain.Meeting;
import se.samverka.core.port.Store;

/**
 * A meeting's agenda as members see it: the standing items, then the items proposed for the meeting, numbered
 * from 1; and the action items from earlier meetings that are followed up ("Punkter från föregående möte").
 */
record AgendaView(Meeting meeting, List<AgendaItem> items, List<ActionItem> carried) {

    private static final Pattern POINT_PREFIX = Pattern.compile(
            "^(?:punkt|point|item|p\\.)\\s*(\\d{1,3})\\s*[:.,-]?\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    static AgendaView of(Ctx ctx, Meeting meeting) {
        List<AgendaItem> items = items(ctx.store, ctx.scope, meeting, ctx.now);
        List<ActionItem> carried = ctx.store.actions().all(ctx.scope).stream()
                .filter(a -> a.createdAt().isBefore(meeting.start()))
                .filter(a -> a.meetingId().map(id -> id != meeting.id()).orElse(true))
                .filter(a -> a.open() || a.doneAt().map(d -> d.isAfter(meeting.start())).orElse(false))
                .toList();
        return new AgendaView(meeting, items, carried);
    }

    /** The standing items in force when the meeting started (or now, for one still ahead), then its own items. */
    static List<AgendaItem> items(Store store, GroupScope scope, Meeting meeting, Instant now) {
        Instant at = meeting.start().isAfter(now) ? now : meeting.start();
        List<AgendaItem> items = new ArrayList<>(store.agenda().standing(scope, at));
        items.addAll(store.agenda().forMeeting(scope, meeting.id()));
        return items;
    }

    /** The item numbered {@code number} (from 1). */
    Optional<AgendaItem> item(int number) {
        return number >= 1 && number <= items.size() ? Optional.of(items.get(number - 1)) : Optional.empty();
    }

    int numberOf(long itemId) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id() == itemId) return i + 1;
        }
        return -1;
    }

    /** A leading "punkt 2:" and the text after it. */
    record PointRef(Optional<Integer> number, String rest) {}

    static PointRef pointPrefix(String text) {
        Matcher m = POINT_PREFIX.matcher(text.strip());
        if (!m.find()) return new PointRef(Optional.empty(), text.strip());
        return new PointRef(Optional.of(Integer.parseInt(m.group(1))), text.strip().substring(m.end()).strip());
    }
}
