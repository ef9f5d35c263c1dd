package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.samverka.integrations.console.ConsoleSession;

/**
 * The minutes editor's forms beyond the note, over real HTTP: each stores what the chat command it stands for stores
 * (compared row by row with the same command typed in the chat), reaches the editor's own meeting also after it
 * ended, is taken back by {@code ångra} in the chat, and bad input is refused with a message and nothing changed.
 */
class WebEditorFormsTest extends WebEditorFixture {

    /** An action item as stored: task, due date, meeting, agenda point and its owners in order. */
    String action(int number) {
        return rows("SELECT a.task, a.due_date, a.meeting_id, a.agenda_item_id, (SELECT string_agg(name, ',') FROM "
                + "(SELECT m.name FROM action_owner o JOIN member m ON m.id = o.member_id WHERE o.action_id = a.id ORDER BY o.position) t)"
                + " FROM action_item a WHERE a.number = " + number);
    }

    static String version(String page, String op, int number) {
        Matcher m = Pattern.compile("value=\"" + op + "\"><input type=\"hidden\" name=\"number\" value=\"" + number
                + "\"><input type=\"hidden\" name=\"version\" value=\"(\\d+)\"").matcher(page);
        assertTrue(m.find(), op + " " + number + " in " + page);
        return m.group(1);
    }

