package se.samverka.minutes.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import se.samverka.core.domain.Minutes;
import se.samverka.core.text.Likeness;

/**
 * The discussion under each agenda item: the lines between an item's heading and the next item's, without what is
 * already read as a decision, an action item or a laget runt report, and without a heading that has nothing of its
 * own under it ("Laget runt:" above the reports). The last item ends where the signatures start ("Vid
 * tangenterna:", "Justeras:"); what a printed page repeats at its top ("Sida 2 (3)", "Justerandes sign") is left out. An item whose heading is not found in the text gets no discussion.
 */
final class DiscussionText {
    private static final Pattern NUMBERING = Pattern.compile("^(?:#{1,6}\\s*)?(?:§\\s*)?\\d{1,2}(?:\\.\\d{1,2})*[.):]?\\s+|^[•*▪·-]\\s+");
    private static final Pattern TRAILER = Pattern.compile("(?iu)^(vid tangenterna|vid protokollet|antecknat av|antecknare"
            + "|sekreterare|protokollförare|justeras|justerare|ordförande|minnesanteckningar förda av|mötet avslutades)\\b.*");
    private static final Pattern DECISION_LINE = Pattern.compile("(?iu)^(beslut|beslutades|beslöts|mötet beslutade)\\b.*");
    /** What a page of a printed protocol repeats at its top and foot. */
    private static final Pattern PAGE = Pattern.compile("(?iu)^(justerandes? sign\\p{L}*|utdragsbestyrkande|sammanträdesdatum"
            + "|sida|sida \\d+( \\(\\d+\\)| av \\d+)?|\\d+ \\(\\d+\\)|\\d{4}-\\d{2}-\\d{2})$|(?-i:^[\\p{Lu}\\d ,.&-]*\\p{Lu}{2}[\\p{Lu}\\d ,.&-]*$)");
    private static final int TITLE_KEY = 40;

    private DiscussionText() {}

    /** The minutes with the discussion under each of its agenda items; {@code lines} as {@link Layout} gave them. */
    static Minutes attach(List<String> lines, Minutes minutes) {
        if (minutes.agendaItems().isEmpty()) return minutes;
        int[] heads = heads(lines, minutes.agendaItems());
        List<String> recorded = recorded(minutes);
        List<String> perItem = new ArrayList<>();
        for (int i = 0; i < heads.length; i++) {
            if (heads[i] < 0) {
                perItem.add("");
                continue;
            }
            int end = lines.size();
            for (int j = i + 1; j < heads.length; j++) {
                if (heads[j] > heads[i]) {
                    end = heads[j];
                    break;
                }
            }
            perItem.add(section(lines.subList(heads[i] + 1, end), recorded));
        }
        return minutes.withDiscussion(perItem);
    }

    /** The line of each item's heading, in order (-1 when not found), from the occurrence of the first that finds most. */
    static int[] heads(List<String> lines, List<String> titles) {
        List<String> plainLines = new ArrayList<>(lines.size());
        for (String line : lines) plainLines.add(Likeness.plain(NUMBERING.matcher(line.strip()).replaceFirst("")));
        List<String> plainTitles = titles.stream().map(Likeness::plain).toList();
        int[] best = chain(plainLines, plainTitles, -1);
        for (int i = 0; i < plainLines.size(); i++) {
            if (best[0] >= 0 && i > best[0] && isHead(plainLines.get(i), plainTitles.get(0))) {
                int[] later = chain(plainLines, plainTitles, i - 1);
                if (found(later) >= found(best)) best = later; // the agenda listed first, then the items written out
            }
        }
        return best;
    }

    private static int[] chain(List<String> lines, List<String> titles, int from) {
        int[] at = new int[titles.size()];
        int pos = from;
        for (int t = 0; t < titles.size(); t++) {
            at[t] = -1;
            for (int i = pos + 1; i < lines.size(); i++) {
                if (isHead(lines.get(i), titles.get(t))) {
                    at[t] = i;
                    pos = i;
                    break;
                }
            }
        }
        return at;
    }

    private static int found(int[] at) {
        int n = 0;
        for (int a : at) if (a >= 0) n++;
        return n;
    }

    /** Whether a line heads an item with this title; both as {@link Likeness#plain} gives them, the line without its number. */
    private static boolean isHead(String l, String t) {
        if (l.isEmpty() || t.isEmpty()) return false;
        String start = t.length() <= TITLE_KEY ? t : t.substring(0, TITLE_KEY);
        return l.startsWith(start) || l.length() >= 4 && t.startsWith(l) && l.length() * 2 >= t.length();
    }

    private static List<String> recorded(Minutes minutes) {
        List<String> out = new ArrayList<>();
        minutes.decisions().forEach(d -> out.add(Likeness.plain(d.text())));
        minutes.actionItems().forEach(a -> out.add(Likeness.plain(a.sourceText())));
        minutes.roundTable().forEach(r -> out.add(Likeness.plain(r.report())));
        out.removeIf(s -> s.length() < 8);
        return out;
    }

    /** The paragraphs of one item's section that are its own. */
    private static String section(List<String> lines, List<String> recorded) {
        List<String> kept = new ArrayList<>();
        List<Boolean> emptied = new ArrayList<>();
        for (String line : lines) {
            String l = line.strip();
            if (TRAILER.matcher(l).matches()) break;
            if (l.isEmpty() || l.equals("```") || l.length() <= 40 && PAGE.matcher(l).find()) continue;
            String own = DECISION_LINE.matcher(l).matches() ? "" : own(l, recorded);
            kept.add(own);
            emptied.add(own.isEmpty());
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            String p = kept.get(i);
            if (p.isEmpty()) continue;
            boolean nothingUnder = i + 1 >= kept.size() || emptied.get(i + 1);
            if (p.endsWith(":") && p.length() <= 60 && nothingUnder) continue;
            out.add(p);
        }
        return String.join("\n", out);
    }

    /** The sentences of a line that are not a recorded decision, action item or report. */
    private static String own(String line, List<String> recorded) {
        List<String> out = new ArrayList<>();
        for (String sentence : Layout.sentences(line)) {
            String s = Likeness.plain(sentence);
            if (s.isEmpty()) continue;
            boolean taken = recorded.stream().anyMatch(r -> r.contains(s) && s.length() >= 8 || s.contains(r));
            if (!taken) out.add(sentence.strip());
        }
        return String.join(" ", out);
    }
}
