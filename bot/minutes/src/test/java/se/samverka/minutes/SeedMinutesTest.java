package se.samverka.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The seed minutes (../shared/eval/minutes-dev/00_seed-004…): every label is found, matched the way
 * ../shared/eval/score.py matches (names by shared words, texts by word overlap), and nothing is found that is not
 * labelled.
 */
class SeedMinutesTest {
    static final Path EVAL = Path.of(System.getProperty("samverka.root", "../.."), "../shared/eval/minutes-dev");
    static final String SEED = "00_seed-004-strategisk-grupp-integration-2017-09-05";

    @Test
    void everyLabelOfTheSeedMinutesIsFound() throws IOException {
        JsonObject gold = JsonParser.parseString(Files.readString(EVAL.resolve(SEED + ".labels.json"))).getAsJsonObject();
        JsonObject found = JsonParser.parseString(MinutesJson.write(MinutesExtractorTest.EXTRACTOR
                .extract(Files.readString(EVAL.resolve(SEED + ".txt"))))).getAsJsonObject();
        assertEquals(gold.get("meeting").getAsJsonObject().get("date"), found.get("meeting").getAsJsonObject().get("date"));
        assertEquals(gold.get("meeting").getAsJsonObject().get("start"), found.get("meeting").getAsJsonObject().get("start"));
        assertEquals(gold.get("meeting").getAsJsonObject().get("end"), found.get("meeting").getAsJsonObject().get("end"));
        assertEquals(gold.get("note_taker"), found.get("note_taker"));
        same("participants", gold, found, (p, g) -> names(p.getAsJsonObject().get("name"), g.getAsJsonObject().get("name")));
        same("absent", gold, found, (p, g) -> names(p.getAsJsonObject().get("name"), g.getAsJsonObject().get("name")));
        same("agenda_items", gold, found, (p, g) -> text(p.getAsString(), g.getAsString()));
        same("decisions", gold, found, (p, g) -> text(p.getAsJsonObject().get("text").getAsString(),
                g.getAsJsonObject().get("text").getAsString()));
        same("action_items", gold, found, SeedMinutesTest::action);
        same("round_table", gold, found, (p, g) -> names(p.getAsJsonObject().get("name"), g.getAsJsonObject().get("name")));
        JsonArray dated = new JsonArray();
        gold.getAsJsonArray("next_meetings").forEach(m -> {
            if (!m.getAsJsonObject().get("date").isJsonNull()) dated.add(m);
        });
        gold.add("next_meetings", dated);
        same("next_meetings", gold, found, (p, g) -> p.getAsJsonObject().get("date").equals(g.getAsJsonObject().get("date")));
    }

    /** Each labelled item matches a found one, one to one, and there are no others. */
    static void same(String field, JsonObject gold, JsonObject found, BiPredicate<JsonElement, JsonElement> match) {
        JsonArray g = gold.getAsJsonArray(field);
        JsonArray p = found.getAsJsonArray(field);
        Set<Integer> used = new HashSet<>();
        for (JsonElement label : g) {
            boolean hit = false;
            for (int i = 0; i < p.size() && !hit; i++) {
                if (!used.contains(i) && match.test(p.get(i), label)) {
                    used.add(i);
                    hit = true;
                }
            }
            assertTrue(hit, field + ": not found " + label + " among " + p);
        }
        assertEquals(g.size(), p.size(), field + ": found more than labelled " + p);
    }

    static Set<String> tokens(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replaceAll("\\s*[–-]\\s*", "-");
        Set<String> out = new HashSet<>();
        Matcher m = Pattern.compile("[\\p{L}\\p{N}_]+").matcher(n);
        while (m.find()) out.add(m.group());
        return out;
    }

    static boolean names(JsonElement pred, JsonElement gold) {
        Set<String> p = tokens(pred.getAsString());
        Set<String> g = tokens(gold.getAsString());
        Set<String> common = new HashSet<>(p);
        common.retainAll(g);
        return !common.isEmpty() && (p.containsAll(g) || g.containsAll(p) || common.size() >= 2);
    }

    static double[] overlap(String pred, String gold) {
        Set<String> p = tokens(pred);
        Set<String> g = tokens(gold);
        if (p.isEmpty() || g.isEmpty()) return new double[] {0, 0};
        Set<String> common = new HashSet<>(p);
        common.retainAll(g);
        return new double[] {common.size() / (double) g.size(), common.size() / (double) p.size()};
    }

    static boolean text(String pred, String gold) {
        double[] o = overlap(pred, gold);
        return o[0] >= 0.6 && o[1] >= 0.5;
    }

    static boolean action(JsonElement pred, JsonElement gold) {
        List<JsonElement> po = pred.getAsJsonObject().getAsJsonArray("owner").asList();
        List<JsonElement> go = gold.getAsJsonObject().getAsJsonArray("owner").asList();
        boolean owner = po.stream().anyMatch(a -> go.stream().anyMatch(b -> names(a, b)));
        String text = pred.getAsJsonObject().get("task").getAsString() + " " + pred.getAsJsonObject().get("source_text").getAsString();
        return owner && overlap(text, gold.getAsJsonObject().get("source_text").getAsString())[0] >= 0.5;
    }
}
