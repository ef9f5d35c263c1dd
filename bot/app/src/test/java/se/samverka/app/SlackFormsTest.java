package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import se.samverka.storage.TestDatabase;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverka.config.ConfigLoader;
/** The Slack app's modals, message shortcuts, buttons and Home tab, end to end (see {@link SlackAppFixture}). */
class SlackFormsTest extends SlackAppFixture {
    static JsonObject submission(JsonObject openedView, String userId, String trigger, Map<String, JsonObject> values) {
        JsonObject view = openedView.deepCopy();
        view.addProperty("id", "V0MODAL");
        JsonObject state = new JsonObject();
        JsonObject byBlock = new JsonObject();
        values.forEach((block, value) -> {
            JsonObject action = new JsonObject();
            action.add("value", value);
            byBlock.add(block, action);
        });
        state.add("values", byBlock);
        view.add("state", state);
        JsonObject payload = new JsonObject();
        payload.addProperty("type", "view_submission");
        payload.add("team", team());
        payload.add("user", user(userId));
        payload.addProperty("api_app_id", "A0SAMVERKA");
        payload.addProperty("trigger_id", trigger);
        payload.add("view", view);
        return payload;
    }

    static JsonObject text(String value) {
        JsonObject v = new JsonObject();
        v.addProperty("type", "plain_text_input");
        v.addProperty("value", value);
        return v;
    }

    static JsonObject date(String value) {
        JsonObject v = new JsonObject();
        v.addProperty("type", "datepicker");
        v.addProperty("selected_date", value);
        return v;
    }

    static JsonObject options(String... values) {
        JsonObject v = new JsonObject();
        v.addProperty("type", "multi_static_select");
        JsonArray selected = new JsonArray();
        for (String value : values) {
            JsonObject option = new JsonObject();
            JsonObject label = new JsonObject();
            label.addProperty("type", "plain_text");
            label.addProperty("text", value);
            option.add("text", label);
            option.addProperty("value", value);
            selected.add(option);
        }
        v.add("selected_options", selected);
        return v;
    }

    JsonObject openedView(int nth) {
        return fake.await("views.open", nth).get(nth - 1).param("view").getAsJsonObject();
    }

    @Test
    void aBareCommandOpensItsFormAndTheFormRecordsTheActionItem() throws Exception {
        group();
        String trigger = slack.trigger();
        assertEquals(200, slack.slash(trigger, BOEL, "åtgärd").statusCode());
        var call = fake.await("views.open", 1).get(0);
        assertEquals(trigger, call.params().get("trigger_id"));
        JsonObject view = call.param("view").getAsJsonObject();
        Golden.assertJson("form-action", view);
        String owners = view.getAsJsonArray("blocks").get(0).toString();
        assertTrue(owners.contains("Amina Boulaabi") && owners.contains("Tor Jacobsen"), "owner picker from the roster: " + owners);

        String before = DbSnapshot.of(db);
        HttpResponse<String> refused = slack.interaction(submission(view, BOEL, slack.trigger(),
                Map.of("owners", options("Tor Jacobsen"), "task", text("bokar lokal"), "due", date("2026-10-01"))));
        assertEquals(200, refused.statusCode());
        JsonObject errors = JsonParser.parseString(refused.body()).getAsJsonObject();
        assertEquals("errors", errors.get("response_action").getAsString());
        assertEquals("Sista dagen torsdag 1 oktober 2026 har redan passerat.",
                errors.getAsJsonObject("errors").get("task").getAsString());
        assertEquals(before, DbSnapshot.of(db), "a refused form writes nothing");

        HttpResponse<String> saved = slack.interaction(submission(view, BOEL, slack.trigger(),
                Map.of("owners", options("Tor Jacobsen", "Amina Boulaabi"), "task", text("bokar lokal"),
                        "due", date("2026-11-20"))));
        assertEquals(200, saved.statusCode());
        assertEquals("", saved.body(), "the form closes");
        var posted = fake.await("chat.postMessage", 1).get(0);
        assertEquals(SlackClientSim.CHANNEL, posted.params().get("channel"));
        assertTrue(posted.params().get("blocks").contains("bokar lokal — ansvarig: Tor Jacobsen, Amina Boulaabi"),
                posted.params().get("blocks"));
        assertEquals(1, DbSnapshot.count(db, "SELECT COUNT(*) FROM action_item WHERE due_date = '2026-11-20'"));
    }

