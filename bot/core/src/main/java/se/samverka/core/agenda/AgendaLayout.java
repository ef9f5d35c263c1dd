package se.samverka.core.agenda;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.samverka.core.domain.AgendaItem;

/**
 * A meeting's agenda laid out: its items in order with their numbers ("3", "2.1"), the section each belongs to,
 * presenter, minutes and the clock time each starts at.
 *
 * <p>Order: the standing items (except closing ones), then the meeting's own items and sections by position, then
 * the closing standing items ("Övriga frågor", "Nästa möte"). Before the agenda is sent the items are numbered
 * 1, 2, 3 in that order. Once it is sent the numbers it was sent with stay ({@code labels}), whatever happens
 * afterwards: an item added later gets the next free number and comes last, a removed one leaves a gap.
 */
public final class AgendaLayout {

    /** One item on the agenda; {@code depth} 0 for an item, 1 for a sub-item. */
    public record Line(AgendaItem item, String label, int depth, Optional<Section> section, ItemDetails details,
                       Optional<LocalTime> startsAt) {
        public Line {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(section, "section");
            Objects.requireNonNull(details, "details");
            Objects.requireNonNull(startsAt, "startsAt");
        }
    }

    /** What a layout is made of, as stored. */
    public record Parts(List<AgendaItem> standing, List<AgendaItem> own, List<AgendaItem> subItems,
                        List<Section> sections, Map<Long, ItemDetails> details, Map<Long, String> labels, boolean sent) {
        public Parts {
            standing = List.copyOf(standing);
            own = List.copyOf(own);
            subItems = List.copyOf(subItems);
            sections = List.copyOf(sections);
            details = Map.copyOf(details);
            labels = Map.copyOf(labels);
        }
    }

    private final List<Line> lines;
    private final List<Section> empty;
    private final boolean sent;

    private AgendaLayout(List<Line> lines, List<Section> empty, boolean sent) {
        this.lines = List.copyOf(lines);
        this.empty = List.copyOf(empty);
        this.sent = sent;
    }

    public static AgendaLayout of(Parts parts, LocalTime start) {
        List<AgendaItem> top = order(parts);
        Map<Long, String> labels = new HashMap<>(parts.labels());
        int next = top.stream().map(i -> labels.get(i.id())).filter(Objects::nonNull)
                .mapToInt(Integer::parseInt).max().orElse(0) + 1;
        for (AgendaItem item : top) {
            if (!labels.containsKey(item.id())) labels.put(item.id(), String.valueOf(next++));
        }
        if (parts.sent()) top.sort(Comparator.comparingInt(i -> Integer.parseInt(labels.get(i.id()))));
        boolean timed = top.stream().anyMatch(i -> details(parts, i).minutes().isPresent());
        Optional<LocalTime> clock = timed ? Optional.of(start) : Optional.empty();
        List<Line> lines = new ArrayList<>();
        for (AgendaItem item : top) {
            ItemDetails d = details(parts, item);
            lines.add(new Line(item, labels.get(item.id()), 0, section(parts, item), d, clock));
            clock = clock.flatMap(c -> d.minutes().map(c::plusMinutes));
            lines.addAll(subLines(parts, item, labels.get(item.id())));
        }
        List<Section> used = lines.stream().map(Line::section).flatMap(Optional::stream).toList();
        List<Section> empty = parts.sections().stream().filter(s -> !used.contains(s))
                .sorted(Comparator.comparingInt(Section::position)).toList();
        return new AgendaLayout(lines, empty, parts.sent());
    }

    /** Standing (not closing), then own items by position, then closing standing items. */
    private static List<AgendaItem> order(Parts parts) {
        List<AgendaItem> top = new ArrayList<>();
        parts.standing().stream().filter(i -> !details(parts, i).closing()).forEach(top::add);
        parts.own().stream().sorted(Comparator.comparingInt(AgendaItem::position).thenComparingLong(AgendaItem::id))
                .forEach(top::add);
        parts.standing().stream().filter(i -> details(parts, i).closing()).forEach(top::add);
        return top;
    }

    private static List<Line> subLines(Parts parts, AgendaItem parent, String parentLabel) {
        List<AgendaItem> subs = parts.subItems().stream()
                .filter(s -> details(parts, s).parentId().equals(Optional.of(parent.id())))
                .sorted(Comparator.comparingInt(AgendaItem::position).thenComparingLong(AgendaItem::id)).toList();
        int next = subs.stream().map(s -> parts.labels().get(s.id())).filter(Objects::nonNull)
                .mapToInt(l -> Integer.parseInt(l.substring(l.indexOf('.') + 1))).max().orElse(0) + 1;
        List<Line> lines = new ArrayList<>();
        for (AgendaItem sub : subs) {
            String label = parts.labels().getOrDefault(sub.id(), parentLabel + "." + next);
            if (!parts.labels().containsKey(sub.id())) next++;
            lines.add(new Line(sub, label, 1, Optional.empty(), details(parts, sub), Optional.empty()));
        }
        if (parts.sent()) lines.sort(Comparator.comparingInt(l -> Integer.parseInt(l.label().substring(l.label().indexOf('.') + 1))));
        return lines;
    }

    /** The section an own item comes under: the last one before it; standing items have none. */
    private static Optional<Section> section(Parts parts, AgendaItem item) {
        if (item.standing()) return Optional.empty();
        return parts.sections().stream().filter(s -> s.position() < item.position())
                .max(Comparator.comparingInt(Section::position));
    }

    private static ItemDetails details(Parts parts, AgendaItem item) {
        return parts.details().getOrDefault(item.id(), ItemDetails.plain(item.id()));
    }

    /** Every item and sub-item in the order shown. */
    public List<Line> lines() {
        return lines;
    }

    /** The items (not sub-items) in the order shown. */
    public List<AgendaItem> items() {
        return lines.stream().filter(l -> l.depth() == 0).map(Line::item).toList();
    }

    /** The sub-items of an item, in order. */
    public List<Line> subItems(long parentId) {
        return lines.stream().filter(l -> l.depth() == 1 && l.details().parentId().equals(Optional.of(parentId))).toList();
    }

    /** The item or sub-item numbered so ("3", "2.1"). */
    public Optional<Line> line(String label) {
        String wanted = label.strip();
        return lines.stream().filter(l -> l.label().equals(wanted)).findFirst();
    }

    public Optional<Line> lineOf(long itemId) {
        return lines.stream().filter(l -> l.item().id() == itemId).findFirst();
    }

    /** The sections that have items under them, in the order shown. */
    public List<Section> sections() {
        return lines.stream().map(Line::section).flatMap(Optional::stream).distinct().toList();
    }

    /** Sections no item comes under yet (a heading just written), in order: shown after the meeting's own items. */
    public List<Section> emptySections() {
        return empty;
    }

    /** Whether the numbers are fixed (the agenda was sent). */
    public boolean sent() {
        return sent;
    }

    /** Every number, for freezing: item id → number. */
    public Map<Long, String> labels() {
        Map<Long, String> out = new HashMap<>();
        lines.forEach(l -> out.put(l.item().id(), l.label()));
        return out;
    }
}
