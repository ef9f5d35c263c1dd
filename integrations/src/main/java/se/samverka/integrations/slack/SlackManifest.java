package se.samverka.integrations.slack;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.net.URI;
import java.util.List;

/**
 * The Slack app manifest that creates the app in one paste (api.slack.com/apps → Create New App → From a
 * manifest): the slash command, the message shortcuts, the home tab and the messages tab (direct messages to the
 * bot: commands, and minutes files to import), the bot's scopes, the events and the interactivity, all pointing at
 * {@code <url>/slack/events}.
 */
public final class SlackManifest {
    /** The bot's scopes, each for something the bot does. */
    static final List<String> SCOPES = List.of(
            "commands",          // the slash command and the shortcuts
            "chat:write",        // replies, reminders, form results in the channel
            "chat:write.public", // posting in a public channel the bot was not invited to
            "im:write",          // direct messages (conversations.open)
            "users:read",        // names for users.info
            "users:read.email",  // linking a Slack user to the roster by e-mail
            "files:write",       // minutes and invitations as files
            "files:read",        // minutes shared with the bot, downloaded to import them
            "channels:history",  // after a crash: was a reminder already posted? (message metadata, docs/RELIABILITY.md)
            "groups:history",    // the same in private channels
            "im:history",        // the same in direct messages, and the direct messages to the bot (message.im)
            "app_mentions:read"  // @Samverka <command>
    );

    private SlackManifest() {}

    public static String json(URI base, String command) {
        String events = base.toString().replaceAll("/+$", "") + "/slack/events";
        JsonObject display = new JsonObject();
        display.addProperty("name", "Samverka");
        display.addProperty("description", "Mötesassistent för strategiska grupper: möten, dagordning, beslut och åtgärder");
        display.addProperty("background_color", "#1d4f6e");

        JsonObject slash = new JsonObject();
        slash.addProperty("command", command);
        slash.addProperty("url", events);
        slash.addProperty("description", "Möten, dagordning, beslut och åtgärder (skriv hjälp)");
        slash.addProperty("usage_hint", "hjälp | dagordning | beslut <text> | åtgärd <vem> <vad>");
        slash.addProperty("should_escape", true);

        JsonArray shortcuts = new JsonArray();
        shortcuts.add(shortcut("Lägg till på dagordningen", "samverka.shortcut.agenda", "Föreslå meddelandet som punkt till nästa möte"));
        shortcuts.add(shortcut("Spara som beslut", "samverka.shortcut.decision", "Spara meddelandet som ett beslut"));
        shortcuts.add(shortcut("Skapa åtgärd", "samverka.shortcut.action", "Gör meddelandet till en åtgärd med ansvarig"));

        JsonObject home = new JsonObject();
        home.addProperty("home_tab_enabled", true);
        home.addProperty("messages_tab_enabled", true);
        home.addProperty("messages_tab_read_only_enabled", false); // commands and minutes files in a direct message
        JsonObject bot = new JsonObject();
        bot.addProperty("display_name", "Samverka");
        bot.addProperty("always_online", true);
        JsonObject features = new JsonObject();
        features.add("app_home", home);
        features.add("bot_user", bot);
        features.add("slash_commands", array(slash));
        features.add("shortcuts", shortcuts);

        JsonArray scopes = new JsonArray();
        SCOPES.forEach(scopes::add);
        JsonObject scopeGroups = new JsonObject();
        scopeGroups.add("bot", scopes);
        JsonObject oauth = new JsonObject();
        oauth.add("scopes", scopeGroups);

        JsonArray botEvents = new JsonArray();
        botEvents.add("app_home_opened");
        botEvents.add("app_mention");
        botEvents.add("message.im");
        JsonObject subscriptions = new JsonObject();
        subscriptions.addProperty("request_url", events);
        subscriptions.add("bot_events", botEvents);
        JsonObject interactivity = new JsonObject();
        interactivity.addProperty("is_enabled", true);
        interactivity.addProperty("request_url", events);
        JsonObject settings = new JsonObject();
        settings.add("event_subscriptions", subscriptions);
        settings.add("interactivity", interactivity);
        settings.addProperty("org_deploy_enabled", false);
        settings.addProperty("socket_mode_enabled", false);
        settings.addProperty("token_rotation_enabled", false);

        JsonObject manifest = new JsonObject();
        manifest.add("display_information", display);
        manifest.add("features", features);
        manifest.add("oauth_config", oauth);
        manifest.add("settings", settings);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(manifest) + "\n";
    }

    private static JsonObject shortcut(String name, String callbackId, String description) {
        JsonObject s = new JsonObject();
        s.addProperty("name", name);
        s.addProperty("type", "message");
        s.addProperty("callback_id", callbackId);
        s.addProperty("description", description);
        return s;
    }

    private static JsonArray array(JsonObject one) {
        JsonArray a = new JsonArray();
        a.add(one);
        return a;
    }
}
