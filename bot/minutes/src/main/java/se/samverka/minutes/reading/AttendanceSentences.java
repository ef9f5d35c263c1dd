package se.samverka.minutes.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Attendance written as a sentence rather than a list: "Följande medlemmar närvarade med rösträtt: nsg, stellanl,
 * kaj." and "Dessutom närvarade map utan rösträtt." The sentence says these are people, so names are taken as
 * written, also in lower case (handles in an association's minutes).
 */
final class AttendanceSentences {
    private static final Pattern LISTED = Pattern.compile("(?iu)\\bnärvarade\\b[^:.\\n]{0,60}:\\s*([^.]+)");
    private static final Pattern ALSO = Pattern.compile(
            "(?iu)\\b(?:dessutom|även|också)\\s+närvarade\\s+([\\p{L}][\\p{L} ,-]{0,80}?)(?:\\s+(?:utan|med|som|från|för)\\b|[.]|$)");
    private static final Pattern ITEM = Pattern.compile("(?u)^[\\p{L}][\\p{L}'-]*(?: [\\p{L}][\\p{L}'-]*){0,2}$");

    private AttendanceSentences() {}

    /** The names the sentences of this text list as present, in order. */
    static List<String> names(String text) {
        String flat = text.replaceAll("\\s*\\n\\s*", " ");
        List<String> out = new ArrayList<>();
        Matcher listed = LISTED.matcher(flat);
        while (listed.find()) items(listed.group(1), out);
        Matcher also = ALSO.matcher(flat);
        while (also.find()) items(also.group(1), out);
        return out;
    }

    private static void items(String list, List<String> out) {
        for (String item : list.split(",|\\s+och\\s+|\\s+samt\\s+")) {
            String name = item.strip();
            if (ITEM.matcher(name).matches() && !out.contains(name)) out.add(name);
        }
    }
}