    static List<String[]> form(String... pairs) {
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) out.add(new String[] {pairs[i], pairs[i + 1]});
        return out;
    }

    HttpResponse<String> saved(String cookie, String path, List<String[]> fields) throws Exception {
        HttpResponse<String> answer = postAll(path, cookie, fields);
        assertEquals(302, answer.statusCode(), refusal(answer.body()) + answer.body());
        return answer;
    }

    long firstMeeting() {
        return DbSnapshot.count(db(), "SELECT MIN(id) FROM meeting");
    }

    @Test
    void aDecisionIsAddedAndEditedAsTheChatsBeslutAndÅngraTakesTheEditBack() throws Exception {
        String cookie = signIn(amina);
        String csrf = field(openEditor(cookie), "csrf");
        saved(cookie, editor(), form("csrf", csrf, "op", "decision-add", "label", "1", "text", "Laholm står värd i november."));
        ok(amina, "beslut 2026-11-02 punkt 1: Falkenberg står värd i december.");
        String place = "SELECT meeting_id, agenda_item_id, paragraph, paragraph_year FROM decision WHERE number = ";
        assertEquals(rows(place + 2).replaceFirst("\\|2\\|", "|1|"), rows(place + 1), "the same meeting and point, § 1 and § 2/2026");
        assertTrue(rows(place + 1).startsWith(firstMeeting() + "|"), rows(place + 1));

        String page = openEditor(cookie);
        saved(cookie, editor(), form("csrf", csrf, "op", "decision-edit", "number", "1", "version", version(page, "decision-edit", 1),
                "text", "Laholm står värd i november och bjuder på lunch."));
        assertEquals("Laholm står värd i november och bjuder på lunch.\n", rows("SELECT text FROM decision WHERE number = 1"));
        ok(amina, "ångra");
        assertEquals("Laholm står värd i november.\n", rows("SELECT text FROM decision WHERE number = 1"), "ångra takes the web's edit back");
    }

    @Test
    void anActionItemWithOwnersFromTheRosterAndTheGuestsIsStoredAsÅtgärdStoresIt() throws Exception {
        ok(amina, "gäst Lena Svensson, Arbetsförmedlingen");
        String cookie = signIn(amina);
        String page = openEditor(cookie);
        assertTrue(page.contains("<option>Tor Jacobsen</option>") && page.contains("<option>Lena Svensson</option>"),
                "the owners are picked from the roster and the meeting's guests");
        assertTrue(page.contains("<input type=\"date\" name=\"due\" id=\"add-action-due-1\">"), "the due date is a date field");
        String csrf = field(page, "csrf");
        saved(cookie, editor(), form("csrf", csrf, "op", "action-add", "label", "1", "owner", "Tor Jacobsen", "owner", "Lena Svensson",
                "task", "ringer Arbetsförmedlingen", "due", "2026-11-20"));
        ok(amina, "åtgärd 2026-11-02 punkt 1: Tor Jacobsen och Lena Svensson ringer Arbetsförmedlingen senast 2026-11-20");
        assertEquals(action(2), action(1), "the form stores what the chat's åtgärd stores");
        assertTrue(action(1).startsWith("ringer Arbetsförmedlingen|2026-11-20|" + firstMeeting() + "|"), action(1));
        assertTrue(action(1).endsWith("|Tor Jacobsen,Lena Svensson\n"), action(1));

        page = openEditor(cookie);
        assertTrue(page.contains("<option selected>Lena Svensson</option>"), "the edit form shows the item's owners picked");
        saved(cookie, editor(), form("csrf", csrf, "op", "action-edit", "number", "1", "version", version(page, "action-edit", 1),
                "owner", "Sara Ek", "task", "ringer AF och FK", "due", "2026-11-27"));
        assertTrue(action(1).startsWith("ringer AF och FK|2026-11-27|") && action(1).endsWith("|Sara Ek\n"), action(1));
        ok(amina, "ångra");
        assertEquals(action(2), action(1), "ångra in the chat takes the web's edit back, the guest's ownership too");
    }

    @Test
    void attendanceIsMarkedPresentOrAbsentPerMember() throws Exception {
        String cookie = signIn(amina);
        String page = openEditor(cookie);
        assertTrue(page.contains("value=\"absent:Sara Ek\""), page);
        saved(cookie, editor(), form("csrf", field(page, "csrf"), "op", "attendance", "att-1", "present:Amina Boulaabi",
                "att-2", "present:Tor Jacobsen", "att-3", "absent:Sara Ek"));
        String status = "SELECT m.name, a.status FROM attendance a JOIN member m ON m.id = a.member_id ORDER BY m.name";
        assertEquals("Amina Boulaabi|present\nSara Ek|absent\nTor Jacobsen|present\n", rows(status));
        assertTrue(ok(amina, "närvaro 2 november").contains("Sara Ek"), "the chat's närvaro shows it");
        page = openEditor(cookie);
        assertTrue(Pattern.compile("value=\"absent:Sara Ek\" id=\"absent-\\d\" checked").matcher(page).find(), "the page shows it");
        saved(cookie, editor(), form("csrf", field(page, "csrf"), "op", "attendance", "att-3", "present:Sara Ek"));
        assertEquals("Amina Boulaabi|present\nSara Ek|present\nTor Jacobsen|present\n", rows(status), "Sara came after all");
    }

    @Test
    void aLagetRuntReportIsTheChatsAndÅngraTakesItBack() throws Exception {
        String cookie = signIn(amina);
        String csrf = field(openEditor(cookie), "csrf");
        saved(cookie, editor(), form("csrf", csrf, "op", "round", "who", "Tor Jacobsen", "text", "Falkenberg startar ett språkcafé."));
        String round = "SELECT r.meeting_id, m.name, r.report FROM round_table_entry r JOIN member m ON m.id = r.member_id"
                + " WHERE r.removed_at IS NULL";
        assertEquals(firstMeeting() + "|Tor Jacobsen|Falkenberg startar ett språkcafé.\n", rows(round));
        assertTrue(ok(amina, "laget runt 2 november").contains("Falkenberg startar ett språkcafé."));
        ok(amina, "ångra");
        assertEquals("", rows(round));
    }

    @Test
    void afterTheMeetingEveryFormStillWritesThatMeetingsRecordNotTheNextOnes() throws Exception {
        ok(amina, "möte 16 november 13-16 Halmstad");
        ok(amina, "gäst Lena Svensson, Arbetsförmedlingen 2 november");
        clock.set(LocalDateTime.parse("2026-11-05T10:00").atZone(STOCKHOLM).toInstant());
        String cookie = signIn(amina);
        String csrf = field(openEditor(cookie), "csrf");
        saved(cookie, editor(), form("csrf", csrf, "op", "action-add", "label", "1", "owner", "Lena Svensson", "task", "skickar statistiken"));
        saved(cookie, editor(), form("csrf", csrf, "op", "round", "who", "Sara Ek", "text", "Hylte har anställt en samordnare."));
        saved(cookie, editor(), form("csrf", csrf, "op", "attendance", "att-2", "absent:Tor Jacobsen"));
        saved(cookie, editor(), form("csrf", csrf, "op", "item-add", "label", "1", "text", "Frågor från kommunerna"));
        long first = firstMeeting();
        assertTrue(action(1).startsWith("skickar statistiken|null|" + first + "|"), action(1));
        assertEquals(first + "\n", rows("SELECT meeting_id FROM round_table_entry"));
        assertEquals(first + "|Lena Svensson|present\n" + first + "|Tor Jacobsen|absent\n", rows("SELECT a.meeting_id, m.name, a.status"
                + " FROM attendance a JOIN member m ON m.id = a.member_id ORDER BY m.name"), "the guest is present as gäst records her");
        assertEquals(first + "|Inledning\n", rows("SELECT s.meeting_id, p.text FROM agenda_item s JOIN agenda_item_detail d"
                + " ON d.agenda_item_id = s.id JOIN agenda_item p ON p.id = d.parent_id WHERE s.text = 'Frågor från kommunerna'"));
    }

    @Test
    void itemsAndSubItemsAreAddedAndReorderedBeforeTheAgendaIsSentAndAMoveAfterIsRefused() throws Exception {
        ok(amina, "möte 16 november 13-16 Halmstad");
        ok(amina, "punkt Budget till 16 november");
        ok(amina, "punkt Rapporter till 16 november");
        String cookie = signIn(amina);
        String later = editor().replaceFirst("/m/\\d+/", "/m/" + DbSnapshot.count(db(), "SELECT MAX(id) FROM meeting") + "/");
        String csrf = field(openEditor(cookie), "csrf");
        saved(cookie, later, form("csrf", csrf, "op", "item-add", "label", "", "text", "Statistik"));
        saved(cookie, later, form("csrf", csrf, "op", "item-add", "label", "2", "text", "Rapport från Hylte"));
        saved(cookie, later, form("csrf", csrf, "op", "item-move", "label", "3", "before", "1"));
        String agenda = ok(amina, "dagordning 16 november");
        assertTrue(agenda.indexOf("Statistik") < agenda.indexOf("Budget") && agenda.indexOf("Budget") < agenda.indexOf("Rapporter")
                && agenda.indexOf("Rapporter") < agenda.indexOf("Rapport från Hylte"), agenda);
        assertTrue(agenda.contains("3.1"), "the sub-item is numbered under its item: " + agenda);
        ok(amina, "ångra");
        assertEquals(0, DbSnapshot.count(db(), "SELECT COUNT(*) FROM agenda_item WHERE text = 'Rapport från Hylte' AND removed_at IS NULL"));

        ok(amina, "punkt Övrigt"); // today's meeting, which has started: its numbers are fixed
        String before = snapshot();
        HttpResponse<String> moved = postAll(editor(), cookie, form("csrf", csrf, "op", "item-move", "label", "2", "before", "1"));
        assertEquals(200, moved.statusCode());
        assertTrue(refusal(moved.body()).contains("är skickad"), moved.body());
        assertEquals(before, snapshot(), "a refused move changes nothing");
    }

    /** A form with bad input: the page's message, the form back, and the database as it was. */
    void refused(String cookie, String expected, String... fields) throws Exception {
        String before = snapshot();
        HttpResponse<String> answer = postAll(editor(), cookie, form(fields));
        assertNotEquals(302, answer.statusCode(), "refused: " + String.join(" ", fields));
        assertTrue(refusal(answer.body()).contains(expected), expected + " ← " + refusal(answer.body()) + " for " + String.join(" ", fields));
        assertEquals(before, snapshot(), String.join(" ", fields));
    }

    @Test
    void badInputGetsAMessageAndChangesNothing() throws Exception {
        String cookie = signIn(amina);
        String csrf = field(openEditor(cookie), "csrf");
        refused(cookie, "Skriv vad som sades", "csrf", csrf, "op", "note-add", "label", "1", "text", "   ");
        refused(cookie, "Skriv vad som beslutades", "csrf", csrf, "op", "decision-add", "label", "1", "text", "");
        refused(cookie, "Skriv vad som ska göras", "csrf", csrf, "op", "action-add", "label", "1", "owner", "Tor Jacobsen", "task", " ");
        refused(cookie, "Skriv din rapport", "csrf", csrf, "op", "round", "who", "Tor Jacobsen", "text", "");
        refused(cookie, "varken med i gruppen", "csrf", csrf, "op", "action-add", "label", "1", "owner", "Okänd Person", "task", "ringer");
        refused(cookie, "minst en ansvarig", "csrf", csrf, "op", "action-add", "label", "1", "task", "ringer AF");
        refused(cookie, "”2026-02-30” är inget datum", "csrf", csrf, "op", "action-add", "label", "1", "owner", "Tor Jacobsen",
                "task", "ringer AF", "due", "2026-02-30");
        refused(cookie, "”fredag” är inget datum", "csrf", csrf, "op", "action-add", "label", "1", "owner", "Tor Jacobsen",
                "task", "ringer AF", "due", "fredag");
        refused(cookie, "passerat", "csrf", csrf, "op", "action-add", "label", "1", "owner", "Tor Jacobsen", "task", "ringer AF",
                "due", "2026-10-01");
        refused(cookie, "varken med i gruppen", "csrf", csrf, "op", "round", "who", "Okänd Person", "text", "Rapport.");
        refused(cookie, "varken med i gruppen", "csrf", csrf, "op", "attendance", "att-1", "absent:Okänd Person");
        refused(cookie, "minst en person", "csrf", csrf, "op", "attendance");
        refused(cookie, "sparades inte", "csrf", "fel", "op", "action-add", "label", "1", "owner", "Tor Jacobsen", "task", "ringer AF");
        refused(cookie, "sparades inte", "op", "attendance", "att-1", "present:Tor Jacobsen");
        HttpResponse<String> back = postAll(editor(), cookie, form("csrf", csrf, "op", "action-add", "label", "1", "owner", "Okänd Person",
                "task", "ringer Försäkringskassan"));
        assertTrue(back.body().contains(">ringer Försäkringskassan</textarea>"), "the text typed comes back to save again");
    }

    @Test
    void theLockedMinutesShowNoFormsAndAForgedSaveIsRefused() throws Exception {
        ConsoleSession tor = new ConsoleSession(samverka.assistant(), Optional.of(GROUP), "Tor Jacobsen");
        ok(tor, "mina åtgärder");
        ok(amina, "justerare Tor");
        ok(amina, "protokoll klart");
        ok(tor, "justera");
        String cookie = signIn(amina);
        String page = openEditor(cookie);
        assertTrue(page.contains("id=\"locked\"") && !page.contains("value=\"note-add\"") && !page.contains("value=\"attendance\""), page);
        String before = snapshot();
        HttpResponse<String> forged = postAll(editor(), cookie, form("csrf", field(page, "csrf"), "op", "note-add", "label", "1",
                "text", "Efter justeringen."));
        assertTrue(refusal(forged.body()).contains("justerat"), forged.body());
        assertEquals(before, snapshot());
    }
}
