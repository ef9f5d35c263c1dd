package se.samverka.app;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

/** Sends activities to the bot's /api/messages as the Bot Framework does for Teams, with a signed bearer token. */
final class TeamsClientSim {
    static final String CHANNEL = "19:strategisk@thread.tacv2";
    static final String TEAM = "19:team-general@thread.tacv2";

    private final String url;
    private final FakeMicrosoft fake;
    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicInteger ids = new AtomicInteger(1000);

    TeamsClientSim(String url, FakeMicrosoft fake) {
        this.url = url;
        this.fake = fake;
    }

    String nextId() {
        return String.valueOf(ids.incrementAndGet());
    }

    /** A channel message "@Samverka text" from a user ({@code who} is a Teams 29: id known to the fake). */
    JsonObject channelMessage(String id, String who, String aad, String text) {
        JsonObject a = base("message", id, who, aad);
        a.addProperty("text", "<at>Samverka</at> " + text);
        JsonObject conversation = new JsonObject();
        conversation.addProperty("id", CHANNEL + ";messageid=" + id);
        conversation.addProperty("conversationType", "channel");
        conversation.addProperty("tenantId", FakeMicrosoft.TENANT);
        conversation.addProperty("isGroup", true);
        a.add("conversation", conversation);
        JsonObject channelData = new JsonObject();
        JsonObject channel = new JsonObject();
        channel.addProperty("id", CHANNEL);
        channelData.add("channel", channel);
        JsonObject team = new JsonObject();
        team.addProperty("id", TEAM);
        channelData.add("team", team);
        JsonObject tenant = new JsonObject();
        tenant.addProperty("id", FakeMicrosoft.TENANT);
        channelData.add("tenant", tenant);
        a.add("channelData", channelData);
        a.add("entities", new JsonArray());
        mention(a, FakeMicrosoft.BOT, "Samverka");
        return a;
    }

    /** A message in the user's 1:1 chat with the bot. */
    JsonObject personalMessage(String id, String who, String aad, String text) {
        JsonObject a = base("message", id, who, aad);
        a.addProperty("text", text);
        JsonObject conversation = new JsonObject();
        conversation.addProperty("id", "a:personal-" + who);
        conversation.addProperty("conversationType", "personal");
        conversation.addProperty("tenantId", FakeMicrosoft.TENANT);
        a.add("conversation", conversation);
        JsonObject channelData = new JsonObject();
        JsonObject tenant = new JsonObject();
        tenant.addProperty("id", FakeMicrosoft.TENANT);
        channelData.add("tenant", tenant);
        a.add("channelData", channelData);
        return a;
    }

    /** Adds a mention entity for {@code <at>name</at>}. */
    static void mention(JsonObject activity, String id, String name) {
        JsonObject who = new JsonObject();
        who.addProperty("id", id);
        who.addProperty("name", name);
        JsonObject entity = new JsonObject();
        entity.addProperty("type", "mention");
        entity.add("mentioned", who);
        entity.addProperty("text", "<at>" + name + "</at>");
        if (!activity.has("entities")) activity.add("entities", new JsonArray());
        activity.getAsJsonArray("entities").add(entity);
    }

    private JsonObject base(String type, String id, String who, String aad) {
        JsonObject a = new JsonObject();
        a.addProperty("type", type);
        a.addProperty("id", id);
        a.addProperty("timestamp", "2026-11-02T09:00:00.000Z");
        a.addProperty("serviceUrl", fake.serviceUrl());
        a.addProperty("channelId", "msteams");
        JsonObject from = new JsonObject();
        from.addProperty("id", who);
        from.addProperty("aadObjectId", aad);
        from.addProperty("name", who);
        a.add("from", from);
        JsonObject recipient = new JsonObject();
        recipient.addProperty("id", FakeMicrosoft.BOT);
        recipient.addProperty("name", "Samverka");
        a.add("recipient", recipient);
        a.addProperty("locale", "sv-SE");
        return a;
    }

    HttpResponse<String> send(JsonObject activity) throws Exception {
        return send(activity.toString(), "Bearer " + fake.token());
    }

    HttpResponse<String> send(String body, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) request.header("Authorization", authorization);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
