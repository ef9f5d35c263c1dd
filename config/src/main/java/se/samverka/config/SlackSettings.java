package se.samverka.config;

import java.net.URI;
import java.util.Objects;

/**
 * How to reach Slack; present only when both the signing secret and the bot token are set.
 *
 * @param signingSecret checks that a request comes from Slack ({@code SLACK_SIGNING_SECRET})
 * @param botToken      the bot's token, xoxb-… ({@code SLACK_BOT_TOKEN})
 * @param apiUrl        the Web API base, ending in / ({@code SLACK_API_URL}; GovSlack and tests change it)
 * @param command       the slash command ({@code SLACK_COMMAND}, default /samverka)
 */
public record SlackSettings(String signingSecret, String botToken, URI apiUrl, String command) {
    public static final URI DEFAULT_API = URI.create("https://slack.com/api/");

    public SlackSettings {
        Objects.requireNonNull(signingSecret, "signingSecret");
        Objects.requireNonNull(botToken, "botToken");
        Objects.requireNonNull(apiUrl, "apiUrl");
        Objects.requireNonNull(command, "command");
        if (!apiUrl.toString().endsWith("/")) apiUrl = URI.create(apiUrl + "/");
    }

    @Override
    public String toString() {
        return "SlackSettings[apiUrl=" + apiUrl + ", command=" + command + ", secrets hidden]";
    }
}
