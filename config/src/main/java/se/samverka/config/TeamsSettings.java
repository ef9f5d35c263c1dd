package se.samverka.config;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach Microsoft Teams through the Bot Framework; present only when the app id and password are set.
 *
 * @param appId       the bot's Microsoft app id ({@code TEAMS_APP_ID}): the audience of every incoming token
 * @param appPassword the app's client secret ({@code TEAMS_APP_PASSWORD}), for the bot's own tokens
 * @param openIdUrl   the OpenID metadata that names the keys incoming tokens are signed with
 *                    ({@code TEAMS_OPENID_URL}; tests serve their own)
 * @param tokenUrl    where the bot gets its token for the Bot Connector, by client credentials
 *                    ({@code TEAMS_TOKEN_URL}; a single-tenant bot uses its own tenant's endpoint)
 * @param filesUrl    besides https addresses of a public host, the one place files shared with the bot may be
 *                    fetched from, by prefix ({@code TEAMS_FILES_URL}; tests serve them over http on 127.0.0.1)
 */
public record TeamsSettings(String appId, String appPassword, URI openIdUrl, URI tokenUrl, Optional<URI> filesUrl) {
    public static final URI DEFAULT_OPENID = URI.create("https://login.botframework.com/v1/.well-known/openidconfiguration");
    public static final URI DEFAULT_TOKEN = URI.create("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token");
    /** The scope of the bot's token for the Bot Connector. */
    public static final String CONNECTOR_SCOPE = "https://api.botframework.com/.default";

    public TeamsSettings {
        Objects.requireNonNull(appId, "appId");
        Objects.requireNonNull(appPassword, "appPassword");
        Objects.requireNonNull(openIdUrl, "openIdUrl");
        Objects.requireNonNull(tokenUrl, "tokenUrl");
        Objects.requireNonNull(filesUrl, "filesUrl");
    }

    @Override
    public String toString() {
        return "TeamsSettings[appId=" + appId + ", openIdUrl=" + openIdUrl + ", tokenUrl=" + tokenUrl + ", filesUrl="
                + filesUrl.map(URI::toString).orElse("none") + ", secret hidden]";
    }
}
