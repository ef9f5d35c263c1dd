package se.samverka.minutes.quality;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverka.minutes.reading.LineKinds;

/**
 * Weak line labels for the segment classifier, aligned from a labelled document's label file: a line is AGENDA_ITEM
 * when it holds an agenda title and little else, DECISION / ACTION / REPORT when most of its words are a labelled
 * decision's, action's source sentence's or report's (the overlap score.py matches by), ATTENDANCE when it names a
 * participant or absentee, NEXT_MEETING when it speaks of the next meeting with a number in it, HEADER for the
 * dated or "Tid:/Plats:" lines of the head, DISCUSSION otherwise. Weak: labels were not written for this.
 */
public final class LineLabels {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{2,}");
    private static final Pattern NEXT = Pattern.compile("(?iu)\\b(nästa|kommande|planerade)\\b.*\\d|\\d.*\\b(nästa|kommande) (möte|sammanträde)");
    private static final Pattern HEAD = Pattern.compile("(?iu)^\\s*(tid|plats|datum|lokal)\\b|\\d{4}-\\d{2}-\\d{2}|\\d{1,2} \\p{L}+ \\d{4}");

    private LineLabels() {}

    public static LineKinds.Labelled of(String text, JsonObject labels) {
        List<String> lines = LineKinds.lines(text);
        List<String> kinds = new ArrayList<>();
        List<Set<String>> agenda = texts(labels, "agenda_items", null);
        List<Set<String>> decisions = texts(labels, "decisions", "text");
        List<Set<String>> actions = texts(labels, "action_items", "source_text");
        List<Set<String>> reports = texts(labels, "round_table", "report");
        List<String> names = new ArrayList<>();
        for (String key : List.of("participants", "absent")) {
            for (JsonElement p : WeakLabels.array(labels, key)) {
                String n = p.isJsonObject() ? WeakLabels.string(p, "name") : p.isJsonPrimitive() ? p.getAsString() : "";
                if (n.length() > 2) names.add(n.toLowerCase(Locale.ROOT));
            }
        }
        for (int i = 0; i < lines.size(); i++) kinds.add(kind(lines.get(i), i, agenda, decisions, actions, reports, names));
        return new LineKinds.Labelled(lines, kinds);
    }

    private static String kind(String line, int i, List<Set<String>> agenda, List<Set<String>> decisions,
                               List<Set<String>> actions, List<Set<String>> reports, List<String> names) {
        Set<String> words = words(line);
        if (words.isEmpty()) return "DISCUSSION";
        for (Set<String> t : agenda) {
            if (!t.isEmpty() && covered(t, words) >= 0.8 && words.size() <= t.size() + 4) return "AGENDA_ITEM";
        }
        if (words.size() >= 3) {
            if (actions.stream().anyMatch(a -> covered(words, a) >= 0.6)) return "ACTION";
            if (decisions.stream().anyMatch(d -> covered(words, d) >= 0.6)) return "DECISION";
            if (reports.stream().anyMatch(r -> covered(words, r) >= 0.6)) return "REPORT";
        }
        String lower = line.toLowerCase(Locale.ROOT);
        if (names.stream().anyMatch(lower::contains) && words.size() <= 30) return "ATTENDANCE";
        if (NEXT.matcher(line).find()) return "NEXT_MEETING";
        if (i < 12 && HEAD.matcher(line).find()) return "HEADER";
        return "DISCUSSION";
    }

    /** The share of {@code part}'s words that are in {@code whole}. */
    private static double covered(Set<String> part, Set<String> whole) {
        if (part.isEmpty()) return 0;
        long in = part.stream().filter(whole::contains).count();
        return (double) in / part.size();
    }

    private static List<Set<String>> texts(JsonObject labels, String key, String field) {
        List<Set<String>> out = new ArrayList<>();
        for (JsonElement e : WeakLabels.array(labels, key)) {
            String t = field == null ? (e.isJsonPrimitive() ? e.getAsString() : WeakLabels.string(e, "title")) : WeakLabels.string(e, field);
            if (field != null && t.isEmpty() && key.equals("action_items")) t = WeakLabels.string(e, "task");
            if (!t.isBlank()) out.add(words(t));
        }
        return out;
    }

    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) out.add(m.group());
        return out;
    }
}
