package se.samverka.minutes.quality;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a labelled document comes from, by the one naming rule of the dev folder ({@code NN_source-name-DATE.txt}):
 * the name without its number, its date (YYYY-MM-DD, YYYY-MM or YYYY at the end) and its extension. Minutes of
 * the same group on different days ("19_digg-ena-samverkan-2024-09-16", "20_digg-ena-samverkan-2024-09-30") share a
 * source and are left out together.
 */
public final class Sources {
    private static final Pattern NAME = Pattern.compile(
            "^(?:\\d+_)?(.+?)(?:-\\d{4}(?:-\\d{2}){0,2})?(?:\\.labels\\.json|\\.[A-Za-z]+)?$");

    private Sources() {}

    public static String of(String fileName) {
        Matcher m = NAME.matcher(fileName);
        return m.matches() ? m.group(1) : fileName;
    }
}
