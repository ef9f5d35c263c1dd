package se.samverka.core.port;

import java.time.Instant;

/** Remembers which platform deliveries were carried out, so a retried delivery is carried out only once. */
public interface DeliveryLog {
    /**
     * Records the delivery as carried out; false when it already was. Runs in the command's transaction, so a
     * command that is rolled back leaves no record and its retry runs again.
     */
    boolean firstDelivery(long workspaceId, String deliveryId, Instant at);
}
