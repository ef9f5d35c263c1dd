package se.samverka.core.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.samverka.core.domain.Member;
import se.samverka.core.domain.Role;

class RosterTest {
    static Member member(long id, String name, String org, String email) {
        return new Member(id, name, Optional.ofNullable(org), Optional.ofNullable(email), Role.MEMBER);
    }

    final Roster roster = new Roster(List.of(
            member(1, "Tor Jacobsen", "Falkenberg", "tor.jacobsen@falkenberg.se"),
            member(2, "Anna-Maria Mårtensson", "Laholm", null),
            member(3, "Boel Abelson-Crossley", "Region Halland", null),
            member(4, "Amina Boulaabi", "Region Halland", null),
            member(5, "Ibrahim Baalbaki", "Hylte", null),
            member(6, "Anna Lindskog", "Region Halland", null),
            member(7, "Anna Svensson", "Kungsbacka", null),
            member(8, "Carl-Johan Sanglert", "Alingsås", null),
            member(9, "Lars Bäckström", "Robertsfors", null)));

    @ParameterizedTest(name = "\"{0}\" → owners {1}, task \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Ibrahim mailar ut syftet                       | 5     | mailar ut syftet
            Boel och Amina kollar upp möjligheterna        | 3,4   | kollar upp möjligheterna
            Boel, Amina och Tor kollar upp                 | 3,4,1 | kollar upp
            Anna-Maria skickar ut ppt                      | 2     | skickar ut ppt
            Anna – Maria skickar ut ppt                    | 2     | skickar ut ppt
            Tor Jacobsen: bokar lokal                      | 1     | bokar lokal
            @ibrahim mailar                                | 5     | mailar
            Baalbaki mailar                                | 5     | mailar
            tor.jacobsen@falkenberg.se bokar lokal         | 1     | bokar lokal
            Hylte återkopplar                              | 5     | återkopplar
            Amina and Boel look into it                    | 4,3   | look into it
            Calle och Lasse ordnar ett skypemöte           | 8,9   | ordnar ett skypemöte
            """)
    void readsOwnersTheWayPeopleWriteThem(String text, String ids, String task) {
        Roster.Owners owners = assertInstanceOf(Roster.Owners.class, roster.leadingOwners(text));
        assertEquals(List.of(ids.split(",")), owners.members().stream().map(m -> String.valueOf(m.id())).toList());
        assertEquals(task, owners.rest());
    }

    @Test
    void anAmbiguousNameIsAProblemNamingTheCandidates() {
        Roster.OwnerProblem problem = assertInstanceOf(Roster.OwnerProblem.class, roster.leadingOwners("Anna ringer"));
        Roster.Lookup.Ambiguous ambiguous = assertInstanceOf(Roster.Lookup.Ambiguous.class, problem.lookup());
        assertEquals(List.of("Anna Lindskog", "Anna Svensson"),
                ambiguous.candidates().stream().map(Member::name).toList());
    }

    @Test
    void anOrganisationWithSeveralMembersIsAmbiguous() {
        assertInstanceOf(Roster.Lookup.Ambiguous.class, roster.find("Region Halland"));
    }

    @Test
    void anUnknownNameGetsTheClosestNames() {
        Roster.OwnerProblem problem = assertInstanceOf(Roster.OwnerProblem.class, roster.leadingOwners("Ibrahm mailar"));
        Roster.Lookup.NotFound notFound = assertInstanceOf(Roster.Lookup.NotFound.class, problem.lookup());
        assertEquals("Ibrahm", problem.phrase());
        assertEquals(List.of("Ibrahim Baalbaki"), notFound.suggestions().stream().map(Member::name).toList());
    }

    @Test
    void aConjunctionMustBeFollowedByAMember() {
        Roster.OwnerProblem problem = assertInstanceOf(Roster.OwnerProblem.class,
                roster.leadingOwners("Boel och styrelsen kollar"));
        assertEquals("styrelsen", problem.phrase());
    }

    @Test
    void aListOfNamesMustBeAllMembers() {
        assertInstanceOf(Roster.Owners.class, roster.names("Tor, Ibrahim och Boel"));
        Roster.OwnerProblem problem = assertInstanceOf(Roster.OwnerProblem.class, roster.names("Tor, Ibrahim och Kjell"));
        assertEquals("Kjell", problem.phrase());
    }
}
