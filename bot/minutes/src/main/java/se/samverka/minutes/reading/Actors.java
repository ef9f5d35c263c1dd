package se.samverka.minutes.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverka.core.domain.Minutes;

/**
 * Who was there when the minutes keep no list of names (an annual meeting's "Närvarande: 35 medlemmar enligt
 * närvarolista"): the people the text shows taking part — chosen to chair, keep the minutes or check them ("Lars
 * Nyberg valdes till ordförande", "Till justerare väljs Sven Olsson och Göran Ahl", "Valdes Eva Vik till
 * sekreterare"), opening the meeting ("Mötet öppnades av ordförande Carin Nilsson") or telling it something
 * ("Kassör Åke Strand redogör …", "Föredrog Per Persson revisorernas berättelse"). A name here is a first name
 * from the list and one or two capitalised words; someone only talked about ("en skrivelse från Håkan Ek") is not
 * taken.
 */
final class Actors {
    private static final String NAME = "(\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:von|van|af|de)\\s+\\p{Lu}[\\p{L}'’-]+|\\s+\\p{Lu}[\\p{L}'’-]+){1,2})";
    private static final String PAIR = NAME + "(?:\\s*,\\s*" + NAME + ")?(?:\\s+(?:och|samt)\\s+" + NAME + ")?";
    /** What a person at the meeting does in its minutes. */
    private static final String DOES = "(?:valdes|väljs|utsågs|utses|omvaldes|redogör|redogjorde|berättade|berättar|"
            + "informerade|informerar|föredrog|föredrar|presenterade|presenterar|hälsade|hälsar|öppnade|öppnar|förklarade|"
            + "rapporterade|rapporterar|redovisade|redovisar|meddelade|avslutade|avslutar)";
    /** Chosen for the meeting, wherever the verb stands ("Till justerare väljs Sven Olsson"). */
    private static final String CHOSEN = "(?:valdes|väljs|utsågs|utses|omvaldes)";
    /** "Lars Nyberg valdes …", "Kassör Åke Strand redogör …". */
    private static final Pattern SUBJECT = Pattern.compile("(?u)(?<!\\p{L})(?<!(?iu:från|av|enligt|med|om|till|hos|för)\\s)" + PAIR + "(?:\\s*\\([^)]{1,6}\\))?"
            + "(?:\\s*,\\s*\\p{Ll}+(?:\\s+\\p{Ll}+){0,2}\\s*,|\\s*,)?\\s+" + DOES + "\\b"); // "Jonas Andersson (S), hälsar …"
    /** "Valdes Eva Vik till …", "Till justerare väljs sittande Sven Olsson …", "öppnades av ordförande Carin Nilsson". */
    private static final Pattern AFTER = Pattern.compile("(?iu)(?:(?:^|\\s)(?:" + CHOSEN + "|öppnades\\s+av|leddes\\s+av)|^(?-i:" + capitalised(DOES)
            + "))\\s+"
            + "(?:(?:sittande|nuvarande|avgående|ordförande(?:n)?|kassör(?:en)?|sekreterare(?:n)?|styrelsens|ledamoten)\\s+)*"
            + "(?-i:" + PAIR + ")");

    private Actors() {}

    /** The verbs as they open a sentence ("Föredrog Per Persson …"): only there does a verb before a name say who acted. */
    private static String capitalised(String verbs) {
        StringBuilder out = new StringBuilder();
        for (String v : verbs.replaceAll("[()?:]", "").split("\\|")) {
            if (v.isEmpty()) continue;
            if (out.length() > 0) out.append('|');
            out.append(Character.toUpperCase(v.charAt(0))).append(v.substring(1));
        }
        return out.toString();
    }

    /** Adds the people the text shows taking part, when no stage before found anyone there. */
    static void read(Reading r, Words words) {
        if (!r.participants.isEmpty()) return;
        List<String> names = new ArrayList<>();
        for (String line : r.lines) {
            for (String sentence : Layout.sentences(line.strip())) {
                collect(SUBJECT.matcher(sentence), names, words);
                collect(AFTER.matcher(sentence), names, words);
            }
        }
        for (String name : names) Attendance.addPerson(r.participants, new Minutes.Person(name, java.util.Optional.empty()));
        for (Minutes.Person p : r.participants) r.knownNames.addAll(Words.nameTokens(p.name()));
    }

    private static String withoutTitle(String name, Words words) {
        String[] ws = name.split("\\s+");
        return ws.length == 3 && !words.isFirstName(ws[0]) ? ws[1] + " " + ws[2] : name;
    }

    private static void collect(Matcher m, List<String> into, Words words) {
        while (m.find()) {
            for (int g = m.groupCount() - 2; g <= m.groupCount(); g++) {
                if (m.group(g) == null) continue;
                String name = withoutTitle(m.group(g), words); // "Kassör Åke Strand": the role before the name
                if (words.isFirstName(name.split("\\s+")[0]) && name.contains(" ") && !into.contains(name)) into.add(name);
            }
        }
    }
}
