package se.samverka.minutes.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The layout stage: text as the later stages read it. Line ends and dashes made one kind, Markdown bold dropped,
 * headings underlined with "===" or "---" written as "#" headings,
 * code fences kept as a bare "```" line, letter-spaced words ("A t t") joined, dates written with spaces closed up;
 * then the lines, where a very long line (a PDF copy that lost its line breaks) is cut again before the words that
 * start a section, before the numbers of points that run on in sequence and before a field after a sentence
 * ({@link RunTogether}); and the sentences of a line, where "t.ex." and the like do not end one.
 */
final class Layout {
    private static final Pattern SECTION_BREAK = Pattern.compile(
            "(?u)(?<=\\S)(?<!(?:^|\\s)\\d{1,2}[.:])(?<!(?:^|[.!?:]\\s|\\s\\s)\\d{1,2})\\s+(?=(?:Ej närvarande|Beslutande|Inte närvarande|Ej tjänstgörande|Adjungerade(?=:|\\s+\\p{Lu}[\\p{Ll}-]+\\s+\\p{Lu})|"
                    + "Övriga(?=:|\\s+\\p{Lu}[\\p{Ll}-]+\\s+\\p{Lu})|Sekreterare(?=:)|Underskrifter|Närvarande|NÄRVARANDE|Deltagare|Förhindrade|Förhinder|Anmält förhinder|Meddelat förhinder|Frånvarande|Inbjud\\p{L}*|Besluten|Beslut|"
                    + "Föredragande|Bilagor?|Plats|Dag|Tid|Minnesanteckningar)\\b:?)"
                    + "|(?<=[\\p{Ll}.)?!])\\s+(?=\\d{1,2}(?:\\.\\d{1,2})?[.:]\\s?\\p{Lu})"
                    + "|(?<=\\))\\s+(?=\\d{1,2}[.:]\\s?\\p{Lu})");

    private Layout() {}

    private static final Pattern DASHES = Pattern.compile("[–—]");
    private static final Pattern FENCE = Pattern.compile("(?m)^```.*$");
    private static final Pattern HARD_BREAK = Pattern.compile("(?m)\\\\$");
    private static final Pattern SPACED_DATE = Pattern.compile("\\b(\\d{4})[ ]*-[ ]*(\\d{1,2})[ ]*-[ ]*(\\d{1,2})\\b");
    private static final Pattern SPACED_DASH_NAME = Pattern.compile("(?u)\\b(\\p{Lu}\\p{Ll}+)(?:[ ]+-[ ]*|[ ]*-[ ]+)(\\p{Lu}\\p{Ll}+)\\b");
    /** A heading's line over "===" or "---": after a blank line or at the start, no full stop, no bullet or number. */
    private static final String UNDERLINED = "(\\A|\\n\\n)([^\\s#=|*•\\d-][^\\n|]{0,100}?[^.\\s])[ ]*\\n";
    private static final Pattern SETEXT_TITLE = Pattern.compile(UNDERLINED + "={3,}[ ]*(?=\\n|\\z)");
    private static final Pattern SETEXT = Pattern.compile(UNDERLINED + "-{3,}[ ]*(?=\\n|\\z)");
    private static final Pattern NUMBER_TAB = Pattern.compile("(?m)^(\\s*(?:§\\s*)?\\d{1,3}(?:\\.\\d{1,2})*[.):]?)[ ]*\\t[ \\t]*");
    private static final Pattern COLUMNS = Pattern.compile("(?<=[^\\s,;:])[ ]*\\t[ \\t]*(?=\\S)");
    private static final Pattern ONE_DIGIT_MONTH = Pattern.compile("\\b(\\d{4})-(\\d)-");
    private static final Pattern ONE_DIGIT_DAY = Pattern.compile("\\b(\\d{4}-\\d{2})-(\\d)\\b");

    static String normalize(String text) {
        String t = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ');
        t = NUMBER_TAB.matcher(t).replaceAll("$1 "); // "1.<tab>Mötets öppnande": a point, not a column
        t = COLUMNS.matcher(t).replaceAll(", ").replace('\t', ' '); // "Anna Berg<tab>Region Norr": a column, as a comma
        t = DASHES.matcher(t).replaceAll("-").replace("**", "");
        t = FENCE.matcher(t).replaceAll("```").replace("’", "'").replace('\u00ad', '-');
        t = HARD_BREAK.matcher(t).replaceAll("");
        t = SETEXT_TITLE.matcher(t).replaceAll("$1# $2"); // "Titel" over "=====": a Markdown heading as "# Titel" writes it
        t = SETEXT.matcher(t).replaceAll("$1## $2");
        t = SPACED.matcher(t).replaceAll(m -> m.group().replace(" ", "")); // "A t t" (letter-spaced in a PDF copy)
        t = SPACED_DATE.matcher(t).replaceAll("$1-$2-$3");
        t = SPACED_DASH_NAME.matcher(t).replaceAll("$1-$2"); // "Anna – Maria"
        t = ONE_DIGIT_MONTH.matcher(t).replaceAll("$1-0$2-");
        return ONE_DIGIT_DAY.matcher(t).replaceAll("$1-0$2");
    }

    /** The lines, with very long ones (lost line breaks) cut again before the words that start a section. */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int page = 0; // a transcript's pages, each one long line opening with its number ("1 Protokoll …", "2 Staffan …")
        for (String line : text.split("\n", -1)) {
            if (line.length() < 250) {
                out.add(line.replaceAll("\\s+$", ""));
                continue;
            }
            Matcher number = PAGE_NUMBER.matcher(line);
            if (number.find() && Integer.parseInt(number.group(1)) == page + 1) {
                page++;
                line = line.substring(number.end());
            }
            String marked = RunTogether.mark(SECTION_BREAK.matcher(line).replaceAll("\n"));
            marked = marked.replaceAll("(?iu)(?<=\\bkl\\.?)\\n(?=\\s*\\d)", " "); // "kl.\n09.00", not "kl Närvarande"
            for (String part : marked.split("\n")) out.add(part.strip());
        }
        return out;
    }

    private static final Pattern PAGE_NUMBER = Pattern.compile("^(\\d{1,2})\\s+(?=\\S)");
    private static final Pattern SPACED = Pattern.compile("(?u)(?<![\\p{L}\\p{N}])\\p{L}(?: \\p{L}){2,}(?![\\p{L}\\p{N}])");
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<=[.!?])\\s+(?=[\\p{Lu}\\d\"”]|[-•]\\s+\\p{Lu})");
    private static final Set<String> ABBREVIATIONS = Set.of("ev", "ngn", "t.ex", "bl.a", "ordf", "pkt", "nr", "kl",
            "ca", "dvs", "m.m", "mm", "resp", "f.k", "s.k", "fr.o.m", "t.o.m", "jfr", "tel", "st", "p", "ang");

    /** The sentences of a line; "ev.", "ngn.", "t.ex." and the like do not end one. */
    static List<String> sentences(String line) {
        List<String> out = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(line);
        int start = 0;
        while (m.find()) {
            String before = line.substring(start, m.start());
            String lastWord = before.replaceAll("^.*\\s", "").replaceAll("\\.$", "").toLowerCase(Locale.ROOT);
            if (ABBREVIATIONS.contains(lastWord) || lastWord.length() == 1) continue;
            out.add(before.strip());
            start = m.end();
        }
        if (start < line.length()) out.add(line.substring(start).strip());
        out.removeIf(String::isEmpty);
        return out;
    }
}