    @Test
    void eachBareCommandOpensTheRightForm() throws Exception {
        group();
        slack.slash(slack.trigger(), BOEL, "punkt");
        slack.slash(slack.trigger(), BOEL, "beslut");
        slack.slash(slack.trigger(), BOEL, "meeting");
        List<String> callbacks = fake.await("views.open", 3).stream()
                .map(c -> c.param("view").getAsJsonObject().get("callback_id").getAsString()).sorted().toList();
        assertEquals(List.of("samverka.form.agenda", "samverka.form.decision", "samverka.form.meeting"), callbacks);
        JsonObject meeting = fake.calls("views.open").stream().map(c -> c.param("view").getAsJsonObject())
                .filter(v -> v.get("callback_id").getAsString().endsWith("meeting")).findFirst().orElseThrow();
        assertEquals("New meeting", meeting.getAsJsonObject("title").get("text").getAsString(), "English command, English form");
        JsonObject time = new JsonObject();
        time.addProperty("type", "timepicker");
        time.addProperty("selected_time", "13:00");
        JsonObject end = time.deepCopy();
        end.addProperty("selected_time", "16:00");
        slack.interaction(submission(meeting, BOEL, slack.trigger(), Map.of("date", date("2026-12-11"), "start", time,
                "end", end, "place", text("Varberg"), "host", text("Varbergs kommun"))));
        fake.await("chat.postMessage", 1);
        assertEquals(1, DbSnapshot.count(db, "SELECT COUNT(*) FROM meeting WHERE place = 'Varberg' AND host_organisation = 'Varbergs kommun'"));
    }

    @Test
    void aMessageShortcutPrefillsTheFormWithTheMessage() throws Exception {
        group();
        JsonObject message = new JsonObject();
        message.addProperty("type", "message");
        message.addProperty("user", AMINA);
        message.addProperty("ts", "1763000000.000200");
        message.addProperty("text", "Vi har enats om att bjuda in Migrationsverket &amp; Arbetsförmedlingen till <#C0GRUPP|strategisk-grupp>");
        JsonObject payload = new JsonObject();
        payload.addProperty("type", "message_action");
        payload.addProperty("callback_id", "samverka.shortcut.decision");
        payload.addProperty("trigger_id", slack.trigger());
        payload.addProperty("message_ts", "1763000000.000200");
        payload.addProperty("response_url", fake.responseUrl("shortcut"));
        payload.add("team", team());
        payload.add("user", user(BOEL));
        payload.add("channel", channel());
        payload.add("message", message);
        assertEquals(200, slack.interaction(payload).statusCode());
        JsonObject view = openedView(1);
        assertEquals("samverka.form.decision", view.get("callback_id").getAsString());
        String prefilled = view.getAsJsonArray("blocks").get(0).getAsJsonObject().getAsJsonObject("element")
                .get("initial_value").getAsString();
        assertEquals("Vi har enats om att bjuda in Migrationsverket & Arbetsförmedlingen till #strategisk-grupp", prefilled);
        slack.interaction(submission(view, BOEL, slack.trigger(), Map.of("text", text(prefilled))));
        fake.await("chat.postMessage", 1);
        assertEquals(1, DbSnapshot.count(db, "SELECT COUNT(*) FROM decision WHERE text LIKE 'Vi har enats%'"));
    }

    /** The block_actions Slack sends when the user presses the button in the group's channel or on the Home tab. */
    JsonObject press(String userId, JsonObject button, boolean inHome) {
        return press(userId, button, inHome, channel());
    }

    static List<JsonObject> buttons(JsonElement blocks) {
        List<JsonObject> out = new java.util.ArrayList<>();
        for (JsonElement b : blocks.getAsJsonArray()) {
            JsonObject block = b.getAsJsonObject();
            if (block.has("accessory")) out.add(block.getAsJsonObject("accessory"));
            if (block.has("elements") && block.get("type").getAsString().equals("actions")) {
                block.getAsJsonArray("elements").forEach(e -> out.add(e.getAsJsonObject()));
            }
        }
        return out;
    }

