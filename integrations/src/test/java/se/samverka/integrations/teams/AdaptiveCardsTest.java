package se.samverka.integrations.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samverka.core.chat.Button;
import se.samverka.core.chat.Reply;

class AdaptiveCardsTest {

    @Test
    void aLongReplyBecomesSeveralCardsEachUnderTheLimitWithRowsKeptWhole() {
        Reply.Builder reply = Reply.builder().heading("Öppna åtgärder");
        for (int i = 1; i <= 400; i++) {
            reply.entry("#" + i + " " + "skriver underlag till nästa möte ".repeat(3), new Button("Klar", "klar " + i, Button.Kind.RUN));
        }
        List<JsonObject> cards = AdaptiveCards.cards(reply.ok());
        assertTrue(cards.size() > 1, "paged: " + cards.size());
        int rows = 0;
        for (JsonObject card : cards) {
            assertTrue(AdaptiveCards.bytes(card) <= AdaptiveCards.ACTIVITY_BYTES, "size " + AdaptiveCards.bytes(card));
            assertEquals("1.5", card.get("version").getAsString());
            rows += (int) card.getAsJsonArray("body").asList().stream()
                    .filter(e -> e.getAsJsonObject().get("type").getAsString().equals("ColumnSet")).count();
        }
        assertEquals(400, rows, "every row, each with its button, once");
    }

    /** All the text of the activities' TextBlocks, in order. */
    static String texts(List<JsonObject> activities) {
        StringBuilder all = new StringBuilder();
        for (JsonObject activity : activities) {
            JsonObject card = activity.getAsJsonArray("attachments").get(0).getAsJsonObject().getAsJsonObject("content");
            for (var element : card.getAsJsonArray("body")) {
                JsonObject e = element.getAsJsonObject();
                if (e.get("type").getAsString().equals("TextBlock")) all.append(e.get("text").getAsString()).append('\r');
            }
        }
        return all.toString();
    }

    @Test
    void aListOf40LongArabicItemsIsSplitByBytesWithEveryItemOnceInOrder() {
        String item = "مناقشة خطة العمل المشتركة بين البلديات والمنطقة بشأن استقبال الوافدين الجدد وتوفير الكفاءات ";
        List<String> items = new ArrayList<>();
        for (int i = 1; i <= 40; i++) items.add("بند " + i + " " + (item.repeat(6)).substring(0, 490));
        List<JsonObject> activities = AdaptiveCards.activities(Reply.builder().heading("جدول الأعمال").items(items, true).ok());
        assertTrue(activities.size() >= 2, "a 40 KB list is more than one message: " + activities.size());
        for (JsonObject activity : activities) {
            int bytes = new Gson().toJson(activity).getBytes(StandardCharsets.UTF_8).length;
            assertTrue(bytes <= AdaptiveCards.ACTIVITY_BYTES, bytes + " bytes");
        }
        String all = texts(activities);
        int at = 0;
        for (int i = 0; i < 40; i++) {
            int found = all.indexOf((i + 1) + ". " + items.get(i), at);
            assertTrue(found >= at, "item " + (i + 1) + " whole and in order");
            at = found + 1;
        }
    }

    @Test
    void aSingleTextLongerThanAMessageIsCutBetweenCharactersAndNothingIsLost() {
        String text = "Sammanfattning 👍🏽 åäö – ".repeat(3000);
        List<JsonObject> activities = AdaptiveCards.activities(Reply.builder().text(text).ok());
        assertTrue(activities.size() >= 3, "" + activities.size());
        for (JsonObject activity : activities) {
            assertTrue(new Gson().toJson(activity).getBytes(StandardCharsets.UTF_8).length <= AdaptiveCards.ACTIVITY_BYTES);
        }
        assertEquals(text, texts(activities).replace("\r", ""));
    }

    @Test
    void aHeadingIsNeverLeftAloneAtTheEndOfACard() {
        Reply.Builder reply = Reply.builder();
        for (int i = 0; i < 60; i++) reply.heading("Rubrik " + i).text("x".repeat(900));
        for (JsonObject card : AdaptiveCards.cards(reply.ok())) {
            var body = card.getAsJsonArray("body");
            JsonObject last = body.get(body.size() - 1).getAsJsonObject();
            assertTrue(!last.has("style"), "a card ends with a heading: " + last);
        }
    }

    @Test
    void buttonsCarryTheirCommandAndEditOpensTheCommandForChanging() {
        Reply reply = Reply.builder().entry("Amina skickar inbjudan",
                new Button("Bekräfta", "åtgärd Amina skickar inbjudan", Button.Kind.CONFIRM).in("19:c@thread.tacv2"),
                new Button("Ändra", "åtgärd Amina skickar inbjudan", Button.Kind.EDIT)).ok();
        String card = AdaptiveCards.cards(reply).get(0).toString();
        assertTrue(card.contains("\"style\":\"positive\""), card);
        assertTrue(card.contains("\"type\":\"Action.ShowCard\""), card);
        assertTrue(card.contains("\"title\":\"Kör\""), card);

        assertEquals(Optional.of(new AdaptiveCards.Carried("klar 3", Optional.of("19:c@thread.tacv2"))),
                AdaptiveCards.Carried.read(JsonParser.parseString("{\"samverka\":{\"c\":\"klar 3\",\"ch\":\"19:c@thread.tacv2\"}}")));
        assertEquals(Optional.of(new AdaptiveCards.Carried("åtgärd Tor ringer", Optional.empty())),
                AdaptiveCards.Carried.read(JsonParser.parseString(
                        "{\"samverka\":{\"edit\":true},\"samverka.command\":\"åtgärd Tor ringer\"}")));
        for (String junk : List.of("{}", "[]", "\"x\"", "{\"samverka\":\"klar 1\"}", "{\"samverka\":{}}")) {
            assertEquals(Optional.empty(), AdaptiveCards.Carried.read(JsonParser.parseString(junk)), junk);
        }
        assertEquals(Optional.empty(), AdaptiveCards.Carried.read(null));
    }

    @Test
    void aThreadIdIsTheChannelItIsIn() {
        assertEquals("19:abc@thread.tacv2", TeamsAdapter.baseConversation("19:abc@thread.tacv2;messageid=1700000000000"));
        assertEquals("a:1xyz", TeamsAdapter.baseConversation("a:1xyz"));
        assertEquals("Tor & <Amina> \"x\" 'y'", TeamsAdapter.unescape("Tor &amp; &lt;Amina&gt; &quot;x&quot; &#39;y&#39;"));
    }
}
