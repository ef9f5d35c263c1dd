package se.samverka.minutes.reading;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverka.core.domain.Minutes;

/**
 * The last stage: lines the rules read as nothing, which the segment classifier ({@link LineKinds}) finds to be a
 * decision or an action item with high probability. A decision needs a word of deciding in it ("godkänns",
 * "fastställdes", "enades", "bifalls"); an action item needs an owner the meeting knows anywhere in it —
 * "Förslag på sponsorpaket tas fram av Jyrki", "(Digg bokar)", "… – Tor" — so the model decides what kind of line it
 * is and the rules only read its fields.
 */
final class LearnedLines {
    static final double DECISION = 0.6;
    static final double ACTION = 0.6;
    private static final Pattern DECIDING = Pattern.compile("(?iu)\\b(beslut\\p{L}*|godk[äa]n\\p{L}*|fastställ\\p{L}*|"
            + "antogs|antas|bifall\\p{L}*|enades|enas|överens|uppdr\\p{L}*|tillstyrk\\p{L}*)\\b");
    private static final Pattern CAPITALISED = Pattern.compile("(?u)(?<![\\p{L}])(\\p{Lu}[\\p{L}-]+)");

    private LearnedLines() {}

    static void read(Reading r, LineKinds model) {
        int point = -1;
        Set<String> firstNames = new HashSet<>();
        for (Minutes.Person p : r.participants) firstNames.add(p.name().split("\\s+")[0].toLowerCase(Locale.ROOT));
        for (int i = 0; i < r.lines.size(); i++) {
            if (r.isPoint(i)) point = r.agendaAtLine.get(i);
            String line = r.lines.get(i).strip();
            if (line.isEmpty() || r.claimed.contains(i) || r.isPoint(i) || alreadyRead(r, line)) continue;
            Optional<Integer> at = Optional.of(point).filter(p -> p >= 0);
            if (DECIDING.matcher(line).find() && model.probability(r.lines, i, "DECISION") >= DECISION) {
                r.decisions.add(new Minutes.Decision(line.replaceFirst("^[-•*]\\s*", ""), at));
                continue;
            }
            List<String> owners = owners(r, firstNames, line);
            if (!owners.isEmpty() && model.probability(r.lines, i, "ACTION") >= ACTION) {
                String task = line.replaceFirst("^[-•*]\\s*", "");
                r.actions.add(new Minutes.Action(owners, task, Due.of(r, task), line));
            }
        }
    }

    private static boolean alreadyRead(Reading r, String line) {
        return r.decisions.stream().anyMatch(d -> line.contains(d.text().strip()) || d.text().contains(line))
                || r.actions.stream().anyMatch(a -> line.contains(a.sourceText().strip()) || a.sourceText().contains(line));
    }

    /** The meeting's people (by a name word the attendance gave) and organisations named anywhere in the line. */
    private static List<String> owners(Reading r, Set<String> firstNames, String line) {
        List<String> out = new ArrayList<>();
        Matcher m = CAPITALISED.matcher(line);
        while (m.find()) {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            boolean known = r.knownOrgs.contains(w) || firstNames.contains(w);
            if (known && out.stream().noneMatch(o -> o.equalsIgnoreCase(m.group(1)))) out.add(m.group(1));
        }
        return out;
    }
}
