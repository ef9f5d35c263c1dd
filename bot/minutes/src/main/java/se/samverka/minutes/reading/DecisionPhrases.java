package se.samverka.minutes.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decisions as boards and working groups write them beyond "Beslut: …": a decision taken ("Beslut fattades om att
 * …", "Styrgruppen tog beslut om att …"), the passive ("Beslutas att …", "Det beslutas att …", "Beslöts
 * att …", "Beslut att …"), the verb before its subject ("Efter viss diskussion beslutade mötet att …"), a body's
 * decision under a heading of its own ("Direktionens beslut" over the text), and the att-clauses after
 * "Samordningsgruppen BESLUTAR:" run together in one line.
 */
final class DecisionPhrases {
    private static final Pattern PASSIVE = Pattern.compile("(?iu)^(?:[-•*]\\s*)?(?:det\\s+)?(?:beslutas|beslutades|beslöts|beslutar|beslut)\\s+att\\s+\\S");
    /** "Beslut fattades om att …", "Mötet fattade beslut om att …", "Styrgruppen tog beslut om att …". */
    private static final Pattern TAKEN = Pattern.compile("(?iu)(?:^(?:[-•*]\\s*)?beslut\\s+(?:fattades|togs)|(?:^|\\s)(?:fattade|tog)"
            + "\\s+(?:ett\\s+(?:nytt\\s+)?|formellt\\s+|följande\\s+)?beslut(?:et)?)\\s+(?:om\\s+)?att\\s+\\S");
    /** "Mötet enades om att …", "Efter diskussion enades gruppen om att …", "Beslut om medlemsavgift bordläggs". */
    private static final Pattern AGREED = Pattern.compile("(?iu)\\benades\\s+(?:\\p{L}+\\s+)?om\\s+att\\s+\\S"
            + "|^(?:[-•*]\\s*)?(?:beslut(?:et)?\\s+om\\s+)?\\p{L}[^.]{0,80}?\\s(?:bordläggs|bordlades)\\b"
            + "|\\b(?:valde|beslutade|beslöt)\\s+att\\s+bordlägga\\b");
    /** "I januari beslöt styrelsen …", "Direktionen beslutade 2023-08-29 § 56 om …": a report of an earlier decision. */
    private static final Pattern EARLIER = Pattern.compile("(?iu)^(?:[-•*]\\s*)?(?:i\\s+(?:" + String.join("|", SwedishDates.MONTHS)
            + "|höstas|våras|somras|vintras)|tidigare|vid\\s+(?:förra|föregående)\\s+\\p{L}*möte\\w*|förra\\s+(?:året|veckan|månaden))\\s"
            + "|^\\p{Lu}[\\p{L}-]+\\s+(?:beslutade|beslöt|har beslutat)\\s+(?:den\\s+)?\\d");
    private static final Pattern INVERTED = Pattern.compile("(?iu)(?:^(?:[-•*]\\s*)?|\\S\\s+)(?:beslutade|beslöt|beslutar|har beslutat)\\s+"
            + "(?:mötet|styrelsen|gruppen|direktionen|nämnden|rådet|årsmötet|föreningen|vi|\\p{Lu}\\p{Ll}+(?:en|et|na))\\s+att\\s+\\S");
    /** "LAG anser sig ha tagit del av informationen och beslutar att lägga den till handlingarna." */
    private static final Pattern AND_DECIDES = Pattern.compile("(?iu)^\\p{Lu}\\S*\\s.*\\boch\\s+(?:beslutar|beslutade|beslöt)\\s+(?:därför\\s+)?att\\s+\\S");
    private static final Pattern BODY_HEADING = Pattern.compile("(?u)^\\p{Lu}\\p{Ll}+s beslut\\s*:?$");
    private static final Pattern DECIDES_COLON = Pattern.compile("(?iu)\\bbeslutar\\s*:\\s*(?=Att\\s)");
    private static final Pattern ATT = Pattern.compile("(?u)(?<!\\p{L})Att\\s");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|$)");

    private DecisionPhrases() {}

    /** A sentence that is itself a decision, by its wording. */
    static boolean decides(String sentence) {
        if (earlier(sentence)) return false;
        return PASSIVE.matcher(sentence).find() || INVERTED.matcher(sentence).find() || AGREED.matcher(sentence).find()
                || TAKEN.matcher(sentence).find() || AND_DECIDES.matcher(sentence).find();
    }

    /** A sentence that tells of a decision made before this meeting. */
    static boolean earlier(String sentence) {
        return EARLIER.matcher(sentence.strip()).find();
    }

    /** A line that heads the decision written under it ("Direktionens beslut", "Styrelsens beslut:"). */
    static boolean heading(String line) {
        return BODY_HEADING.matcher(line.strip()).matches();
    }

    /** "… BESLUTAR: Att a. Att b Att c." — each att-clause (up to its sentence's end); none without that colon. */
    static List<String> attClauses(String line) {
        List<String> out = new ArrayList<>();
        Matcher d = DECIDES_COLON.matcher(line);
        if (!d.find()) return out;
        String rest = line.substring(d.end());
        List<Integer> starts = new ArrayList<>();
        Matcher att = ATT.matcher(rest);
        while (att.find()) starts.add(att.start());
        for (int k = 0; k < starts.size(); k++) {
            String part = rest.substring(starts.get(k), k + 1 < starts.size() ? starts.get(k + 1) : rest.length());
            Matcher end = SENTENCE_END.matcher(part);
            boolean ended = end.find();
            out.add((ended ? part.substring(0, end.end()) : part).strip());
            if (ended && !part.substring(end.end()).isBlank()) break; // running text follows: the list has ended
        }
        return out;
    }
}
