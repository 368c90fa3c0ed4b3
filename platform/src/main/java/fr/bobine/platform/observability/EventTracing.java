package fr.bobine.platform.observability;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

/**
 * One trace from an HTTP request to every consumer of the events it caused: the W3C Trace Context of the writing
 * transaction travels in the CloudEvents distributed-tracing extension ({@code traceparent}, {@code tracestate}),
 * the outbox relay publishes under it and each consumer applies the event in a span whose parent it is.
 * Without a current span (a scheduler, tracing off) nothing is carried and the consumer starts a new trace.
 */
@ApplicationScoped
public class EventTracing {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    private static final TextMapGetter<Map<String, String>> MAP_GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    @Inject
    Tracer tracer;

    /** The current trace context as {@code traceparent} (and {@code tracestate} when there is one); empty without a span. */
    public static Map<String, String> current() {
        Map<String, String> carrier = new HashMap<>(4);
        W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
        return carrier;
    }

    /** The context a {@code traceparent} names; the root context when it is absent or malformed. */
    public static Context parent(String traceparent, String tracestate) {
        if (traceparent == null) {
            return Context.root();
        }
        Map<String, String> carrier = new HashMap<>(4);
        carrier.put(TRACEPARENT, traceparent);
        if (tracestate != null) {
            carrier.put(TRACESTATE, tracestate);
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), carrier, MAP_GETTER);
    }

    /** A producer span for sending one outbox row to {@code topic}, child of the transaction that wrote it. */
    public Span startPublish(String topic, String eventType, String traceparent) {
        return tracer.spanBuilder(topic + " publish").setSpanKind(SpanKind.PRODUCER).setParent(parent(traceparent, null))
                .setAttribute("messaging.system", "kafka").setAttribute("messaging.operation.type", "send")
                .setAttribute("messaging.destination.name", topic).setAttribute("cloudevents.event_type", eventType)
                .startSpan();
    }

    /** A consumer span for applying one event, child of the trace the event carries. */
    public Span startProcess(String consumer, String topic, String eventId, String eventType, String traceparent,
            String tracestate) {
        return tracer.spanBuilder(topic + " process").setSpanKind(SpanKind.CONSUMER)
                .setParent(parent(traceparent, tracestate)).setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process").setAttribute("messaging.destination.name", topic)
                .setAttribute("messaging.consumer.group.name", consumer).setAttribute("messaging.message.id", eventId)
                .setAttribute("cloudevents.event_id", eventId).setAttribute("cloudevents.event_type", eventType)
                .startSpan();
    }
}
