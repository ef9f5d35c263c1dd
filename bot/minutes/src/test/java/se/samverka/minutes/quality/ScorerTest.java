package se.samverka.minutes.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

/** The Java scorer on small hand-written cases, each worked out by score.py's rules. */
class ScorerTest {
    static JsonObject json(String s) {
        return JsonParser.parseString(s).getAsJsonObject();
    }

    @Test
    void namesMatchBySharedTokens() {
        assertTrue(Scorer.nameMatch("Anna Svensson", "anna  svensson"));
        assertTrue(Scorer.nameMatch("Anna", "Anna Svensson"), "one name's tokens inside the other's");
        assertTrue(Scorer.nameMatch("Anna Maria Svensson", "Anna Svensson Berg"), "two shared tokens");
        assertFalse(Scorer.nameMatch("Anna Berg", "Anna Svensson"));
        assertFalse(Scorer.nameMatch("", "Anna"));
        assertTrue(Scorer.nameMatch("Havs- och Vattenmyndigheten", "Havs – och vattenmyndigheten"));
    }

    @Test
    void textsMatchBySixtyPercentOfTheLabelAndHalfOfThePrediction() {
        assertTrue(Scorer.textMatch("Gruppen antar förslaget", "Beslut: gruppen antar förslaget"), "3 of 4 labelled words");
        assertFalse(Scorer.textMatch("Gruppen", "Beslut: gruppen antar förslaget"));
        assertFalse(Scorer.textMatch("gruppen antar förslaget och mycket mer text som inte finns", "gruppen antar förslaget"),
                "3 of 10 predicted words");
    }

    @Test
    void anActionNeedsASharedOwnerAndHalfTheSourceSentence() {
        var gold = json("{\"owner\":[\"Digg\"],\"task\":\"boka möte\",\"source_text\":\"Boka in mötesserie (Digg bokar)\"}");
        assertTrue(Scorer.actionMatch(json("{\"owner\":[\"DIGG\"],\"task\":\"boka in mötesserie\",\"source_text\":\"\"}"), gold));
        assertFalse(Scorer.actionMatch(json("{\"owner\":[\"Josef\"],\"task\":\"boka in mötesserie\"}"), gold));
        assertFalse(Scorer.actionMatch(json("{\"owner\":[\"Digg\"],\"task\":\"boka\"}"), gold));
    }

    @Test
    void printsAsPythonRoundsHalfToEven() {
        assertEquals("0.062", Scorer.fixed(0.0625), "Python's %.3f of 1/16; Java's would say 0.063");
        assertEquals("0.813", Scorer.fixed(0.8125 + 1e-12));
        assertEquals("1.000", Scorer.fixed(1.0));
    }

    @Test
    void scoresADocumentAsScorePyDoes() {
        Scorer s = new Scorer();
        s.add(json("""
                {"meeting":{"date":"2024-01-02","start":null},"participants":[{"name":"Anna Svensson"},{"name":"Bo"}],
                 "decisions":[{"text":"Gruppen antar förslaget"}],"next_meetings":[{"date":null},{"date":"2024-02-01"}]}"""),
              json("""
                {"meeting":{"date":"2024-01-02","start":"09:00","end":null},"participants":[{"name":"Anna"},{"name":null,"org":"X"}],
                 "absent":[{"name":"Carl"}],"decisions":[{"text":"Beslut: gruppen antar förslaget"}],
                 "next_meetings":[{"date":"2024-02-01"}]}"""));
        assertEquals("""
                field                       P      R     F1   (hits/pred/gold)
                absent                  0.000  0.000  0.000   0/0/1
                action_items            1.000  1.000  1.000   0/0/0
                agenda_items            1.000  1.000  1.000   0/0/0
                decisions               1.000  1.000  1.000   1/1/1
                meeting.date            1.000  1.000  1.000   1/1/1
                meeting.start           0.000  0.000  0.000   0/0/1
                next_meetings           1.000  1.000  1.000   1/1/1
                participants            0.500  1.000  0.667   1/2/1
                round_table             1.000  1.000  1.000   0/0/0
                documents: 1, failed: 0
                macro F1: 0.741
                """, s.report());
    }

    @Test
    void theSourceIsTheNameWithoutItsNumberAndDate() {
        assertEquals("digg-ena-samverkan", Sources.of("19_digg-ena-samverkan-2024-09-16.txt"));
        assertEquals("digg-ena-samverkan", Sources.of("21_digg-ena-samverkan-2024-12-06.labels.json"));
        assertEquals("rus-arbetsgrupp", Sources.of("13_rus-arbetsgrupp-2017-08.txt"));
        assertEquals("stacken-extramote", Sources.of("30_stacken-extramote-2017-09-21"));
        assertEquals("protokoll", Sources.of("protokoll.md"));
    }
}
