package se.samverka.minutes.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the line classifier ({@link LineKinds}) sees of line {@code i}: its shape (numbered, heading, bullet, colon,
 * length, capitals, a date or a clock), its first words and the word before a colon, its words, the shape and first
 * word of the lines around it, and the first word of the nearest heading above. Nothing names a document.
 */
final class LineFeatures {
    private static final Pattern WORD = Pattern.compile("[\\p{L}]{2,}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\s+\\p{L}{3,}\\s+\\d{4}|\\d{1,2}/\\d{1,2}");
    private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2}[.:]\\d{2}\\b");

    private LineFeatures() {}

    static String[] of(List<String> lines, int i) {
        List<String> f = new ArrayList<>();
        String line = lines.get(i).strip();
        f.add("shape=" + shape(line));
        f.add("len=" + length(line));
        if (i < 12) f.add("head");
        if (line.endsWith(":")) f.add("endsColon");
        int colon = line.indexOf(':');
        if (colon > 0 && colon < 30) f.add("key=" + firstWord(line.substring(0, colon)));
        if (DATE.matcher(line).find()) f.add("date");
        if (CLOCK.matcher(line).find()) f.add("clock");
        f.add("caps=" + capitals(line));
        List<String> words = words(line);
        if (!words.isEmpty()) f.add("w0=" + words.get(0));
        if (words.size() > 1) f.add("w01=" + words.get(0) + "_" + words.get(1));
        for (int k = 0; k < Math.min(words.size(), 12); k++) f.add("w=" + words.get(k));
        neighbour(f, "p", lines, i, -1);
        neighbour(f, "n", lines, i, +1);
        f.add("h=" + headingAbove(lines, i));
        return f.toArray(String[]::new);
    }

    private static void neighbour(List<String> f, String side, List<String> lines, int i, int step) {
        for (int j = i + step; j >= 0 && j < lines.size(); j += step) {
            String l = lines.get(j).strip();
            if (l.isEmpty()) continue;
            f.add(side + "shape=" + shape(l));
            List<String> w = words(l);
            f.add(side + "w0=" + (w.isEmpty() ? "-" : w.get(0)));
            return;
        }
        f.add(side + "none");
    }

    private static String headingAbove(List<String> lines, int i) {
        for (int j = i - 1; j >= 0 && j > i - 40; j--) {
            String l = lines.get(j).strip();
            String s = shape(l);
            if (s.equals("numbered") || s.equals("markdown") || l.endsWith(":") && l.length() < 40) {
                List<String> w = words(l);
                return w.isEmpty() ? "-" : w.get(0);
            }
        }
        return "none";
    }

    static String shape(String line) {
        if (line.isEmpty()) return "empty";
        if (Shapes.MARKDOWN.matcher(line).find()) return "markdown";
        if (Shapes.NUMBERED.matcher(line).find()) return "numbered";
        if (Shapes.isBullet(line)) return "bullet";
        if (line.startsWith("|")) return "table";
        return Character.isUpperCase(line.codePointAt(0)) ? "upper" : "lower";
    }

    private static String length(String line) {
        int n = line.split("\\s+").length;
        return n <= 3 ? "1-3" : n <= 8 ? "4-8" : n <= 20 ? "9-20" : "21+";
    }

    private static String capitals(String line) {
        String[] ws = line.split("\\s+");
        long caps = java.util.Arrays.stream(ws).filter(w -> !w.isEmpty() && Character.isUpperCase(w.codePointAt(0))).count();
        double share = ws.length == 0 ? 0 : (double) caps / ws.length;
        return share > 0.6 ? "most" : share > 0.25 ? "some" : "few";
    }

    private static String firstWord(String text) {
        List<String> w = words(text);
        return w.isEmpty() ? "-" : w.get(0);
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        var m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) out.add(m.group());
        return out;
    }
}
