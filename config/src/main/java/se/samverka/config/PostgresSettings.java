package se.samverka.config;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * A PostgreSQL server as the store: present when {@code SAMVERKA_DB} is a {@code postgresql://} address or a
 * {@code jdbc:postgresql:} URL instead of a file path.
 *
 * @param jdbcUrl  the driver's URL, without the user and password
 * @param user     the login, when the address names one
 * @param password its password, from the address or {@code SAMVERKA_DB_PASSWORD} (which wins)
 */
public record PostgresSettings(String jdbcUrl, Optional<String> user, Optional<String> password) {
    public PostgresSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    /** Whether the setting names a PostgreSQL server rather than a file. */
    public static boolean names(String raw) {
        String s = raw.strip().toLowerCase(java.util.Locale.ROOT);
        return s.startsWith("postgresql://") || s.startsWith("postgres://") || s.startsWith("jdbc:postgresql:");
    }

    /** Reads {@code postgresql://user:pass@host:5432/db?sslmode=require} or a JDBC URL; null when malformed. */
    public static PostgresSettings parse(String raw, Optional<String> password) {
        String s = raw.strip();
        if (s.toLowerCase(java.util.Locale.ROOT).startsWith("jdbc:postgresql:")) {
            return new PostgresSettings(s, Optional.empty(), password);
        }
        URI uri = URI.create(s);
        if (uri.getHost() == null || uri.getRawPath() == null || uri.getRawPath().length() < 2) return null;
        String url = "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        Optional<String> user = Optional.empty();
        Optional<String> inAddress = Optional.empty();
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = Optional.of(decode(parts[0])).filter(u -> !u.isEmpty());
            if (parts.length == 2) inAddress = Optional.of(decode(parts[1]));
        }
        Optional<String> fromAddress = inAddress;
        return new PostgresSettings(url, user, password.or(() -> fromAddress));
    }

    private static String decode(String part) {
        return URLDecoder.decode(part, StandardCharsets.UTF_8);
    }

    /** The address as people may see it: never the password. */
    public String shown() {
        return jdbcUrl.replaceAll("(?i)([?&]password=)[^&]*", "$1(hidden)") + user.map(u -> " as " + u).orElse("");
    }

    @Override
    public String toString() {
        return "PostgresSettings[" + shown() + ", password hidden]";
    }
}
