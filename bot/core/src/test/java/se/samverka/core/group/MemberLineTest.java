package se.samverka.core.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.samverka.core.domain.Role;

class MemberLineTest {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Boel Abelson-Crossley, Region Halland, boel@example.se, ordförande | Boel Abelson-Crossley | Region Halland | boel@example.se | CHAIR
            Falkenberg: Tor Jacobsen                                           | Tor Jacobsen          | Falkenberg     |                 |
            Tor Jacobsen (Falkenberg) tor@example.se sekreterare               | Tor Jacobsen          | Falkenberg     | tor@example.se  | SECRETARY
            Amina Boulaabi                                                     | Amina Boulaabi        |                |                 |
            Mats Oljelund, Varberg, member                                     | Mats Oljelund         | Varberg        |                 | MEMBER
            @ibrahim, Hylte, Ibrahim.B@Hylte.se                                | ibrahim               | Hylte          | ibrahim.b@hylte.se |
            Karin Martinsson, Kungsbacka, chair                                | Karin Martinsson      | Kungsbacka     |                 | CHAIR
            """)
    void readsNameOrganisationEmailAndRole(String text, String name, String org, String email, Role role) {
        MemberLine line = assertInstanceOf(MemberLine.class, MemberLine.parse(text));
        assertEquals(name, line.name());
        assertEquals(Optional.ofNullable(org), line.organisation());
        assertEquals(Optional.ofNullable(email), line.email());
        assertEquals(Optional.ofNullable(role), line.role());
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Tor Jacobsen, tor@x                       | member.badEmail
            Tor, a@b.se, c@d.se                       | member.twoEmails
            Tor Jacobsen, Falkenberg, Varberg, Hylte  | member.tooManyParts
            ordförande                                | member.noName
            1234, Falkenberg                          | member.badName
            Falkenberg: Tor (Hylte)                   | member.twoOrganisations
            """)
    void refusesLinesItCannotRead(String text, String key) {
        MemberLine.Problem problem = assertInstanceOf(MemberLine.Problem.class, MemberLine.parse(text));
        assertEquals(key, problem.key());
    }
}
