package se.samverka.minutes.quality;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scoring of {@code ../shared/eval/score.py}, rule for rule: names match by shared tokens, decisions and agenda
 * items by token overlap (at least 60 % of the labelled words, 50 % of the predicted), action items by a shared
 * owner plus half of the source sentence's words, next meetings by date; greedy one-to-one matching per document;
 * the totals summed over documents; the macro F1 the mean of every field's F1 (the meeting's date, start and end
 * counted as fields). {@link #report} prints what score.py prints, number for number. Not thread-safe.
 */
public final class Scorer {
    static final List<String> FIELDS = List.of("participants", "absent", "agenda_items", "decisions", "action_items",
            "round_table", "next_meetings");
    private static final Pattern DASH = Pattern.compile("(?U)\\s*[–-]\\s*");
    private static final Pattern SPACE = Pattern.compile("(?U)\\s+");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_åäöéü]+");

    /** Per field: hits, predicted, labelled (score.py's totals), in score.py's (sorted) order. */
    private final Map<String, int[]> totals = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private int documents;

    /** Adds one document: what was predicted (null or empty when the extraction failed) against its labels. */
    public void add(JsonObject pred, JsonObject gold) {
        documents++;
        if (pred == null) pred = new JsonObject();
        for (String f : FIELDS) {
            List<JsonElement> golds = list(gold, f);
            List<JsonElement> preds = list(pred, f);
            if (f.equals("next_meetings")) {
                golds = golds.stream().filter(g -> truthy(get(g, "date"))).toList();
                preds = preds.stream().filter(p -> p.isJsonObject() && truthy(get(p, "date"))).toList();
            }
            if (f.equals("participants") || f.equals("absent")) {
                golds = golds.stream().filter(g -> truthy(get(g, "name"))).toList();
                preds = preds.stream().filter(p -> p.isJsonObject() && truthy(get(p, "name"))).toList();
            }
            int hits = match(preds, golds, same(f));
            int[] t = totals.computeIfAbsent(f, k -> new int[3]);
            t[0] += hits;
            t[1] += preds.size();
            t[2] += golds.size();
        }
        JsonObject gm = object(gold, "meeting");
        JsonObject pm = object(pred, "meeting");
        for (String k : List.of("date", "start", "end")) {
            if (truthy(get(gm, k))) {
                int[] t = totals.computeIfAbsent("meeting." + k, x -> new int[3]);
                t[0] += Objects.equals(get(pm, k), get(gm, k)) ? 1 : 0;
                t[1] += truthy(get(pm, k)) ? 1 : 0;
                t[2] += 1;
            }
        }
    }

    /** A document whose extraction failed: it scores zero, and is reported. */
    public void failed(String document, String why, JsonObject gold) {
        failures.add(document + ": " + why);
        add(new JsonObject(), gold);
    }

    /** Field → {precision, recall, F1}. */
    public Map<String, double[]> fields() {
        Map<String, double[]> out = new TreeMap<>();
        totals.forEach((f, t) -> out.put(f, prf(t[0], t[1], t[2])));
        return out;
    }

    public double macroF1() {
        return totals.isEmpty() ? 0.0 : fields().values().stream().mapToDouble(v -> v[2]).sum() / totals.size();
    }

    /** Exactly score.py's output. */
    public String report() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-22s %6s %6s %6s   (hits/pred/gold)%n", "field", "P", "R", "F1"));
        totals.forEach((f, t) -> {
            double[] v = prf(t[0], t[1], t[2]);
            out.append(String.format(Locale.ROOT, "%-22s %6s %6s %6s   %d/%d/%d%n", f, fixed(v[0]), fixed(v[1]), fixed(v[2]),
                    t[0], t[1], t[2]));
        });
        for (String fail : failures) out.append("FAILED ").append(fail).append('\n');
        out.append("documents: ").append(documents).append(", failed: ").append(failures.size()).append('\n');
        out.append("macro F1: ").append(fixed(macroF1())).append('\n');
        return out.toString().replace("\r\n", "\n");
    }

    /** Python's "%.3f": the double's exact value rounded half-even (Java's %.3f rounds 0.0625 up, Python down). */
    static String fixed(double v) {
        return new BigDecimal(v).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }

    static double[] prf(int hits, int npred, int ngold) {
        double p = npred > 0 ? (double) hits / npred : (ngold == 0 ? 1.0 : 0.0);
        double r = ngold > 0 ? (double) hits / ngold : 1.0;
        return new double[] {p, r, p + r > 0 ? 2 * p * r / (p + r) : 0.0};
    }

    // ------------------------------------------------------------------------------------------------ score.py's rules

    static String norm(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        n = DASH.matcher(n).replaceAll("-");
        return SPACE.matcher(n).replaceAll(" ").strip();
    }

    static Set<String> tokens(String s) {
        Set<String> out = new HashSet<>();
        Matcher m = TOKEN.matcher(norm(s));
        while (m.find()) out.add(m.group());
        return out;
    }

    /** {share of the labelled tokens found in the prediction, share of the predicted tokens found in the label}. */
    static double[] overlap(String pred, String gold) {
        Set<String> p = tokens(pred);
        Set<String> g = tokens(gold);
        if (p.isEmpty() || g.isEmpty()) return new double[] {0.0, 0.0};
        Set<String> common = new HashSet<>(p);
        common.retainAll(g);
        return new double[] {(double) common.size() / g.size(), (double) common.size() / p.size()};
    }

    static boolean nameMatch(String pred, String gold) {
        Set<String> p = tokens(pred);
        Set<String> g = tokens(gold);
        if (p.isEmpty() || g.isEmpty()) return false;
        if (norm(pred).equals(norm(gold))) return true;
        Set<String> common = new HashSet<>(p);
        common.retainAll(g);
        return !common.isEmpty() && (g.containsAll(p) || p.containsAll(g) || common.size() >= 2);
    }

    static boolean textMatch(String pred, String gold) {
        double[] o = overlap(pred, gold);
        return o[0] >= 0.6 && o[1] >= 0.5;
    }

    static boolean actionMatch(JsonElement pred, JsonElement gold) {
        List<String> ownersP = strings(get(pred, "owner"));
        List<String> ownersG = strings(get(gold, "owner"));
        boolean shared = false;
        for (String a : ownersP) for (String b : ownersG) shared |= nameMatch(a, b);
        if (!shared) return false;
        String predText = or(str(get(pred, "task")), "") + " " + or(str(get(pred, "source_text")), "");
        String goldText = or(str(get(gold, "source_text")), or(str(get(gold, "task")), ""));
        return overlap(predText, goldText)[0] >= 0.5;
    }

    private static BiPredicate<JsonElement, JsonElement> same(String field) {
        return switch (field) {
            case "participants", "absent", "round_table" -> (p, g) -> nameMatch(or(str(get(p, "name")), ""), or(str(get(g, "name")), ""));
            case "agenda_items" -> (p, g) -> textMatch(or(str(p), ""), or(str(g), ""));
            case "decisions" -> (p, g) -> textMatch(or(str(get(p, "text")), ""), or(str(get(g, "text")), ""));
            case "action_items" -> Scorer::actionMatch;
            case "next_meetings" -> (p, g) -> Objects.equals(get(p, "date"), get(g, "date"));
            default -> throw new IllegalArgumentException(field);
        };
    }

    /** Greedy one-to-one matching: each label takes the first unused prediction that matches it. */
    static int match(List<JsonElement> preds, List<JsonElement> golds, BiPredicate<JsonElement, JsonElement> same) {
        boolean[] used = new boolean[preds.size()];
        int hits = 0;
        for (JsonElement g : golds) {
            for (int i = 0; i < preds.size(); i++) {
                if (!used[i] && same.test(preds.get(i), g)) {
                    used[i] = true;
                    hits++;
                    break;
                }
            }
        }
        return hits;
    }

    // ------------------------------------------------------------------------------------------------ JSON as Python sees it

    /** The value under the key as Python's dict.get sees it: JSON null and a missing key are both None (null). */
    private static JsonElement get(JsonElement e, String key) {
        if (e == null || !e.isJsonObject()) return null;
        JsonElement v = e.getAsJsonObject().get(key);
        return v == null || v.isJsonNull() ? null : v;
    }

    private static JsonObject object(JsonObject o, String key) {
        JsonElement v = get(o, key);
        return v != null && v.isJsonObject() ? v.getAsJsonObject() : new JsonObject();
    }

    /** {@code x.get(f) or []}. */
    private static List<JsonElement> list(JsonObject o, String key) {
        JsonElement v = get(o, key);
        List<JsonElement> out = new ArrayList<>();
        if (v != null && v.isJsonArray()) v.getAsJsonArray().forEach(out::add);
        return out;
    }

    /** Python's truthiness of a JSON value. */
    private static boolean truthy(JsonElement v) {
        if (v == null || v.isJsonNull()) return false;
        if (v.isJsonArray()) return !v.getAsJsonArray().isEmpty();
        if (v.isJsonObject()) return !v.getAsJsonObject().isEmpty();
        var p = v.getAsJsonPrimitive();
        if (p.isBoolean()) return p.getAsBoolean();
        if (p.isNumber()) return p.getAsDouble() != 0;
        return !p.getAsString().isEmpty();
    }

    private static String str(JsonElement v) {
        return v == null || !v.isJsonPrimitive() ? null : v.getAsString();
    }

    private static String or(String s, String otherwise) {
        return s == null || s.isEmpty() ? otherwise : s;
    }

    private static List<String> strings(JsonElement v) {
        List<String> out = new ArrayList<>();
        if (v instanceof JsonArray a) for (JsonElement e : a) if (e.isJsonPrimitive()) out.add(e.getAsString());
        return out;
    }
}
