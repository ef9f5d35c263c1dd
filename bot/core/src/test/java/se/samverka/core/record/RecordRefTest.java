package se.samverka.core.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordRefTest {

    @ParameterizedTest(name = "\"{0}\" → {1} {2} {3} \"{4}\"")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            D3                         | DECISION | 3  | -       | -
            D3: Ny text                | DECISION | 3  | -       | Ny text
            d 3: Ny text               | DECISION | 3  | -       | Ny text
            beslut D11                 | DECISION | 11 | -       | -
            beslut 11: Ny text         | DECISION | 11 | -       | Ny text
            decision #4                | DECISION | 4  | -       | -
            åtgärd 4: Tor fixar det    | ACTION   | 4  | -       | Tor fixar det
            action #4                  | ACTION   | 4  | -       | -
            uppgift 2                  | ACTION   | 2  | -       | -
            anteckning 2: Fbg: tre     | NOTE     | 2  | -       | 'Fbg: tre'
            note 7                     | NOTE     | 7  | -       | -
            punkt 8                    | AGENDA   | 8  | -       | -
            item 3: New text           | AGENDA   | 3  | -       | New text
            stående punkt 1: Övrigt    | STANDING | 1  | -       | Övrigt
            standing 2                 | STANDING | 2  | -       | -
            rapport                    | REPORT   | -  | -       | -
            rapport: Ny rapport        | REPORT   | -  | -       | Ny rapport
            rapport Tor                | REPORT   | -  | Tor     | -
            rapport Tor Jacobsen: Ny   | REPORT   | -  | Tor Jacobsen | Ny
            report : New report        | REPORT   | -  | -       | New report
            """)
    void aReferenceNamesItsRecordAndTheTextAfterTheColon(String written, RecordRef.Target target, Integer number,
                                                         String name, String text) {
        RecordRef ref = RecordRef.parse(written).orElseThrow(() -> new AssertionError("not read: " + written));
        assertEquals(target, ref.target());
        assertEquals(Optional.ofNullable(number), ref.number());
        assertEquals(Optional.ofNullable(name), ref.name());
        assertEquals(Optional.ofNullable(text), ref.text());
    }

    @Test
    void anEmptyTextAfterTheColonIsEmptyNotMissing() {
        assertEquals(Optional.of(""), RecordRef.parse("D3:").orElseThrow().text());
    }

    @Test
    void whatNamesNoRecordIsNotRead() {
        for (String written : new String[] {"", "blabla", "D", "D3 text utan kolon", "punkt", "åtgärd fyra", "3", "punkt 1234"}) {
            assertFalse(RecordRef.parse(written).isPresent(), written);
        }
    }

    @Test
    void permissionsFollowTheRolesTheAuthorAndTheGroupsSetting() {
        Permissions standard = Permissions.of(Optional.empty());
        Permissions.Actor member = new Permissions.Actor(7, false, false);
        assertTrue(standard.mayChange(member, Optional.of(7L)), "their own record");
        assertFalse(standard.mayChange(member, Optional.of(8L)), "someone else's");
        assertFalse(standard.mayChange(member, Optional.empty()), "an imported one");
        assertFalse(standard.mayRecordDecision(member));
        assertTrue(standard.mayRecordDecision(new Permissions.Actor(7, true, false)), "chair or secretary");
        assertTrue(standard.mayChange(new Permissions.Actor(7, false, true), Optional.of(8L)), "the note-taker");
        assertTrue(standard.mayMarkDone(member, true));
        assertFalse(standard.mayMarkDone(member, false));
        Permissions open = Permissions.of(Optional.of(Permissions.OPEN));
        assertTrue(open.mayChange(member, Optional.of(8L)) && open.mayRecordDecision(member) && open.mayMarkDone(member, false));
        assertFalse(Permissions.of(Optional.of("something else")).open());
    }
}
