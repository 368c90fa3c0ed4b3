package fr.bobine.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Sends and reads CloudEvents on the real broker, as another service would. */
public final class TestEvents {

    public static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule());

    private TestEvents() {
    }

    /**
     * A structured-mode CloudEvent envelope with a fresh id. When {@code source} is a service of this repository, the
     * data must follow that service's published schema (see {@link EventSchemas}): a test makes up only events the
     * producer could send. To test what a consumer does with a broken event, break it after building it.
     */
    public static ObjectNode event(String source, String type, String subject, Object data) {
        ObjectNode e = MAPPER.createObjectNode();
        e.put("specversion", "1.0");
        e.put("id", UUID.randomUUID().toString());
        e.put("source", source);
        e.put("type", type);
        e.put("subject", subject);
        e.put("time", Instant.now().toString());
        e.put("datacontenttype", "application/json");
        e.set("data", MAPPER.valueToTree(data));
        if (EventSchemas.producerEvents(source) != null) {
            EventSchemas.assertValid(e);
        }
        return e;
    }

    public static void send(String bootstrap, String topic, String key, String value) {
        sendAll(bootstrap, topic, List.<String[]>of(new String[] { key, value }));
    }

    public static void send(String bootstrap, String topic, JsonNode event) {
        send(bootstrap, topic, event.path("subject").asText(), event.toString());
    }

    /**
     * Sends events keyed by their subject in one go (the producer groups them into one request), so that a consumer
     * that is waiting reads them in one poll; returns once Kafka acknowledged them all.
     */
    public static void sendTogether(String bootstrap, String topic, List<? extends JsonNode> events) {
        sendAll(bootstrap, topic, events.stream().map(e -> new String[] { e.path("subject").asText(), e.toString() }).toList());
    }

    /** Sends each key and value, grouped into as few requests as the producer can; returns once Kafka acknowledged all. */
    private static void sendAll(String bootstrap, String topic, List<String[]> keyValues) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "100");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            List<Future<?>> acks = new ArrayList<>();
            for (String[] keyValue : keyValues) {
                var record = new ProducerRecord<>(topic, keyValue[0], keyValue[1]);
                record.headers().add("content-type", "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
                acks.add(producer.send(record));
            }
            producer.flush();
            for (var ack : acks) {
                ack.get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot send to " + topic, e);
        }
    }

    /** Every record of {@code topic} from the beginning, read until {@code quiet} passes with nothing new. */
    public static List<JsonNode> readAll(String bootstrap, String topic, Duration quiet) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<JsonNode> events = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(topic));
            long quietUntil = System.nanoTime() + quiet.toNanos();
            long hardStop = System.nanoTime() + quiet.toNanos() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < quietUntil && System.nanoTime() < hardStop) {
                var records = consumer.poll(Duration.ofMillis(200));
                for (var record : records) {
                    events.add(MAPPER.readTree(record.value()));
                    quietUntil = System.nanoTime() + quiet.toNanos();
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + topic, e);
        }
        return events;
    }

    public static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }
}
