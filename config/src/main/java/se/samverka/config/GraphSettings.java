package se.samverka.config;

import java.net.URI;
import java.util.Objects;

/**
 * How to reach Microsoft Graph (Outlook calendar, Microsoft 365 groups); present only when the tenant, client id,
 * client secret and organiser mailbox are all set.
 *
 * @param tenantId     the Entra ID tenant of the app registration ({@code GRAPH_TENANT_ID})
 * @param clientId     the app registration's client id ({@code GRAPH_CLIENT_ID})
 * @param clientSecret its client secret ({@code GRAPH_CLIENT_SECRET})
 * @param organizer    the mailbox that organises the meetings, e.g. samverka@region.se ({@code GRAPH_ORGANIZER})
 * @param baseUrl      the Graph endpoint ({@code GRAPH_BASE_URL}; national clouds and tests change it)
 * @param authorityUrl the identity platform ({@code GRAPH_AUTHORITY_URL}); the token comes from
 *                     {@code {authority}/{tenant}/oauth2/v2.0/token}
 * @param teamsLink    whether meetings get a Teams meeting link ({@code GRAPH_TEAMS_LINK})
 */
public record GraphSettings(String tenantId, String clientId, String clientSecret, String organizer, URI baseUrl,
                            URI authorityUrl, boolean teamsLink) {
    public static final URI DEFAULT_BASE = URI.create("https://graph.microsoft.com/v1.0");
    public static final URI DEFAULT_AUTHORITY = URI.create("https://login.microsoftonline.com");

    public GraphSettings {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(organizer, "organizer");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(authorityUrl, "authorityUrl");
        String base = baseUrl.toString();
        if (base.endsWith("/")) baseUrl = URI.create(base.substring(0, base.length() - 1));
    }

    /** The client-credentials token endpoint of the tenant. */
    public URI tokenUrl() {
        String authority = authorityUrl.toString().replaceAll("/+$", "");
        return URI.create(authority + "/" + tenantId + "/oauth2/v2.0/token");
    }

    /** The scope of a Graph token: the endpoint's root with /.default. */
    public String scope() {
        return baseUrl.getScheme() + "://" + baseUrl.getAuthority() + "/.default";
    }

    @Override
    public String toString() {
        return "GraphSettings[tenantId=" + tenantId + ", clientId=" + clientId + ", organizer=" + organizer
                + ", baseUrl=" + baseUrl + ", teamsLink=" + teamsLink + ", secret hidden]";
    }
}
