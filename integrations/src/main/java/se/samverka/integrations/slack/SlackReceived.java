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
 * @param file        a file shared with the bot (kind FILE): minutes to import
 * @param thread      the thread the message was in, where its answer goes
 */
record SlackReceived(Kind kind, String deliveryId, String team, String channel, String user, Optional<String> userName,
                     String text, Optional<String> responseUrl, boolean fromHome, boolean vouched,
                     Optional<SlackFiles.Shared> file, Optional<String> thread) {
    enum Kind { COMMAND, MENTION, ACTION, VIEW, FILE }

    SlackReceived {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(userName, "userName");
        text = Objects.requireNonNullElse(text, "");
        Objects.requireNonNull(responseUrl, "responseUrl");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(thread, "thread");
        if ((kind == Kind.FILE) != file.isPresent()) throw new IllegalArgumentException("a file is what kind FILE carries");
    }

    SlackReceived(Kind kind, String deliveryId, String team, String channel, String user, Optional<String> userName,
                  String text, Optional<String> responseUrl, boolean fromHome, boolean vouched) {
        this(kind, deliveryId, team, channel, user, userName, text, responseUrl, fromHome, vouched, Optional.empty(),
                Optional.empty());
    }

    /** A file shared with the bot: in a direct message, or with a mention in a channel. */
    static SlackReceived file(String deliveryId, String team, String channel, String user, SlackFiles.Shared file,
                              Optional<String> thread) {
        return new SlackReceived(Kind.FILE, deliveryId, team, channel, user, Optional.empty(), "", Optional.empty(),
                false, true, Optional.of(file), thread);
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
        file.ifPresent(f -> o.add("file", f.json()));
        thread.ifPresent(t -> o.addProperty("thread", t));
        return o.toString();
    }

    static SlackReceived read(String json) {
        JsonObject o = JsonParser.parseString(json).getAsJsonObject();
        return new SlackReceived(Kind.valueOf(o.get("kind").getAsString()), o.get("delivery").getAsString(),
                o.get("team").getAsString(), o.get("channel").getAsString(), o.get("user").getAsString(),
                optional(o, "userName"), o.get("text").getAsString(), optional(o, "responseUrl"),
                o.get("fromHome").getAsBoolean(), !o.has("vouched") || o.get("vouched").getAsBoolean(),
                o.has("file") ? Optional.of(SlackFiles.Shared.read(o.getAsJsonObject("file"))) : Optional.empty(),
                optional(o, "thread"));
    }

    private static Optional<String> optional(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? Optional.empty() : Optional.of(e.getAsString());
    }
}
