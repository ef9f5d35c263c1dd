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
            punkt flytta 4 före 2                   | AGENDA_MOVE     | SV | 4 före 2
            agenda move 4 before 2                  | AGENDA_MOVE     | EN | 4 before 2
            punkt under 2: Statistik                | AGENDA_SUB      | SV | 2: Statistik
            agenda sub 2: Statistics                | AGENDA_SUB      | EN | 2: Statistics
            rubrik Erfarenhetsutbyte:               | SECTION         | SV | Erfarenhetsutbyte:
            section Exchange                        | SECTION         | EN | Exchange
            bordlägg 3                              | AGENDA_TABLE    | SV | 3
            table 3                                 | AGENDA_TABLE    | EN | 3
            dagordning skicka                       | AGENDA_SEND     | SV | ''
            agenda send next                        | AGENDA_SEND     | EN | next
            ändra möte 18 september plats: Laholm   | MEETING_EDIT    | SV | 18 september plats: Laholm
            edit meeting next time: 13-16           | MEETING_EDIT    | EN | next time: 13-16
            flytta 20 oktober till 22 oktober       | MEETING_MOVE    | SV | 20 oktober till 22 oktober
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
            Beslut: Ibrahim mailar ut               | DECISION        | SV | Ibrahim mailar ut
            Beslut - Lovisa bevakar                 | DECISION        | SV | Lovisa bevakar
            Beslut – Lovisa bevakar                 | DECISION        | SV | Lovisa bevakar
            beslut -UAF söker                       | DECISION        | SV | -UAF söker
            anteckning -UAF söker                   | NOTE            | SV | -UAF söker
            Åtgärd: Tor ringer AF                   | ACTION          | SV | Tor ringer AF
            Punkt: Budget                           | AGENDA_ADD      | SV | Budget
            punkt:Budget                            | AGENDA_ADD      | SV | Budget
            Decision: Invite AF                     | DECISION        | EN | Invite AF
            Action - Tor calls AF                   | ACTION          | EN | Tor calls AF
            laget runt: Inget nytt                  | ROUND           | SV | Inget nytt
            Gruppen beslutade att bjuda in AF       | DECISION        | SV | Bjuda in AF
            Vi beslutade att ställa in julmötet     | DECISION        | SV | Ställa in julmötet
            Beslutades att anta planen              | DECISION        | SV | Anta planen
            Beslutas att Tor kontaktar AF           | DECISION        | SV | Tor kontaktar AF
            Det beslutades att mötet flyttas        | DECISION        | SV | Mötet flyttas
            Styrelsen beslutar att anta budgeten    | DECISION        | SV | Anta budgeten
            The group decided to invite AF          | DECISION        | EN | Invite AF
            We agreed that Tor calls AF             | DECISION        | EN | Tor calls AF
            It was decided to move the meeting      | DECISION        | EN | Move the meeting
            #3 är klar                              | DONE            | SV | 3
            3 klar                                  | DONE            | SV | 3
            3 är klart.                             | DONE            | SV | 3
            klart med 3                             | DONE            | SV | 3
            Klar med #12!                           | DONE            | SV | 12
            åtgärd 4 är klar                        | DONE            | SV | 4
            #3 is done                              | DONE            | EN | 3
            3 done                                  | DONE            | EN | 3
            done with 3                             | DONE            | EN | 3
            action 7 is complete                    | DONE            | EN | 7
            """)
    void findsTheCommandLanguageAndArguments(String text, Verb verb, Lang lang, String args) {
        Grammar.Parsed parsed = Grammar.parse(text).orElseThrow(() -> new AssertionError("not parsed: " + text));
        assertEquals(verb, parsed.verb());
        assertEquals(lang, parsed.lang());
        assertEquals(args, parsed.args());
    }

    @ParameterizedTest
    @CsvSource({"mötet", "klarar", "hej", "'' ", "beslutet är fattat", "beslut-x", "3 klarar det",
            "vi beslutade att", "we decided to"})
    void aWordThatOnlyStartsLikeACommandIsNone(String text) {
        assertTrue(Grammar.parse(text == null ? "" : text).isEmpty(), text);
    }

    @Test
    void aMarkAfterTheKindWordStillReadsTheEditOrRemoval() {
        assertEquals(Verb.DELETE, Grammar.parse("Punkt: ta bort 8").orElseThrow().verb());
        assertEquals(Verb.DELETE, Grammar.parse("Laget runt: ta bort").orElseThrow().verb());
        assertEquals(Verb.EDIT, Grammar.parse("Beslut - ändra D11: Ny text").orElseThrow().verb());
        assertEquals(Verb.DELETE, Grammar.parse("Decision: delete D11").orElseThrow().verb());
        Grammar.Parsed decision = Grammar.parse("Beslut: Ändra mötestiden till 13").orElseThrow();
        assertEquals(Verb.DECISION, decision.verb(), "a decision that starts with a verb stays a decision");
        assertEquals("Ändra mötestiden till 13", decision.args());
    }

    @Test
    void theArgumentsOfANoteKeepTheirLines() {
        assertEquals(Optional.of("punkt 2: Fbg: 3 personer\n- BUF söker\nFinns intresse."),
                Grammar.argsKeepingLines("/samverka  anteckning   punkt 2:  Fbg: 3 personer\n  - BUF   söker\n\n\tFinns intresse.  "));
        assertEquals(Optional.of("Första raden\nAndra"), Grammar.argsKeepingLines("anteckning\nFörsta raden\nAndra"));
        assertEquals(Optional.of("Amina"), Grammar.argsKeepingLines("vid tangenterna Amina"), "two command words");
        assertEquals(Optional.of(""), Grammar.argsKeepingLines("note"));
        assertEquals(Optional.empty(), Grammar.argsKeepingLines("hej"));
        assertEquals(Optional.of("Fbg: 3 personer\nAndra"), Grammar.argsKeepingLines("Anteckning: Fbg: 3 personer\nAndra"));
        assertEquals(Optional.of("- BUF söker\n-UAF söker"), Grammar.argsKeepingLines("anteckning - BUF söker\n-UAF söker"),
                "a dash in a note is a bullet");
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
