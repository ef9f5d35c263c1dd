package se.samverka.minutes.reading;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The agenda points: the numbered points in order (1, 2, 2.1, 3 …, a list that starts at 1–3), else the Markdown
 * headings below the title, else short capitalised lines over a bulleted list; each title cut where the running
 * text after it begins. Records the line of each point, which tells later stages what point a line is under.
 */
final class Agenda {
    private static final Pattern TITLE_DASH = Pattern.compile("\\s[-–]\\s|:\\s");
    private static final Pattern LOWER_THEN_NAME = Pattern.compile("(?u)(?<!\\p{L})(\\p{Ll}[\\p{L}]*)\\s+(\\p{Lu}[\\p{L}-]*)(\\s+\\S+)?");
    private static final Pattern SUBJECT_THEN_VERB = Pattern.compile("(?u)(?<=\\p{L}\\s)(\\p{Lu}\\p{Ll}+)(?:\\s+\\p{Lu}\\p{Ll}+)?\\s+"
            + "\\p{Ll}+(?:ade|de|te|des|r)\\b");

    /** After one of these a capitalised word is a name inside the title, not the start of the text after it. */
    private static final Set<String> PREPOSITIONS = Set.of("till", "i", "för", "om", "av", "från", "med", "på", "hos",
            "inom", "mot", "vid", "kring", "inför", "över", "mellan");
    /** A sentence's end, or a role in capitals before a name: the running text after a title begins. */
    private static final Pattern TEXT_AFTER = Pattern.compile("(?u)(?<=\\p{Ll}{2})[.!?]\\s+(?=\\p{Lu})"
            + "|\\s+(?=(?:Ordföranden?|Sekreteraren?|Kassören|Mötesordföranden?)\\s+\\p{Lu}\\p{Ll})"
            // "Sekreterare Till sekreterare utsågs …", "(se underlag) Jennie presenterar …", "…, bör sättas upp …"
            + "|\\s+(?=(?:Till|Styrelsen|Styrgruppen|Gruppen|Protokollet|Dagordningen)\\s+\\p{Ll})"
            + "|(?<=\\))\\s+(?=\\p{Lu}\\p{Ll}+\\s+\\p{Ll}+(?:ar|er|r)\\b)|,\\s+(?=(?:ska|skall|bör|måste)\\s)");
    /** A word said again at once, capitalised: a copy of a protocol with the point's keyword in the margin. */
    private static final Pattern REPEATED = Pattern.compile("(?iu)(?<!\\p{L})(\\p{L}{3,})\\s+(?-i:(?=\\p{Lu}))(\\1)(?!\\p{L})");
    /** How many words after a sentence's end make them the running text, not the rest of a title ("Strategiska val. SGI som …?"). */
    private static final int RUNNING_TEXT = 6;
    /** "1 Protokoll från styrelsemöte …": a page's number before the document's title, not a point. */
    private static final Pattern DOCUMENT_TITLE = Pattern.compile("(?iu)^(?:protokoll|minnesanteckningar|mötesanteckningar)"
            + "\\s+(?:från|för|fört|vid)\\b");
    private static final Pattern GREETING = Pattern.compile("(?iu)^(?:hej|hejsan|hallå|tack|med vänlig|vänliga hälsningar|hälsningar|mvh)\\b");
    private static final Pattern FILE_NUMBER = Pattern.compile("(?iu)^(?:dnr|diarienr|diarienummer|ärendenr)\\b[\\s.:]*[\\p{L}\\d/ .-]*$");
    private static final Pattern LISTED_NUMBER = Pattern.compile("^(?:\\d{1,2}[.)]|§\\s*\\d{1,3})\\s+(\\S.*)$");
    private static final Pattern AGENDA_TITLE = Pattern.compile("(?iu)^(?:#{1,4}\\s*)?(?:agenda|dagordning|föredragningslista)"
            + "(?!\\p{L})(?!\\s*:\\s*\\S)");
    private static final Set<String> SUBJECTS = Set.of("gruppen", "mötet", "styrelsen", "ordföranden", "rådet", "nätverket");

    private final Reading r;
    private final Words words;
    /** Whether a numbered list began (a point 1–3), even one whose titles were all cut to nothing. */
    private boolean numberedStarted;

