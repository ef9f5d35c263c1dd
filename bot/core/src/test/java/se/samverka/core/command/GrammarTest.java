package se.samverka.core.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.samverka.core.domain.Lang;

class GrammarTest {

    @ParameterizedTest(name = "\"{0}\" → {1} ({2}) \"{3}\"")
    @CsvSource(delimiter = '|', textBlock = """
            hjälp                                   | HELP            | SV | ''
            help meeting                            | HELP            | EN | meeting
            grupp skapa Strategisk grupp integration| GROUP_CREATE    | SV | Strategisk grupp integration
            group create SGI                        | GROUP_CREATE    | EN | SGI
            grupp koppla SGI                        | GROUP_BIND      | SV | SGI
            grupp                                   | GROUP_SHOW      | SV | ''
            group                                   | GROUP_SHOW      | EN | ''
            medlemmar                               | MEMBERS         | SV | ''
            medlem Tor Jacobsen, Falkenberg         | MEMBER_ADD      | SV | Tor Jacobsen, Falkenberg
            member add Tor Jacobsen                 | MEMBER_ADD      | EN | Tor Jacobsen
            medlem ta bort Tor                      | MEMBER_REMOVE   | SV | Tor
            member remove Tor                       | MEMBER_REMOVE   | EN | Tor
            möte 20 oktober 9-12 Halmstad           | MEETING_ADD     | SV | 20 oktober 9-12 Halmstad
            meeting 20 October                      | MEETING_ADD     | EN | 20 October
            möten                                   | MEETINGS        | SV | ''
            meetings all                            | MEETINGS        | EN | all
            flytta nästa till 22/10                 | MEETING_MOVE    | SV | nästa till 22/10
            move next to 22/10                      | MEETING_MOVE    | EN | next to 22/10
            ställ in 20 oktober                     | MEETING_CANCEL  | SV | 20 oktober
            cancel next                             | MEETING_CANCEL  | EN | next
            punkt Nationell konferens               | AGENDA_ADD      | SV | Nationell konferens
            agenda add National conference          | AGENDA_ADD      | EN | National conference
            stående punkt Erfarenhetsutbyte         | STANDING        | SV | Erfarenhetsutbyte
            agenda standing Exchange                | STANDING        | EN | Exchange
            stående punkt ta bort 1                 | STANDING_REMOVE | SV | 1
            dagordning                              | AGENDA          | SV | ''
            agenda                                  | AGENDA          | EN | ''
            agenda next                             | AGENDA          | EN | next
            beslut Bjuda in AF                      | DECISION        | SV | Bjuda in AF
            decision Invite AF                      | DECISION        | EN | Invite AF
            åtgärd Ibrahim mailar ut                | ACTION          | SV | Ibrahim mailar ut
            action Ibrahim sends                    | ACTION          | EN | Ibrahim sends
            åtgärder mina                           | ACTIONS         | SV | mina
            actions all                             | ACTIONS         | EN | all
            klar 3                                  | DONE            | SV | 3
            done 3                                  | DONE            | EN | 3
            förhinder                               | ABSENT          | SV | ''
            absent next                             | ABSENT          | EN | next
            närvarande alla                         | PRESENT         | SV | alla
            närvaro                                 | ATTENDANCE      | SV | ''
            attendance                              | ATTENDANCE      | EN | ''
            vid tangenterna Amina                   | NOTE_TAKER      | SV | Amina
            laget runt Växjökonferensen             | ROUND           | SV | Växjökonferensen
            laget runt: Växjökonferensen            | ROUND           | SV | Växjökonferensen
            ändra D3: Ny text                       | EDIT            | SV | D3: Ny text
            edit action 4: Tor does it              | EDIT            | EN | action 4: Tor does it
            punkt ändra 3: Ny text                  | EDIT            | SV | 3: Ny text
            beslut ändra D11: Ny text               | EDIT            | SV | D11: Ny text
            laget runt ändra: Ny rapport            | EDIT            | SV | Ny rapport
            stående punkt ändra 1: Övrigt           | EDIT            | SV | 1: Övrigt
            ta bort D11                             | DELETE          | SV | D11
            radera anteckning 2                     | DELETE          | SV | anteckning 2
            punkt ta bort 8                         | DELETE          | SV | 8
            beslut ta bort D11                      | DELETE          | SV | D11
            åtgärd ta bort 4                        | DELETE          | SV | 4
            anteckning ta bort 2                    | DELETE          | SV | 2
            laget runt ta bort                      | DELETE          | SV | ''
            delete D11                              | DELETE          | EN | D11
            remove note 2                           | DELETE          | EN | note 2
            ta bort stående punkt 2                 | STANDING_REMOVE | SV | 2
            ta bort medlem Tor                      | MEMBER_REMOVE   | SV | Tor
            ångra                                   | UNDO            | SV | ''
            undo                                    | UNDO            | EN | ''
            historik D3                             | HISTORY         | SV | D3
            history action 4                        | HISTORY         | EN | action 4
            behörighet öppen                        | PERMISSIONS     | SV | öppen
            permissions standard                    | PERMISSIONS     | EN | standard
            round start                             | ROUND           | EN | start
            protokoll förra                         | MINUTES         | SV | förra
            minutes                                 | MINUTES         | EN | ''
            sök konferens                           | SEARCH          | SV | konferens
            search conference                       | SEARCH          | EN | conference
            anteckning punkt 2: Fbg: 3 personer     | NOTE            | SV | punkt 2: Fbg: 3 personer
            note item 2: Kba: one person            | NOTE            | EN | item 2: Kba: one person
            note taker Amina                        | NOTE_TAKER      | EN | Amina
            antecknare Amina                        | NOTE_TAKER      | SV | Amina
            /samverka  Beslut   Bjuda in            | DECISION        | SV | Bjuda in
            KLAR 4                                  | DONE            | SV | 4
            """)
    void findsTheCommandLanguageAndArguments(String text, Verb verb, Lang lang, String args) {
        Grammar.Parsed parsed = Grammar.parse(text).orElseThrow(() -> new AssertionError("not parsed: " + text));
        assertEquals(verb, parsed.verb());
        assertEquals(lang, parsed.lang());
        assertEquals(args, parsed.args());
    }

    @ParameterizedTest
    @CsvSource({"mötet", "klarar", "hej", "'' ", "beslutet är fattat"})
    void aWordThatOnlyStartsLikeACommandIsNone(String text) {
        assertTrue(Grammar.parse(text == null ? "" : text).isEmpty(), text);
    }

    @Test
    void theArgumentsOfANoteKeepTheirLines() {
        assertEquals(Optional.of("punkt 2: Fbg: 3 personer\n- BUF söker\nFinns intresse."),
                Grammar.argsKeepingLines("/samverka  anteckning   punkt 2:  Fbg: 3 personer\n  - BUF   söker\n\n\tFinns intresse.  "));
        assertEquals(Optional.of("Första raden\nAndra"), Grammar.argsKeepingLines("anteckning\nFörsta raden\nAndra"));
        assertEquals(Optional.of("Amina"), Grammar.argsKeepingLines("vid tangenterna Amina"), "two command words");
        assertEquals(Optional.of(""), Grammar.argsKeepingLines("note"));
        assertEquals(Optional.empty(), Grammar.argsKeepingLines("hej"));
    }

    @Test
    void everySpellingBelongsToOneCommand() {
        Set<String> seen = new HashSet<>();
        for (Verb verb : Verb.values()) {
            verb.swedish().forEach(w -> assertTrue(seen.add(w), "twice: " + w));
            verb.english().forEach(w -> assertTrue(seen.add(w), "twice: " + w));
        }
    }
}