    @Test
    void buttonsMarkDoneConfirmProposalsOpenTheEditorAndSendApologies() throws Exception {
        group();
        command(BOEL, "åtgärd Tor bokar lokal");
        JsonObject done = buttons(command(TOR, "åtgärder").get("blocks")).get(0);
        JsonObject pressed = press(TOR, done, false);
        slack.interaction(pressed);
        String answer = fake.await("respond:press-" + pressed.get("trigger_id").getAsString(), 1).get(0).body();
        assertTrue(answer.contains("bokar lokal"), answer);
        assertEquals(1, DbSnapshot.count(db, "SELECT COUNT(*) FROM action_item WHERE status = 'done'"));

        List<JsonObject> proposal = buttons(command(BOEL, "beslut Tor och Amina tar fram ett program.").get("blocks"))
                .subList(2, 4); // after the decision's own Ändra and Ta bort
        slack.interaction(press(BOEL, proposal.get(1), false)); // Ändra
        JsonObject editor = openedView(1);
        assertEquals("samverka.form.edit", editor.get("callback_id").getAsString());
        assertTrue(editor.toString().contains("åtgärd Tor och Amina tar fram ett program"), editor.toString());
        JsonObject confirm = press(BOEL, proposal.get(0), false);
        slack.interaction(confirm);
        fake.await("respond:press-" + confirm.get("trigger_id").getAsString(), 1);
        assertEquals(2, DbSnapshot.count(db, "SELECT COUNT(*) FROM action_owner o JOIN action_item a ON a.id = o.action_id WHERE a.number = 2"));

        JsonObject absent = buttons(command(AMINA, "möten").get("blocks")).get(0);
        JsonObject sorry = press(AMINA, absent, false);
        slack.interaction(sorry);
        fake.await("respond:press-" + sorry.get("trigger_id").getAsString(), 1);
        assertEquals(1, DbSnapshot.count(db, "SELECT COUNT(*) FROM attendance WHERE status = 'absent'"));
    }

    @Test
    void aDecisionIsEditedRemovedAndTheRemovalUndoneFromSlack() throws Exception {
        group();
        List<JsonObject> buttons = buttons(command(AMINA, "beslut Gruppen bjuder in Arbetsförmedlingen").get("blocks"));
        assertEquals(List.of("samverka.edit", "samverka.run.1"), buttons.stream().map(b -> b.get("action_id").getAsString()).toList());
        slack.interaction(press(AMINA, buttons.get(0), false)); // Ändra: the edit command in the form, to change
        JsonObject editor = openedView(1);
        assertEquals("samverka.form.edit", editor.get("callback_id").getAsString());
        assertTrue(editor.toString().contains("ändra D1: Gruppen bjuder in Arbetsförmedlingen"), editor.toString());

        String edited = command(AMINA, "ändra D1: Gruppen bjuder in Arbetsförmedlingen och Försäkringskassan").toString();
        assertTrue(edited.contains("D1 har ändrats"), edited);
        assertEquals(1, DbSnapshot.count(db, "SELECT COUNT(*) FROM decision WHERE text LIKE '%Försäkringskassan'"));
        JsonObject remove = press(AMINA, buttons.get(1), false); // Ta bort
        slack.interaction(remove);
        String removed = fake.await("respond:press-" + remove.get("trigger_id").getAsString(), 1).get(0).body();
        assertTrue(removed.contains("D1 har tagits bort"), removed);
        assertEquals(1, DbSnapshot.count(db, "SELECT COUNT(*) FROM decision WHERE removed_at IS NOT NULL"));
        String undone = command(AMINA, "ångra").toString();
        assertTrue(undone.contains("Ångrade: borttagningen av D1"), undone);
        assertEquals(0, DbSnapshot.count(db, "SELECT COUNT(*) FROM decision WHERE removed_at IS NOT NULL"));
        assertEquals(3, DbSnapshot.count(db, "SELECT COUNT(*) FROM record_change"), "the add, the edit and the removal");
    }

    @Test
    void theHomeTabShowsMyItemsAndItsDoneButtonWorksFromThere() throws Exception {
        group();
        command(BOEL, "åtgärd Amina skriver minnesanteckningar");
        command(BOEL, "åtgärd Tor bokar lokal");
        JsonObject opened = new JsonObject();
        opened.addProperty("type", "app_home_opened");
        opened.addProperty("user", AMINA);
        opened.addProperty("channel", "D0AMINA");
        opened.addProperty("tab", "home");
        opened.addProperty("event_ts", "1763000000.000400");
        slack.post(SlackClientSim.eventBody("Ev0HOME", opened), "application/json");
        var publish = fake.await("views.publish", 1).get(0);
        assertEquals(AMINA, publish.params().get("user_id"));
        JsonObject home = publish.param("view").getAsJsonObject();
        Golden.assertJson("home", home);
        assertFalse(home.toString().contains("bokar lokal"), "only my own items");

        JsonObject done = buttons(home.get("blocks")).get(0);
        slack.interaction(press(AMINA, done, true));
        var dm = fake.await("chat.postMessage", 1).get(0);
        assertEquals(AMINA, fake.await("conversations.open", 1).get(0).params().get("users"));
        assertEquals("D" + AMINA, dm.params().get("channel"), "the result comes as a direct message");
        assertEquals(1, DbSnapshot.count(db, "SELECT COUNT(*) FROM action_item WHERE status = 'done'"));
        JsonObject republished = fake.await("views.publish", 2).get(1).param("view").getAsJsonObject();
        assertFalse(republished.toString().contains("skriver minnesanteckningar"), "the page is brought up to date");
    }
}
