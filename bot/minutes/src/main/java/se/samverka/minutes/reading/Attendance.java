package se.samverka.minutes.reading;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverka.core.domain.Minutes;

/**
 * Who was there: the lists under "Närvarande:", "Deltagare", "Förhinder:", "Inbjudna:", a board's "Beslutande" /
 * "Ersättare" headings, "X och Y är närvarande", "Vid tangenterna: Amina"; the names themselves are read by
 * {@link People}. Claims the lines it read, so no later stage reads a name list as sentences.
 */
final class Attendance {
    static final Pattern ATTENDING = Pattern.compile("(?iu)^\\s*(?:#{1,4}\\s*)?(närvarande(?: ledamöter)?|deltagare|deltog|attendees|participants|present)\\b\\s*:?\\s*(.*)$");
    static final Pattern ABSENT = Pattern.compile("(?iu)^\\s*(?:#{1,4}\\s*)?(anmält förhinder|meddelat förhinder|förhindrade|förhinder|frånvarande|ej närvarande|inte närvarande|anmäld frånvaro|apologies|absent|regrets)\\b\\s*:?\\s*(.*)$");
    /** A heading of its own over one kind of attendance list (a board's "Beslutande", "Ersättare", "Övriga deltagare"). */
    static final Pattern ATTENDANCE_HEADING = Pattern.compile("(?iu)^\\s*(?:#+\\s*)?(beslutande|ordinarie ledamöter|"
            + "ledamöter|(?:ej |icke )?tjänstgörande(?: ledamöter| ersättare)?|närvarande ersättare|ersättare|övriga deltagare|"
            + "deltagande|övriga närvarande|medverkande|närvarande|ledamöter\\s+närvarande|suppleanter)\\s*:?\\s*$");
    /** A board's heading with its names after it on the line ("Beslutande: Leif Larsson ordförande"). */
    private static final Pattern HEADING_WITH_NAMES = Pattern.compile("(?iu)^\\s*(beslutande|ordinarie ledamöter|"
            + "(?:ej |icke )?tjänstgörande ersättare|närvarande ersättare|ersättare|övriga deltagare|övriga deltagande|övriga närvarande|"
            + "suppleanter|övriga|adjungerade)(?:\\s*:\\s*|\\s+(?=(?-i:\\p{Lu}\\p{Ll})))(\\S.*)$");
    /** "Utses att justera: …" after the names on a line: the head's next field. */
    private static final Pattern FIELD_AFTER = Pattern.compile("(?u)\\s+\\p{Lu}\\p{Ll}+(?:\\s+\\p{Ll}+){0,3}\\s*:.*$");
    /** "§ 1-14" after a name in a roll call: the paragraphs the person was there for. */
    private static final Pattern PARAGRAPH_RANGE = Pattern.compile("(?u)(?<=\\p{L}[\\s,(]{1,3})§+\\s*\\d{1,3}(?:\\s*[-,]\\s*\\d{1,3})*");
    /** "Därtill vid detta möte adjungerad var", "Övriga närvarande är partisekreterare Per Holm.": who follows was there. */
    private static final Pattern PRESENT_INTRO = Pattern.compile(
            "(?u)^\\s*(?:\\p{L}+\\s+){0,4}?(?iu:adjungerade?|närvarande)\\s+(?iu:var|är|voro)\\b\\s*:?\\s*((?:\\p{Ll}+\\s+)?\\p{Lu}.*|)$");
    /** A list's heading that is a point of the agenda too ("§ 2. Närvarande ledamöter voro:"). */
    private static final Pattern POINT_NUMBER = Pattern.compile("^\\s*(?:§\\s*)?\\d{1,3}(?:\\.\\d{1,2})*[.:)]?\\s+(?=\\p{Lu})");
    /** "styrelseledamöter är", "voro:" before the names of a list. */
    private static final Pattern LIST_VERB = Pattern.compile("(?iu)^(?:\\p{Ll}+\\s+){0,2}?(?:var|är|voro)\\b\\s*:?\\s*");
    /** A name (one known first name, or two to four capitalised words) then a comma or a role in lower case. */
    private static final Pattern NAME_THEN_ROLE = Pattern.compile(
            "(?u)^(\\p{Lu}[\\p{L}'-]+)((?:\\s+\\p{Lu}[\\p{L}'-]+){1,3})?\\s*(?:,|\\s+\\p{Ll})");
    /** "Kallade" (who was called): its names are known as owners, but being called is not being there. */
    static final Pattern CALLED = Pattern.compile("(?iu)^\\s*(?:#+\\s*)?(kallade|kallelse till)\\s*:?\\s*(.*)$");
    static final Pattern INVITED = Pattern.compile("(?iu)^\\s*(inbjudna?|adjungerade?|gäster?|övriga närvarande)\\b\\s*:\\s*(.*)$");
    /** A list's bullet ("- Anna Lind", "* Anna Lind", also indented). */
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*•]\\s+");
    private static final Pattern PRESENT_SENTENCE = Pattern.compile("(?u)^\\s*(\\p{Lu}[^.]{0,200}?)\\s+(?:är|var) närvarande\\b");
    /** "Vid tangenterna: Amina", or "Vid tangenterna" alone as a heading (the minutes Samverka writes) with the name below. */
    static final Pattern NOTE_TAKER = Pattern.compile(
            "(?iu)^\\s*(?:#+\\s*)?(?:(?:vid tangenterna|antecknare|sekreterare|protokollförare|vid pennan|anteckningar)\\s*:\\s*(.*)|vid tangenterna\\s*)$");
    private static final Pattern CHOSEN_SECRETARY = Pattern.compile("(?u)\\b(\\p{Lu}[\\p{L}-]+)\\s+(?:är|som)\\s+(?:mötes)?sekret\\w*");

    /** How long a list's text is when a copy ran it together (no line a name). */
    private static final int RUN_TOGETHER = 150;

    private final Reading r;
    private final Words words;
    private final People people;

    private Attendance(Reading r, Words words) {
        this.r = r;
        this.words = words;
        this.people = new People(r, words);
    }

    static void read(Reading r, Words words) {
        new Attendance(r, words).read();
    }

    private void read() {
        List<String> lines = r.lines;
        for (int i = 0; i < lines.size(); i++) i = line(lines, i);
        for (int i = 0; i < lines.size(); i++) { // a roll call that lost its heading and its columns
            if (r.claimed.contains(i)) continue;
            List<String> names = new java.util.ArrayList<>(NameRuns.names(lines.get(i), words, NameRuns.UNHEADED));
            names.addAll(NameRuns.afterHeading(lines.get(i), words));
            for (String name : names) {
                addPerson(r.participants, new Minutes.Person(name, Optional.empty()));
            }
        }
        for (String name : AttendanceSentences.names(String.join("\n", lines))) {
            addPerson(r.participants, new Minutes.Person(name, Optional.empty()));
        }
        if (r.noteTaker.isEmpty()) {
            Matcher chosen = CHOSEN_SECRETARY.matcher(String.join("\n", lines));
            if (chosen.find()) r.noteTaker = Optional.of(chosen.group(1));
        }
        withoutBodies(r.participants);
        withoutBodies(r.absent);
        for (Minutes.Person p : r.participants) r.knownNames.addAll(Words.nameTokens(p.name()));
        for (Minutes.Person p : r.absent) r.knownNames.addAll(Words.nameTokens(p.name()));
    }

    /**
     * Drops what a list copied from a table gave as names but names no one: a body ("Länsbibliotek Uppsala"), and, in
     * a list of full names, one word that is no first name ("Eskilstuna").
     */
    private void withoutBodies(List<Minutes.Person> people) {
        long full = people.stream().filter(p -> p.name().contains(" ")).count();
        people.removeIf(p -> People.body(p.name(), words)
                || full * 2 > people.size() && !p.name().contains(" ") && !words.isFirstName(p.name()));
    }

    /** Reads line {@code i}; returns the last line read (a list goes on over the lines below). */
    private int line(List<String> lines, int i) {
        String line = POINT_NUMBER.matcher(lines.get(i)).replaceFirst("");
        if (!line.equals(lines.get(i))) { // a numbered point that heads the list stays a point
            int last = lists(line, i);
            if (last >= i) r.claimed.remove(i);
            return Math.max(last, i);
        }
        int last = lists(line, i);
        if (last >= i) return last;
        Matcher nt = NOTE_TAKER.matcher(line);
        Matcher ps = PRESENT_SENTENCE.matcher(line);
        if (nt.find()) {
            String rest = nt.group(1) == null ? "" : nt.group(1).strip();
            if (rest.isEmpty() && i + 1 < lines.size()) rest = r.nextNonBlank(i).map(lines::get).orElse("");
            List<Minutes.Person> who = people.parse(rest, true);
            if (!who.isEmpty()) r.noteTaker = Optional.of(who.get(0).name());
            r.claimed.add(i);
        } else if (ps.find()) {
            for (Minutes.Person p : people.parse(ps.group(1), true)) addPerson(r.participants, p);
            r.claimed.add(i);
        }
        return i;
    }

    /** The list line {@code i} heads, if it heads one: returns its last line, else -1. */
    private int lists(String line, int i) {
        Matcher a = ATTENDING.matcher(line);
        Matcher f = ABSENT.matcher(line);
        Matcher inv = INVITED.matcher(line);
        Matcher intro = PRESENT_INTRO.matcher(line);
        if (ATTENDANCE_HEADING.matcher(line).find()) return list(i, "", r.participants);
        Matcher headed = HEADING_WITH_NAMES.matcher(line);
        if (headed.find()) return list(i, headed.group(2), r.participants);
        Matcher called = CALLED.matcher(line);
        if (called.find()) return called(i, called.group(2));
        if (a.find()) return list(i, LIST_VERB.matcher(a.group(2)).replaceFirst(""), r.participants);
        if (f.find()) return list(i, LIST_VERB.matcher(f.group(2)).replaceFirst(""), r.absent);
        if (inv.find()) return list(i, inv.group(2), r.participants);
        if (intro.find()) return list(i, intro.group(1), r.participants);
        return -1;
    }

    /** A "Kallade" list: claimed (no agenda point, no sentences), its names only known as possible owners. */
    private int called(int i, String first) {
        List<Minutes.Person> called = new java.util.ArrayList<>();
        int last = list(i, first, called);
        for (Minutes.Person p : called) r.knownNames.addAll(Words.nameTokens(p.name()));
        return last;
    }

    /** The people of an attendance list that starts with {@code first} on line {@code i}; returns the last line read. */
    private int list(int i, String first, List<Minutes.Person> into) {
        r.claimed.add(i);
        StringBuilder zone = new StringBuilder(PARAGRAPH_RANGE.matcher(first).replaceAll(" "));
        int last = i;
        boolean marked = false; // rows of a roll call ("Anna Lind X") came before
        AttendanceTable table = new AttendanceTable();
        for (int j = i + 1; j < r.lines.size(); j++) {
            if (AttendanceTable.isRow(r.lines.get(j))) {
                if (!table.reads(r.lines.get(j))) break; // a table without a name column (an action list) is none of this
                table.row(r.lines.get(j)).ifPresent(row -> addPerson(row.away() ? r.absent : into, row.person()));
                r.claimed.add(j);
                last = j;
                continue;
            }
            if (table.started() && r.lines.get(j).isBlank()) break; // the table has ended
            String raw = BULLET.matcher(r.lines.get(j)).replaceFirst("").strip();
            String line = PARAGRAPH_RANGE.matcher(raw).replaceAll(" ").strip();
            if (line.isEmpty()) continue;
            Optional<RollCall.Row> row = RollCall.row(raw, marked);
            if (row.isPresent()) {
                addPerson(row.get().away() ? r.absent : into, new Minutes.Person(row.get().name(), Optional.empty()));
                marked = true;
            } else if (!RollCall.GROUP.matcher(line).matches()) {
                Optional<String> tagged = nameWithTags(line).or(() -> nameLine(line) ? Optional.of(line) : Optional.empty());
                if (tagged.isEmpty()) break;
                zone.append('\n').append(tagged.get());
            }
            r.claimed.add(j);
            last = j;
        }
        for (Minutes.Person p : read(zone.toString())) addPerson(into, p);
        return last;
    }

    /**
     * The people of a list: by its parts ({@link People}); for a long list run together into one line, by the names
     * in it ({@link NameFinder}) when those are more, each with the organisation the parts gave it.
     */
    private List<Minutes.Person> read(String zone) {
        List<Minutes.Person> parsed = people.parse(zone, false);
        if (zone.length() < RUN_TOGETHER) return parsed;
        List<String> found = NameFinder.names(zone, words);
        long good = parsed.stream().filter(p -> p.name().contains(" ") && words.isFirstName(p.name().split(" ")[0])).count();
        if (found.size() <= good) return parsed;
        List<Minutes.Person> out = new java.util.ArrayList<>();
        for (String n : found) { // the parts' reading of a name found ("Ingemar Nyman", org "Bjurholm") where it has one
            Minutes.Person p = parsed.stream().filter(q -> q.name().equals(n) || n.startsWith(q.name() + " ")).findFirst()
                    .orElse(new Minutes.Person(n, Optional.empty()));
            addPerson(out, p);
        }
        return out;
    }

    private boolean nameLine(String line) {
        if (CALLED.matcher(line).find() || ATTENDING.matcher(line).find() || ABSENT.matcher(line).find() || INVITED.matcher(line).find()
                || ATTENDANCE_HEADING.matcher(line).find() || NOTE_TAKER.matcher(line).find() || HEADING_WITH_NAMES.matcher(line).find()
                || Shapes.NUMBERED.matcher(line).find() || Shapes.MARKDOWN.matcher(line).find()) {
            return false;
        }
        String body = line.replaceFirst("^[^:]{2,40}:\\s*", "").replaceAll("\\([^)]*\\)", "").replaceAll("[,.]\\s*$", "").strip();
        if (body.isEmpty()) return false;
        if (sentence(body)) return false; // "Jonas skickar ut rapporten senast 20 mars." right under the list
        Matcher withRole = NAME_THEN_ROLE.matcher(body);
        if (withRole.find() && (withRole.group(2) != null || words.listed(withRole.group(1).split("[\\s-]")[0].toLowerCase(Locale.ROOT)))) {
            return true; // "Charlotte Leander, miljöchef", "William Garpenholm vice ordf"
        }
        // "Evy Annér Lennart Beijer Monica Bengtsson", also before the head's next field ("… Utses att justera: …")
        if (NameRuns.isRun(FIELD_AFTER.matcher(body).replaceFirst(""), words)) return true;
        String[] ws = body.split("\\s+");
        if (ws.length > 5) return false;
        for (String w : ws) if (!Character.isUpperCase(w.codePointAt(0))) return false;
        return words.listed(ws[0].toLowerCase(Locale.ROOT).split("-")[0]) || ws.length >= 2;
    }

    /** "Sven Fredén MRO Kontaktman \"J\"", "Åke Stridh SS/ DjL": a name, then its organisation's short name or a role; the name. */
    private Optional<String> nameWithTags(String line) {
        String[] ws = line.split("\\s+");
        if (ws.length < 3 || ws.length > 6 || line.endsWith(".") || line.contains("(") || !words.isFirstName(ws[0])
                || !Character.isUpperCase(ws[1].codePointAt(0))) {
            return Optional.empty();
        }
        boolean abbreviation = false; // "MRO", "SS/", "ÖSlJ": two capitals or more in a word after the name
        for (int k = 0; k < ws.length; k++) {
            if (Character.isLowerCase(ws[k].codePointAt(0))) return Optional.empty();
            if (k >= 2 && ws[k].chars().filter(Character::isUpperCase).count() >= 2) abbreviation = true;
        }
        return abbreviation ? Optional.of(ws[0] + " " + ws[1]) : Optional.empty();
    }

    /** A sentence, not a name with a role: a name, a verb, and more words, without a comma. */
    private static boolean sentence(String body) {
        String[] ws = body.split("\\s+");
        if (ws.length < 5 || body.contains(",")) return false;
        if (!Character.isLowerCase(ws[1].codePointAt(0))) return false; // "Evy Annér Lennart …": a verb is in lower case
        String verb = ws[1].toLowerCase(Locale.ROOT);
        return Words.presentVerb(verb) || verb.matches("\\p{L}+(ade|de|te)") || verb.equals("ska") || verb.equals("har");
    }

    static void addPerson(List<Minutes.Person> into, Minutes.Person p) {
        boolean seen = into.stream().anyMatch(q -> q.name().equalsIgnoreCase(p.name()));
        if (!seen) into.add(p);
    }
}
