package se.samverka.integrations.microsoft;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** Small pieces shared by the Microsoft clients. */
public final class Http {
    private Http() {}

    /** The wait a Retry-After header asks for, in seconds (the form Microsoft's services use). */
    public static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(Http::seconds);
    }

    public static Optional<Duration> seconds(String value) {
        try {
            long s = Long.parseLong(value.strip());
            return s >= 0 ? Optional.of(Duration.ofSeconds(s)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
