package se.samverka.integrations.teams;

import com.google.gson.JsonParser;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Checks that an activity comes from the Bot Framework for this bot: its bearer token must be an RS256 JWT signed
 * by a key the Bot Framework's OpenID metadata lists (fetched once a day, the keys cached and re-read when an
 * unknown key id turns up), issued by {@value #ISSUER}, for this app id, not expired (5 minutes' leeway), and
 * carrying the same serviceUrl as the activity, so a token cannot send the bot's answers somewhere else.
 */
public final class TeamsAuth {
    public static final String ISSUER = "https://api.botframework.com";
    static final Duration METADATA_TTL = Duration.ofHours(24);
    static final int CLOCK_SKEW_SECONDS = 300;
    private static final System.Logger LOG = System.getLogger(TeamsAuth.class.getName());

    private final URI openIdUrl;
    private final String appId;
    private final HttpClient http;
    private final Clock clock;
    private ConfigurableJWTProcessor<SecurityContext> processor;
    private Instant metadataUntil = Instant.MIN;

    public TeamsAuth(URI openIdUrl, String appId, HttpClient http, Clock clock) {
        this.openIdUrl = openIdUrl;
        this.appId = appId;
        this.http = http;
        this.clock = clock;
    }

    /** The token's claims when the request may be trusted; empty (with the reason logged) when not. */
    public Optional<JWTClaimsSet> verify(Optional<String> authorization, String serviceUrl) {
        if (authorization.isEmpty() || !authorization.get().regionMatches(true, 0, "Bearer ", 0, 7)) {
            LOG.log(System.Logger.Level.WARNING, "Teams request without a bearer token refused");
            return Optional.empty();
        }
        String token = authorization.get().substring(7).strip();
        try {
            JWTClaimsSet claims = processor().process(token, null);
            String claimed = Optional.ofNullable(claims.getStringClaim("serviceurl")).orElse("");
            if (!sameUrl(claimed, serviceUrl)) {
                LOG.log(System.Logger.Level.WARNING, "Teams token for serviceUrl " + claimed + " used for " + serviceUrl);
                return Optional.empty();
            }
            return Optional.of(claims);
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "Teams token refused: " + e.getMessage());
            return Optional.empty();
        }
    }

    static boolean sameUrl(String a, String b) {
        return !a.isBlank() && strip(a).equals(strip(b));
    }

    private static String strip(String url) {
        return url.strip().replaceAll("/+$", "").toLowerCase(Locale.ROOT);
    }

    /** The processor for the keys the metadata names now; the metadata is read again once a day. */
    private synchronized ConfigurableJWTProcessor<SecurityContext> processor() throws Exception {
        if (processor != null && clock.instant().isBefore(metadataUntil)) return processor;
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(openIdUrl).timeout(Duration.ofSeconds(10)).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) throw new IllegalStateException("OpenID metadata: HTTP " + response.statusCode());
        URI jwks = URI.create(JsonParser.parseString(response.body()).getAsJsonObject().get("jwks_uri").getAsString());
        JWKSource<SecurityContext> keys = JWKSourceBuilder.<SecurityContext>create(jwks.toURL()).retrying(true).build();
        DefaultJWTProcessor<SecurityContext> p = new DefaultJWTProcessor<>();
        p.setJWSKeySelector(new JWSVerificationKeySelector<>(Set.of(JWSAlgorithm.RS256), keys));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(Set.of(appId),
                new JWTClaimsSet.Builder().issuer(ISSUER).build(), Set.of("exp", "serviceurl"), null);
        claims.setMaxClockSkew(CLOCK_SKEW_SECONDS);
        p.setJWTClaimsSetVerifier(claims);
        processor = p;
        metadataUntil = clock.instant().plus(METADATA_TTL);
        return p;
    }
}
