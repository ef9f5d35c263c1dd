package se.samverka.minutes.reading;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverka.core.domain.Minutes;

/**
 * Laget runt: under a "Laget runt" / "Runt bordet" line (also a numbered point), each "Namn: what they reported" or
 * "Organisation: …" line; or, when the first
 * line under it is running text, each capitalised clause of it as the report of the word it starts with.
 */
final class RoundTable {
    private static final Pattern ROUND = Pattern.compile("(?iu)^\\s*(?:#+\\s*)?(?:§\\s*)?(?:\\d{1,2}(?:\\.\\d{1,2})*[.:)]?\\s+)?(?:laget runt|runda bordet|runt bordet|rundan)\\b.*$");

    /** "Mats: …", "- Region Norr: …", "Norrby kommun: …": who reported (a person or an organisation), a colon, the report. */
    private static final Pattern ENTRY = Pattern.compile("(?u)^\\s*(?:[-•*]\\s+)?(\\p{Lu}[\\p{L}'’.-]*(?:\\s+[\\p{L}'’.-]+){0,3})\\s*:\\s*(\\S.*)$");

    /** "Beslut: …", "Åtgärd: …", "Beslut om budget: …" under the round: the minutes' own marks, no one's report. */
    private static final Pattern NOT_AN_ENTRY = Pattern.compile("(?iu)^\\s*(?:[-•*]\\s*)?(?:beslut|åtgärd|action|uppgift|att göra|todo|ansvarig)\\p{L}*\\b");

    private RoundTable() {}

    static void read(Reading r) {
        for (int i = 0; i < r.lines.size(); i++) {
            if (!ROUND.matcher(r.lines.get(i)).find()) continue;
            r.claimed.add(i);
            entries(r, i);
        }
    }

    private static void entries(Reading r, int heading) {
        boolean first = true;
        for (int j = heading + 1; j < r.lines.size(); j++) {
            String line = r.lines.get(j).strip();
            if (line.isEmpty()) continue;
            if (r.isPoint(j) || NOT_AN_ENTRY.matcher(line).find() || Shapes.NEXT_OPENS.matcher(line).find()) return;
            Matcher e = ENTRY.matcher(line);
            if (e.find() && !Shapes.isHeaderWord(e.group(1))) {
                r.round.add(new Minutes.Report(e.group(1), e.group(2).strip()));
                r.claimed.add(j);
                first = false;
                continue;
            }
            if (first && !Shapes.MARKDOWN.matcher(line).find() && !Shapes.NUMBERED.matcher(line).find()) {
                for (String clause : line.split("[,;.]\\s*")) {
                    String c = clause.strip();
                    if (!c.isEmpty() && Character.isUpperCase(c.codePointAt(0))) {
                        r.round.add(new Minutes.Report(c.split("\\s+")[0], c));
                    }
                }
                r.claimed.add(j);
            }
            return;
        }
    }
}
