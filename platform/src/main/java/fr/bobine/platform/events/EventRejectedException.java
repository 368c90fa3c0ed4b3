package fr.bobine.platform.events;

/**
 * An event that can never be applied as it is (bad payload, unknown version): the consumer parks it in the
 * dead-letter table with this message as the reason and goes on with the next one.
 */
public class EventRejectedException extends RuntimeException {

    public EventRejectedException(String reason) {
        super(reason);
    }

    public EventRejectedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