    private Agenda(Reading r, Words words) {
        this.r = r;
        this.words = words;
    }

    static void read(Reading r, Words words) {
        read(r, words, Optional.empty());
    }

    /** With the segment classifier: in a document with neither numbers nor headings, the lines it finds are points. */
    static void read(Reading r, Words words, Optional<LineKinds> model) {
        Agenda a = new Agenda(r, words);
        a.read();
        if (!a.numberedStarted && r.agenda.isEmpty()) model.ifPresent(a::learned);
    }

    static final double POINT = 0.5;

    private void learned(LineKinds model) {
        for (int i = 1; i < r.lines.size(); i++) {
            String line = r.lines.get(i).strip();
            if (line.isEmpty() || r.claimed.contains(i) || line.endsWith(".") || line.split("\\s+").length > 8
                    || !Character.isUpperCase(line.codePointAt(0))) {
                continue;
            }
            if (model.probability(r.lines, i, "AGENDA_ITEM") >= POINT) add(i, line.replaceAll("[:\\s]+$", ""));
        }
    }

    private void read() {
        Map<Integer, String> numberedPoints = numbered();
        Map<Integer, String> headed = markdownPoints();
        // a numbered list inside one of many Markdown sections (the action list under "## Actionpoints") is no agenda
        boolean numbered = numberedStarted;
        Map<Integer, String> listed = listedUnderTitle();
        // the agenda as a list at the top (its numbers, if any, the only numbered points): the headings below are sections
        if (listed.size() >= 2 && listed.keySet().containsAll(numberedPoints.keySet())) { // the agenda as a list at the top: the headings below are the minutes' sections
            listed.forEach(this::add);
            return;
        }
        Map<Integer, String> points = numbered && numberedPoints.size() >= headed.size() ? numberedPoints : headed;
        for (Map.Entry<Integer, String> e : points.entrySet()) add(e.getKey(), e.getValue());
        if (numbered || !headed.isEmpty()) return;
        List<String> lines = r.lines;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || r.claimed.contains(i) || line.contains(":") || line.endsWith(".")
                    || line.split("\\s+").length > 8 || !Character.isUpperCase(line.codePointAt(0)) || Shapes.isBullet(line)) {
                continue;
            }
            Optional<Integer> next = r.nextNonBlank(i);
            if (next.isPresent() && Shapes.isBullet(lines.get(next.get()).strip())) add(i, line);
        }
        if (r.agenda.isEmpty()) plainHeadings().forEach(this::add);
    }

    /**
     * Headings in plain text (a Word document saved as text): a short capitalised line after a blank line, without a
     * full stop, question mark or colon, no greeting, with running text right under it — three such lines at least.
     */
    private Map<Integer, String> plainHeadings() {
        Map<Integer, String> out = new LinkedHashMap<>();
        List<String> lines = r.lines;
        for (int i = 1; i + 1 < lines.size(); i++) {
            String line = lines.get(i).strip();
            String under = lines.get(i + 1).strip();
            if (line.isEmpty() || r.claimed.contains(i) || !lines.get(i - 1).isBlank() || line.matches(".*[.?!:]$|.*:.*")
                    || GREETING.matcher(line).find()
                    || line.split("\\s+").length > 7 || !Character.isUpperCase(line.codePointAt(0)) || Shapes.isBullet(line)
                    || Shapes.isHeaderWord(line) || SwedishDates.first(line, Optional.of(2000), Optional.empty()).isPresent()) {
                continue;
            }
            boolean text = !under.isEmpty() && !r.claimed.contains(i + 1) && under.length() > line.length()
                    && (under.matches(".*[.!?]$") || under.split("\\s+").length >= 6);
            if (text) out.put(i, line);
        }
        return out.size() >= 3 ? out : Map.of();
    }

    private void add(int line, String title) {
        r.agenda.add(title);
        r.agendaAtLine.put(line, r.agenda.size() - 1);
    }


    /** The numbered points, in order: a main point one above the last, a sub-point of the last main point. */
    private Map<Integer, String> numbered() {
        Map<Integer, String> out = new LinkedHashMap<>();
        int main = 0;
        int nested = 0; // the last number of a list inside a point ("1. …" under point 8), 0 outside one
        boolean allOnes = allOnes();
        for (int i = 0; i < r.lines.size(); i++) {
            Matcher n = Shapes.NUMBERED.matcher(r.lines.get(i));
            if (!n.find() || r.claimed.contains(i) || underBullet(i)) continue;
            boolean sub = Shapes.subPoint(n);
            int number = allOnes && !sub ? main + 1 : Integer.parseInt(n.group(1));
            boolean goesOn = nested > 0 && number == nested + 1 && (number != main + 1 || comesAgain(i, number));
            if (!sub && numberedStarted && main >= 2 && (number == 1 || goesOn)) {
                nested = number; // a list of its own inside the point: not the next point
                continue;
            }
            nested = 0;
            if (!numberedStarted && DOCUMENT_TITLE.matcher(Shapes.pointTitle(n)).find()) continue; // a page's number
            // "§ 44": numbered on over the year; "17. …" when 18 and 19 follow; "1.1 …" opening the list
            boolean first = number <= 3 || Shapes.paragraph(r.lines.get(i)) || continued(i, number);
            boolean opensNext = sub && numberedStarted && number == main + 1 && "1".equals(n.group(2)); // "2.1" after "1.7"
            boolean accept = sub ? number == main && numberedStarted || !numberedStarted && number <= 3 || opensNext
                    : (numberedStarted ? number == main + 1 : first);
            if (!accept) continue;
            if (!sub || !numberedStarted || opensNext) main = number;
            numberedStarted = true;
            String title = title(underFileNumber(i, Shapes.pointTitle(n)));
            if (!title.isEmpty()) out.put(i, title);
        }
        return out;
    }

    /**
     * Whether every main point is numbered "1." (three or more): a Markdown copy of a numbered list, where each item
     * is written "1." and the reader numbers them; then they are points 1, 2, 3 … in order.
     */
    private boolean allOnes() {
        int ones = 0;
        for (int i = 0; i < r.lines.size(); i++) {
            Matcher n = Shapes.NUMBERED.matcher(r.lines.get(i));
            if (!n.find() || r.claimed.contains(i) || Shapes.subPoint(n) || Shapes.paragraph(r.lines.get(i))) continue;
            if (!n.group(1).equals("1")) return false;
            ones++;
        }
        return ones >= 3;
    }

    /**
     * The bullets (or numbered lines) under a title or a heading that says it is the agenda ("# Agenda & mötesanteckningar 2020-12-10",
     * "Dagordning"), a link or two between them allowed; none under "Dagordning: fastställdes".
     */
    private Map<Integer, String> listedUnderTitle() {
        Map<Integer, String> out = new LinkedHashMap<>();
        for (int i = 0, seen = 0; i < r.lines.size() && seen < 12; i++) {
            String line = r.lines.get(i).strip();
            if (line.isEmpty()) continue;
            seen++;
            if (!AGENDA_TITLE.matcher(line).find()) continue;
            int other = 0;
            for (int j = i + 1; j < r.lines.size() && other <= 2; j++) {
                String item = r.lines.get(j);
                if (item.isBlank()) {
                    if (!out.isEmpty()) break;
                    continue;
                }
                Matcher numbered = LISTED_NUMBER.matcher(item);
                if (numbered.find()) item = "- " + numbered.group(1); // "1. Välkommen" under "## Dagordning"
                if (!Shapes.isBullet(item)) { // a top-level bullet only
                    if (!out.isEmpty() || Shapes.MARKDOWN.matcher(item).find()) break;
                    other++;
                    continue;
                }
                String title = title(item.strip().replaceFirst("^[•*▪·-]\\s+", ""));
                if (!title.isEmpty()) out.put(j, title);
            }
            return out;
        }
        return out;
    }

    /** "§ 5 Dnr 2025/12" over "Verksamhetsplan 2026": a protocol's paragraph gives its file number first, the title below. */
    private String underFileNumber(int line, String title) {
        if (!FILE_NUMBER.matcher(title).find()) return title;
        Optional<Integer> next = r.nextNonBlank(line);
        if (next.isEmpty() || Shapes.NUMBERED.matcher(r.lines.get(next.get())).find()) return "";
        return r.lines.get(next.get()).strip();
    }

    /** An indented numbered line in a list under a bullet ("• Årsredovisningen godkändes" over "  1. Intäkter …"). */
    private boolean underBullet(int line) {
        if (!r.lines.get(line).startsWith("  ")) return false;
        for (int k = line - 1; k >= 0; k--) {
            String above = r.lines.get(k);
            if (above.isBlank() || above.startsWith("  ") && Shapes.NUMBERED.matcher(above).find()) continue;
            return Shapes.isBullet(above.strip());
        }
        return false;
    }

    /** Whether the next two main points after line {@code line} are numbered {@code number} + 1 and + 2. */
    private boolean continued(int line, int number) {
        int expected = number + 1;
        for (int j = line + 1; j < r.lines.size() && expected <= number + 2; j++) {
            Matcher n = Shapes.NUMBERED.matcher(r.lines.get(j));
            if (!n.find() || Shapes.subPoint(n) || r.claimed.contains(j)) continue;
            if (Integer.parseInt(n.group(1)) != expected) return false;
            expected++;
        }
        return expected > number + 2;
    }

    /** Whether a later line is numbered {@code number} too (then this one belongs to a list inside a point). */
    private boolean comesAgain(int line, int number) {
        for (int j = line + 1; j < r.lines.size(); j++) {
            Matcher n = Shapes.NUMBERED.matcher(r.lines.get(j));
            if (n.find() && !Shapes.subPoint(n) && Integer.parseInt(n.group(1)) == number) return true;
        }
        return false;
    }

    /**
     * The Markdown headings below the document's title, and before the first of them the top-level bullets that head
     * a nested list ("* Recap:" over indented bullets); none inside a code block, none after an attachment
     * ("## Bilaga 1 …") begins.
     */
    private Map<Integer, String> markdownPoints() {
        Map<Integer, String> out = new LinkedHashMap<>();
        List<String> lines = r.lines;
        if (lines.stream().noneMatch(l -> Shapes.MARKDOWN.matcher(l).find())) return out;
        boolean first = true;
        boolean fence = false;
        boolean inSection = false;
        int head = headEnd();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.strip().startsWith("```")) fence = !fence;
            if (fence) continue;
            Matcher m = Shapes.MARKDOWN.matcher(line);
            if (!m.find()) {
                Matcher b = Shapes.BULLET_HEADING.matcher(line);
                Optional<Integer> next = r.nextNonBlank(i);
                if (!inSection && b.find() && next.isPresent() && Shapes.NESTED_BULLET.matcher(lines.get(next.get())).find()
                        && !Shapes.isHeaderWord(b.group(1).strip()) && !Shapes.BESLUT.matcher(b.group(1)).find()) {
                    out.put(i, b.group(1).strip());
                }
                continue;
            }
            String title = m.group(2).replaceAll("\\s*\\d{1,2}[.:]\\d{2}\\s*$", "").replaceAll("[:\\s]+$", "")
                    .replaceFirst("^(?:§\\s*)?\\d{1,2}(?:\\.\\d{1,2})*[.:)]?\\s+", "").strip();
            if (title.toLowerCase(Locale.ROOT).matches("bilag(a|or)\\b.*")) break;
            boolean documentTitle = first && (SwedishDates.first(title, Optional.of(2000), Optional.empty()).isPresent()
                    || title.toLowerCase(Locale.ROOT).matches(".*(protokoll|minnesanteckningar|sammanfattning|möte\\b).*"));
            first = false;
            if (documentTitle || Shapes.isHeaderWord(title) || i < head || onlyDate(m.group(2))) continue;
            inSection = true; // under a section's heading, a bullet with a colon is part of its discussion
            out.put(i, title);
        }
        return out;
    }

    /**
     * The first line of the attendance list when only headings without text of their own come before it and more
     * headings follow it: those above it are the document's head (its title, the group's name, the date), not points.
     */
    private int headEnd() {
        for (int i = 0; i < r.lines.size(); i++) {
            String line = r.lines.get(i);
            if (line.isBlank() || Shapes.MARKDOWN.matcher(line).find() && !Attendance.ATTENDANCE_HEADING.matcher(line).find()
                    && !Attendance.CALLED.matcher(line).find()) {
                continue;
            }
            if (Attendance.ATTENDANCE_HEADING.matcher(line).find() || Attendance.ATTENDING.matcher(line).find()
                    || Attendance.CALLED.matcher(line).find()) {
                for (int j = i + 1; j < r.lines.size(); j++) {
                    if (!r.claimed.contains(j) && Shapes.MARKDOWN.matcher(r.lines.get(j)).find()) return i;
                }
                return 0;
            }
            return 0; // text before the attendance list: the headings above it head sections of their own
        }
        return 0;
    }

    /**
     * "VAL AV JUSTERINGSMAN Leif Skeppstedt valdes …": where a title of two or more words in capitals ends, the text
     * after it in small letters beginning; the title's length when it is not one.
     */
    static int capitalsEnd(String title) {
        int words = 0;
        int end = 0;
        for (int i = 0; i < title.length(); ) {
            int j = title.indexOf(' ', i);
            if (j < 0) j = title.length();
            String w = title.substring(i, j);
            boolean capitals = !w.isEmpty() && w.chars().noneMatch(Character::isLowerCase) && w.chars().anyMatch(Character::isLetter);
            if (!capitals) return words >= 2 && w.chars().anyMatch(Character::isLowerCase) ? end : title.length();
            words++;
            end = j;
            i = j + 1;
        }
        return title.length();
    }

    /** "11 Oktober 2017", "2019-03-05": a heading that is a date and nothing more. */
    private static boolean onlyDate(String heading) {
        String h = heading.strip();
        return h.split("\\s+").length <= 4 && h.matches("(?iu).*\\d.*")
                && SwedishDates.first(h, Optional.of(2000), Optional.empty()).isPresent();
    }

    /** A point's title: its line, cut where the running text after it begins. */
    String title(String text) {
        String t = text.replaceAll("\\s+\\d{1,2}[.:]\\d{2}\\s*$", "").strip();
        int cut = t.length();
        Matcher dash = TITLE_DASH.matcher(t);
        if (dash.find()) cut = dash.start();
        cut = Math.min(cut, capitalsEnd(t));
        Matcher twice = REPEATED.matcher(t); // "Upprop Upprop …", "Godkännande av dagordning Dagordning …"
        if (twice.find()) cut = Math.min(cut, twice.start(2));
        Matcher after = TEXT_AFTER.matcher(t); // "Återstående från stämman. Postadress …", "Mötets öppnande Ordförande Kjell …"
        if (after.find() && after.start() > 0) {
            boolean sentenceEnd = ".!?".indexOf(t.charAt(after.start())) >= 0; // then only before enough words of text
            if (!sentenceEnd || t.substring(after.end()).split("\\s+").length >= RUNNING_TEXT) cut = Math.min(cut, after.start());
        }
        Matcher w = LOWER_THEN_NAME.matcher(t);
        int from = 0;
        while (w.find(from)) {
            if (w.start(2) >= cut) break;
            String next = w.group(3) == null ? "" : w.group(3).strip();
            boolean properNoun = PREPOSITIONS.contains(w.group(1)) && !words.isFirstName(w.group(2)); // "Svar till Piratpartiet i …"
            boolean sentence = !properNoun && (words.isFirstName(w.group(2)) || next.isEmpty() || Character.isLowerCase(next.codePointAt(0)));
            if (sentence) {
                cut = w.start(2);
                break;
            }
            from = w.start(2);
        }
        Matcher said = SUBJECT_THEN_VERB.matcher(t); // "Inledning Ulla hälsade välkommen": the text after the title
        while (said.find()) {
            if (said.start(1) >= cut) break;
            String who = said.group(1);
            if (words.isFirstName(who) || SUBJECTS.contains(who.toLowerCase(Locale.ROOT))) {
                cut = said.start(1);
                break;
            }
        }
        return t.substring(0, cut).strip().replaceAll("(?<=\\p{Ll}{3})[.]$|[:,;]$", "");
    }
}
