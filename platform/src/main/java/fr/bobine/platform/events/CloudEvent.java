package fr.bobine.platform.events;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A CloudEvents 1.0 event in structured JSON mode: the whole envelope is the Kafka record value, with the header
 * {@code content-type: application/cloudevents+json}. {@code subject} is the production id, which is also the record key.
 * {@code traceparent} and {@code tracestate} are the CloudEvents distributed-tracing extension (W3C Trace Context of
 * the request that caused the event), absent when the producer had no trace.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CloudEvent(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        Instant time,
        String datacontenttype,
        String dataschema,
        JsonNode data,
        String traceparent,
        String tracestate) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    /** An event without trace context. */
    public CloudEvent(String specversion, String id, String source, String type, String subject, Instant time,
            String datacontenttype, String dataschema, JsonNode data) {
        this(specversion, id, source, type, subject, time, datacontenttype, dataschema, data, null, null);
    }

    /** The id and type every consumer needs; an envelope without them cannot be applied. */
    public void requireEnvelope() {
        if (!SPEC_VERSION.equals(specversion)) {
            throw new EventRejectedException("unsupported CloudEvents specversion " + specversion);
        }
        if (id == null || id.isBlank() || type == null || type.isBlank() || source == null) {
            throw new EventRejectedException("CloudEvent without id, type or source");
        }
    }
}
