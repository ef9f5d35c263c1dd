package se.samverka.core.port;

import java.time.Duration;
import java.util.Optional;

/** A message that could not be delivered; {@code retryAfter} tells when the platform asked us to try again. */
public class DeliveryException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Optional<Duration> retryAfter;

    public DeliveryException(String message, Optional<Duration> retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    public Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
