package se.samverka.minutes.quality;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Training sentences for the sentence-kind model taken from a labelled document ("KIND | sentence" lines, the format
 * of {@code train/sentences.txt}): the source sentence of each labelled action item is ACTION, each labelled
 * decision DECISION (a "Beslut: X gör Y" line is both), each agenda title HEADING and each round-table report
 * INFO. Weak: the labels were not written for this, and a sentence may say more than its label.
 */
public final class WeakLabels {
    private WeakLabels() {}

    public static List<String> of(JsonObject labels) {
        List<String> out = new ArrayList<>();
        for (JsonElement a : array(labels, "action_items")) {
            String text = string(a, "source_text");
            if (text.isEmpty()) text = string(a, "task");
            add(out, "ACTION", text);
        }
        for (JsonElement d : array(labels, "decisions")) add(out, "DECISION", string(d, "text"));
        for (JsonElement h : array(labels, "agenda_items")) if (h.isJsonPrimitive()) add(out, "HEADING", h.getAsString());
        for (JsonElement r : array(labels, "round_table")) add(out, "INFO", string(r, "report"));
        return out;
    }

    private static void add(List<String> out, String kind, String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        if (!line.isEmpty()) out.add(kind + " | " + line);
    }

    static Iterable<JsonElement> array(JsonObject o, String key) {
        JsonElement v = o.get(key);
        return v != null && v.isJsonArray() ? v.getAsJsonArray() : List.of();
    }

    static String string(JsonElement e, String key) {
        if (!e.isJsonObject()) return "";
        JsonElement v = e.getAsJsonObject().get(key);
        return v == null || !v.isJsonPrimitive() ? "" : v.getAsString();
    }
}
