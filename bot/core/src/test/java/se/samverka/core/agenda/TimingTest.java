package se.samverka.core.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Migrationsprocessen (Boel, 20 min)  | Migrationsprocessen | Boel       | 20
            Migrationsprocessen (20 min)        | Migrationsprocessen | ''         | 20
            Migrationsprocessen (Boel)          | Migrationsprocessen | Boel       | 0
            Kartläggning (1 h)                  | Kartläggning        | ''         | 60
            Kartläggning (1,5 tim)              | Kartläggning        | ''         | 90
            Kartläggning (Tor; 1.5 hours)       | Kartläggning        | Tor        | 90
            Kartläggning (30 minuter)           | Kartläggning        | ''         | 30
            Kartläggning (2 timmar, SKR)        | Kartläggning        | SKR        | 120
            Budget (SKR)                        | Budget              | SKR        | 0
            Utkast (remiss)                     | Utkast (remiss)     | ''         | 0
            Verksamhetsplan (2027)              | Verksamhetsplan (2027) | ''      | 0
            Inledning                           | Inledning           | ''         | 0
            (Boel, 20 min)                      | (Boel, 20 min)      | ''         | 0
            """)
    void thePresenterAndTheTimeAreReadOffTheEnd(String text, String rest, String presenter, int minutes) {
        Timing.Item read = (Timing.Item) Timing.read(text);
        assertEquals(rest, read.text());
        assertEquals(Optional.of(presenter).filter(p -> !p.isEmpty()), read.presenter());
        assertEquals(Optional.of(minutes).filter(m -> m > 0), read.minutes());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Migration (Boel, 20 mjn) | 20 mjn
            Migration (0 min)        | 0 min
            Migration (11 h)         | 11 h
            Migration (tjugo min)    | tjugo min
            Migration (20 min, 1 h)  | 1 h
            """)
    void aTimeThatIsNoTimeIsNamed(String text, String part) {
        assertEquals(new Timing.NotATime(part), Timing.read(text));
    }
}
