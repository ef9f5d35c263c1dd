package se.samverka.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The edit distance names are matched by: a swapped pair of letters is one slip, as a wrong letter is. */
class NamesTest {

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
            "boel, boel, 0",
            "beol, boel, 1",   // seed 004's "Beol:" in laget runt
            "bole, boel, 1",
            "boell, boel, 1",
            "bol, boel, 1",
            "boal, boel, 1",
            "leob, boel, 3",
            "tor, boel, 3",
            "'', boel, 4",
            "annika, amina, 3",
    })
    void countsEditsWithSwapsAsOne(String a, String b, int expected) {
        assertEquals(expected, Names.distance(a, b));
        assertEquals(expected, Names.distance(b, a), "the same both ways");
    }
}
