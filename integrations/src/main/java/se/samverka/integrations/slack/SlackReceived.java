package se.samverka.integrations.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Objects;
import java.util.Optional;

/**
 * A Slack command as it is stored in the inbox before Slack gets its 200: everything needed to carry it out and to
 * answer it later, without asking Slack again.
 *
 * @param kind        what Slack sent: a slash command, a mention, a pressed button, a submitted form
 * @param deliveryId  the delivery's id, also the core's (trigger id, "event:…", "action:…", "view:…")
 * @param responseUrl where a slash command or a button is answered (for 30 minutes)
 * @param fromHome    a button pressed on the Home tab: answered by direct message and a fresh Home tab
 * @param vouched     the channel is Slack's own (not only what a button's value or a form's metadata carried)
 */
record SlackReceived(Kind kind, String deliveryId, String team, String channel, String user, Optional<String> userName,
                     String text, Optional<String> responseUrl, boolean fromHome, boolean vouched) {
    enum Kind { COMMAND, MENTION, ACTION, VIEW }

    SlackReceived {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(userName, "userName");
        text = Objects.requireNonNullElse(text, "");
        Objects.requireNonNull(responseUrl, "responseUrl");
    }

    String json() {
        JsonObject o = new JsonObject();
        o.addProperty("kind", kind.name());
        o.addProperty("delivery", deliveryId);
        o.addProperty("team", team);
        o.addProperty("channel", channel);
        o.addProperty("user", user);
        userName.ifPresent(n -> o.addProperty("userName", n));
        o.addProperty("text", text);
        responseUrl.ifPresent(u -> o.addProperty("responseUrl", u));
        o.addProperty("fromHome", fromHome);
        o.addProperty("vouched", vouched);
        return o.toString();
    }

    static SlackReceived read(String json) {
        JsonObject o = JsonParser.parseString(json).getAsJsonObject();
        return new SlackReceived(Kind.valueOf(o.get("kind").getAsString()), o.get("delivery").getAsString(),
                o.get("team").getAsString(), o.get("channel").getAsString(), o.get("user").getAsString(),
                optional(o, "userName"), o.get("text").getAsString(), optional(o, "responseUrl"),
                o.get("fromHome").getAsBoolean(), !o.has("vouched") || o.get("vouched").getAsBoolean());
    }

    private static Optional<String> optional(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? Optional.empty() : Optional.of(e.getAsString());
    }
}
