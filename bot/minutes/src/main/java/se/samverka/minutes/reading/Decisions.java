package se.samverka.minutes.reading;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverka.core.domain.Minutes;

/**
 * The decisions, each under the agenda point it stands under: "Beslut: …" (and "Beslut" over the text or bullets
 * below it), "Att: … / Beslut: Attsatsen bifalles", "Förslag: … / Beslut: bifalles", a "Besluten:" list, "att"
 * clauses ({@link DecisionPhrases}), "Styrelsen beslutar: att …" over "att …" lines, and sentences that say a
 * decision was made ("Gruppen beslutade att …", "Beslutades att …").
 */
final class Decisions {
    private static final Pattern BESLUTEN = Pattern.compile("(?iu)^\\s*(?:besluten|beslut som fattades|fattade beslut"
            + "|(?-i:\\p{Lu})\\p{L}+\\s+(?:fattade|tog)\\s+(?:följande\\s+)?beslut(?=\\s*:))\\s*:?\\s*(.*)$");
    private static final Pattern PROPOSAL = Pattern.compile("(?iu)^\\s*(?:[-•*]\\s*)?(?:förslag(?: till beslut)?|yrkande|beslutsförslag)\\s*:\\s*(.+)$");
    private static final Pattern APPROVED = Pattern.compile("(?iu)^(?:att-?sats(?:en)?\\s+|förslaget\\s+|yrkandet\\s+)?(?:bifall\\w*|godk[äa]n\\w*|antas|antogs)\\.?$");
    private static final Pattern REJECTED = Pattern.compile("(?iu)^(?:att-?sats(?:en)?\\s+|förslaget\\s+|yrkandet\\s+|motionen\\s+)?(?:avslå\\w*|avslag)\\.?$");
    private static final Pattern DECIDED = Pattern.compile(
            "(?u)^(?:[-•*]\\s*)?(?:Vi|\\p{Lu}[\\p{L}-]+)\\s+(?:beslöt|beslutade|beslutar|beslutades|har beslutat)\\b\\s*(.*)$");
    /**
     * A body's decision inside a sentence: after "och", or with its capital where a copy lost the sentence's end
     * ("… (se bilaga) Styrelsen beslutar att …"), also without its "att" before the verb ("… Styrelsen beslöt arbeta
     * efter …"); the body a noun in its definite form, or "vi".
     */
    private static final Pattern CLAUSE = Pattern.compile("(?u)\\S\\s+(?:och\\s+)?((?:\\p{L}+(?:en|et|na)|[Vv]i)\\s+"
            + "(?:beslöt|beslutade|beslutar|har beslutat)\\s+(?:att\\s+\\S|\\p{Ll}+a\\s+\\p{L}).*)$");
    private static final Pattern LIST_ITEM = Pattern.compile("(?:^|\\s)-\\s+(?=\\p{Lu})");
    private static final int WRAPPED = 6;
    /** The next point's number in a line run together: "… dagordning 2. Val av justerare …". */
    private static final Pattern NEXT_POINT = Pattern.compile("(?u)\\s\\d{1,2}(?:\\.\\d{1,2})*\\.\\s+(?=\\p{Lu})");
    /** A decision's "att"-clause after a sentence's end, in lower case, as no sentence of running text opens. */
    private static final Pattern BARE_ATT = Pattern.compile("(?u)(?<=\\p{L}{3}[.!?]\\s)(att\\s+\\p{Ll}[^.!?]*?[.!?])(?=\\s+(?:\\p{Lu}|\\d)|\\s*$)");
    private static final Pattern MARKER = Pattern.compile("(?u)^(?:\\p{Lu}\\p{L}+\\s+)?(?iu:beslutade|beslöt|beslutades|beslöts|beslutar)"
            + "\\s*:\\s*(?=\\S)");
    /** After a decision's sentence, a remark in brackets or the next numbered item ("… uppfylls. (Sektionen …) 25/ …"). */
    private static final Pattern NEXT_ITEM = Pattern.compile("(?<=[.!?])\\s+(?=\\(|\\d{1,3}[/.)]\\s)");
    private static final Pattern STANDING_ATT = Pattern.compile("(?u)^(?:[-•*]\\s*)?[Aa]tt\\s+(?!göra\\b|tänka\\b)\\p{Ll}+\\s+\\S+\\s+\\S+.*[.,;]?$");
    private static final Pattern POINT_NUMBER = Pattern.compile("^(?:§\\s*)?\\d{1,3}[.:)]?\\s+(?=\\p{Lu})");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|$)");

    private final Reading r;
    private final List<String> lines;
    private int point = -1;
    /** Under a "Besluten:" line. */
    private boolean list;
    /** Under "Styrelsen beslutar:", where each "att …" line is a decision. */
    private boolean attList;

    private Decisions(Reading r) {
        this.r = r;
        this.lines = r.lines;
    }

    static void read(Reading r) {
        Decisions d = new Decisions(r);
        for (int i = 0; i < r.lines.size(); i++) i = d.line(i);
    }

    private Optional<Integer> at() {
        return Optional.of(point).filter(p -> p >= 0);
    }

    private void add(String text) {
        String t = MARKER.matcher(text).replaceFirst(""); // "Beslutades: Att …", "Styrelsen beslutade: …": the decision after it
        r.decisions.add(new Minutes.Decision(t.isBlank() ? text : t, at()));
    }

    /** Reads line {@code i}; returns the last line read. */
    private int line(int i) {
        if (r.isPoint(i)) {
            point = r.agendaAtLine.get(i);
            attList = false;
        }
        String line = lines.get(i).strip();
        if (line.isEmpty()) return i;
        Matcher besluten = BESLUTEN.matcher(line);
        if (besluten.find()) {
            String rest = besluten.group(1).strip(); // "Styrelsen fattade beslut: att anta budgeten."
            if (rest.toLowerCase(Locale.ROOT).startsWith("att ") || rest.endsWith(".") && !rest.startsWith("- ")) add(rest);
            list = true; // the items under it (a heading's words after the colon are no decision)
            if (rest.startsWith("- ")) listItems(rest);
            return i;
        }
        if (list && listItems(line)) return i;
        list = false; // a line that is no item of the list ends it
        Matcher b = Shapes.BESLUT.matcher(line);
        if (b.find()) return beslut(i, b.group(1) == null ? "" : b.group(1).strip());
        List<String> clauses = DecisionPhrases.attClauses(line);
        if (!clauses.isEmpty()) {
            clauses.forEach(this::add);
            return i;
        }
        if (DecisionPhrases.heading(line)) {
            Optional<Integer> next = r.nextNonBlank(i);
            if (next.isPresent() && !r.isPoint(next.get()) && !DecisionPhrases.heading(lines.get(next.get()))) {
                add(lines.get(next.get()).strip());
                return next.get();
            }
            return i;
        }
        if (attList && line.toLowerCase(Locale.ROOT).startsWith("att ") || standingAtt(i, line)) {
            add(line);
            return i;
        }
        attList = false;
        sentences(line, i);
        return i;
    }

    /**
     * "Att ge GS i uppdrag att …" on a line of its own after a paragraph that has ended (or under its point): a board's
     * decision written as its att-clause; not "Att göra:" and not a sentence wrapped onto the line.
     */
    private boolean standingAtt(int i, String line) {
        if (!STANDING_ATT.matcher(line).find()) return false;
        for (int k = i - 1; k >= 0; k--) {
            String above = lines.get(k).strip();
            if (above.isEmpty()) continue;
            return r.isPoint(k) || above.matches(".*[.:!?]$");
        }
        return false;
    }

    /** The "- X" items of a line under "Besluten:"; true when the line had any. */
    private boolean listItems(String line) {
        if (Shapes.MARKDOWN.matcher(line).find()) {
            list = false;
            return false;
        }
        if (line.startsWith("- ")) { // one item a line ("- vd är valkommitténs sekreterare")
            add(line.substring(2).strip());
            return true;
        }
        String[] items = LIST_ITEM.split(line);
        for (int k = 1; k < items.length; k++) {
            String item = items[k].strip();
            if (item.length() > 3) add(item);
        }
        return items.length > 1;
    }

    /** A "Beslut:" line with {@code rest} after the colon; returns the last line read. */
    private int beslut(int i, String rest) {
        if (REJECTED.matcher(rest).find()) return i;
        if (!APPROVED.matcher(rest).find() && !rest.isEmpty()) {
            add(NEXT_ITEM.split(untilAnOwnersSentence(rest), 2)[0].strip());
            return i;
        }
        if (proposalAbove(i)) return i;
        Optional<Integer> next = r.nextNonBlank(i);
        if (!rest.isEmpty() || next.isEmpty() || r.isPoint(next.get()) || Shapes.MARKDOWN.matcher(lines.get(next.get())).find()) {
            return i;
        }
        // "Beslut" on a line of its own, the decision under it — or the bullets under it, each one
        String under = lines.get(next.get()).strip();
        if (!Shapes.isBullet(under)) {
            add(under);
            return attClausesBelow(next.get());
        }
        int last = next.get(); // the bullets, blank lines between them too; "- Nästa möte …" is no decision
        for (int k = last; k < lines.size(); k++) {
            String item = lines.get(k).strip();
            if (item.isEmpty() || !Shapes.isBullet(item) && lines.get(k).startsWith("  ")) continue; // a list inside an item
            if (!Shapes.isBullet(item)) break;
            if (!Shapes.NEXT_OPENS.matcher(item).find()) add(item.replaceFirst("^[•*▪·-]\\s+", ""));
            last = k;
        }
        return last;
    }

    /** After "Beslut" over "att a," the "att b." lines that follow (blank lines between): each a decision too. */
    private int attClausesBelow(int k) {
        if (!startsWithAtt(lines.get(k))) return k;
        int last = k;
        for (Optional<Integer> n = r.nextNonBlank(last); n.isPresent() && !r.isPoint(n.get())
                && startsWithAtt(lines.get(n.get())); n = r.nextNonBlank(last)) {
            add(lines.get(n.get()).strip());
            last = n.get();
        }
        return last;
    }

    private static boolean startsWithAtt(String line) {
        return line.strip().toLowerCase(Locale.ROOT).startsWith("att ");
    }

    /** "Att: … / Beslut: bifalles", "Förslag: att … / Beslut: Förslaget bifalles": the proposal above is the decision. */
    private boolean proposalAbove(int i) {
        for (int k = i - 1; k >= Math.max(0, i - 8); k--) {
            Matcher att = Shapes.ATT_LINE.matcher(lines.get(k));
            Matcher proposal = PROPOSAL.matcher(lines.get(k));
            if (att.find()) {
                add(att.group(1).strip());
                return true;
            }
            if (proposal.find()) {
                add(proposal.group(1).strip());
                return true;
            }
            if (r.isPoint(k)) return false;
        }
        return false;
    }

    /** The sentences of a line that say a decision was made. */
    private void sentences(String line, int i) {
        Matcher bare = BARE_ATT.matcher(line); // "… tillförde mycket. att anteckna informationen." (a copy lost "Beslut")
        while (bare.find()) add(bare.group(1).strip());
        for (String sentence : Layout.sentences(line)) {
            String s = POINT_NUMBER.matcher(sentence.replaceFirst("^[-•*]\\s*", "")).replaceFirst(""); // "5. Beslöts att …"
            Matcher marked = Shapes.BESLUT.matcher(s); // "Olof presenterade läget. Beslut: piloten fortsätter …"
            if (marked.find() && marked.group(1) != null && !marked.group(1).isBlank()
                    && !APPROVED.matcher(marked.group(1).strip()).find() && !REJECTED.matcher(marked.group(1).strip()).find()) {
                add(marked.group(1).strip());
                continue;
            }
            if (DecisionPhrases.decides(s)) {
                add(continued(s, line, i));
                continue;
            }
            Matcher d = DECIDED.matcher(s);
            boolean opens = d.find();
            Matcher clause = CLAUSE.matcher(s);
            if (!opens && clause.find() && !DecisionPhrases.earlier(s)) {
                // "Vi lägger rapporten till handlingarna och styrelsen beslutar att …", up to the next point's number
                add(NEXT_POINT.split(s.substring(clause.start(1)), 2)[0].strip());
                continue;
            }
            if (!opens || DecisionPhrases.earlier(s)) continue;
            String rest = d.group(1).strip();
            if (rest.isEmpty() || rest.equals(":")) {
                attList = true;
                continue;
            }
            add(continued(s, line, i));
        }
    }

    /**
     * The sentence, with the lines after it while it ends its line unfinished and the next goes on in lower case
     * (a protocol's text wrapped over lines): up to the sentence's end, at most {@value #WRAPPED} lines on.
     */
    private String continued(String sentence, String line, int i) {
        if (!line.endsWith(sentence.strip()) || line.matches(".*[.!?:]$")) return sentence;
        StringBuilder out = new StringBuilder(sentence.strip());
        for (int k = i + 1; k < lines.size() && k <= i + WRAPPED && !r.isPoint(k); k++) {
            String next = lines.get(k).strip();
            if (next.isEmpty() || !Character.isLowerCase(next.codePointAt(0))) break;
            Matcher end = SENTENCE_END.matcher(next);
            if (end.find()) return out.append(' ').append(next, 0, end.end()).toString();
            out.append(' ').append(next);
        }
        return out.toString();
    }

    /** A decision's text up to a later sentence that starts with a person of the meeting (an action that follows). */
    private String untilAnOwnersSentence(String text) {
        List<String> said = Layout.sentences(text);
        for (int k = 1; k < said.size(); k++) {
            String first = said.get(k).split("\\s+")[0].toLowerCase(Locale.ROOT);
            if (r.knownNames.contains(first)) return String.join(" ", said.subList(0, k));
        }
        return text;
    }
}
