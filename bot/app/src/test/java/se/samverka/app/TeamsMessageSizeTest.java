package se.samverka.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samverka.core.domain.Lang;
import se.samverka.core.text.Texts;

/**
 * Teams takes a message of about 28 KB — bytes of the whole activity, not characters of the card. A 40-item agenda
 * in Arabic (two bytes a letter) and one in Swedish with emoji (four bytes each), through the running server and the
 * real Teams adapter ({@link TeamsAppFixture}): every activity the local Bot Connector receives is at most 28,000
 * bytes, and every item is there once, whole, in order.
 */
class TeamsMessageSizeTest extends TeamsAppFixture {
    static final int TEAMS_LIMIT = 28_000;

    /** Sends "@Samverka text" and returns the activities of the answer, once one of them shows {@code last}. */
    List<FakeMicrosoft.Call> sayUntil(String text, String last) throws Exception {
        JsonObject activity = teams.channelMessage(teams.nextId(), BOEL, "aad-boel", text);
        HttpResponse<String> ack = teams.send(activity);
        assertEquals(200, ack.statusCode(), ack.body());
        String id = activity.get("id").getAsString();
        return Eventually.get(() -> Optional.of(fake.activities().stream()
                        .filter(c -> c.path().endsWith("/activities/" + id)).toList()).filter(l -> texts(l).contains(last)),
                () -> "no answer showing " + last + " to " + text + ": " + fake.activities().stream()
                        .filter(c -> c.path().endsWith("/activities/" + id)).map(FakeMicrosoft.Call::body).toList());
    }

    /** The texts of every TextBlock in the answer's cards, in order. */
    static String texts(List<FakeMicrosoft.Call> answer) {
        StringBuilder all = new StringBuilder();
        for (FakeMicrosoft.Call call : answer) {
            JsonObject card = call.json().getAsJsonArray("attachments").get(0).getAsJsonObject().getAsJsonObject("content");
            for (JsonElement e : card.getAsJsonArray("body")) {
                JsonObject o = e.getAsJsonObject();
                if (o.get("type").getAsString().equals("TextBlock")) all.append(o.get("text").getAsString()).append('\r');
            }
        }
        return all.toString();
    }

    /** The first {@code chars} characters, without splitting a surrogate pair. */
    static String cut(String text, int chars) {
        return text.substring(0, Character.isHighSurrogate(text.charAt(chars - 1)) ? chars - 1 : chars);
    }

    void agendaOf40(String item) throws Exception {
        sayUntil("grupp skapa Strategisk grupp integration", "Strategisk grupp integration");
        sayUntil("möte 24 november 9-12 Halmstad", "Halmstad");
        List<String> items = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            String text = cut(i + " " + item.repeat(20), 490).strip(); // an agenda item takes 500 characters
            items.add(text);
            sayUntil("punkt " + text, text);
        }
        // the hint under the agenda comes last: once it is there, the whole answer is
        List<FakeMicrosoft.Call> agenda = sayUntil("dagordning", Texts.of(Lang.SV).get("agenda.howToAdd"));
        for (FakeMicrosoft.Call call : agenda) {
            assertTrue(call.bytes() <= TEAMS_LIMIT, call.bytes() + " bytes posted");
        }
        assertTrue(agenda.size() >= 2, "more than one message: " + agenda.size());
        String all = texts(agenda);
        int at = 0;
        for (int i = 0; i < 40; i++) {
            int found = all.indexOf((i + 1) + ". " + items.get(i), at);
            assertTrue(found >= at, "item " + (i + 1) + " whole, once, in order");
            at = found + 1;
        }
    }

    @Test
    void aFortyItemAgendaInArabicGoesOutInMessagesUnderTeamsLimitWithNothingLost() throws Exception {
        agendaOf40("مناقشة خطة العمل المشتركة بين البلديات والمنطقة بشأن استقبال الوافدين الجدد ");
    }

    @Test
    void aFortyItemAgendaInSwedishWithEmojiGoesOutInMessagesUnderTeamsLimitWithNothingLost() throws Exception {
        agendaOf40("Återrapport 📣🇸🇪👩🏽‍💼👨🏻‍🔧✅ från länsstyrelsen 🎉🎉 om åtgärder ");
    }
}
