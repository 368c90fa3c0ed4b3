package fr.bobine.platform.problem;

import java.io.IOException;
import java.lang.reflect.Array;
import java.util.Collection;
import java.util.Map;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.ArrayType;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.MapType;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * The bounds every JSON document read by a service keeps, whatever its class declares, so that the limits the
 * OpenAPI documents state ({@code maxLength}, {@code maxItems}, see {@code ContractFilter}) are the ones the service
 * enforces: a value past them is a 400 naming the field, before any code sees it.
 * <ul>
 * <li>a string has at most {@link #TEXT_MAX_LENGTH} characters and no NUL character (U+0000, which PostgreSQL cannot
 * store);</li>
 * <li>an array or an object used as a map has at most {@link #MAX_ITEMS} entries.</li>
 * </ul>
 * A field that needs a tighter bound says so with Bean Validation ({@code @Size}), which the documents show.
 */
@Singleton
public class JsonInputLimits implements ObjectMapperCustomizer {

    /** Longest string a JSON document may carry, in characters (UTF-16 code units, as Java and JSON Schema count). */
    public static final int TEXT_MAX_LENGTH = 10_000;
    /** Most entries of an array or a map; a list that can grow past it is paged. */
    public static final int MAX_ITEMS = 10_000;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("bobine-json-input-limits")
                .addDeserializer(String.class, new Strings())
                .setDeserializerModifier(new Containers()));
    }

    /** A value refused by these limits; its message is written for the person who sent the document. */
    static final class Refused extends JsonMappingException {

        Refused(JsonParser parser, String reason) {
            super(parser, reason);
        }
    }

    static final class Strings extends StdScalarDeserializer<String> {

        Strings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            if (value != null && value.indexOf('\0') >= 0) {
                throw new Refused(p, JsonReasons.NUL);
            }
            if (value != null && value.length() > TEXT_MAX_LENGTH) {
                throw new Refused(p, "must be at most " + TEXT_MAX_LENGTH + " characters long (got " + value.length() + ")");
            }
            return value;
        }
    }

    /** Wraps the deserializer of every collection, array and map with a count of what it read. */
    static final class Containers extends BeanDeserializerModifier {

        @Override
        public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                BeanDescription description, JsonDeserializer<?> deserializer) {
            return new Counted(deserializer);
        }

        @Override
        public JsonDeserializer<?> modifyArrayDeserializer(DeserializationConfig config, ArrayType type,
                BeanDescription description, JsonDeserializer<?> deserializer) {
            return new Counted(deserializer);
        }

        @Override
        public JsonDeserializer<?> modifyMapDeserializer(DeserializationConfig config, MapType type,
                BeanDescription description, JsonDeserializer<?> deserializer) {
            return new Counted(deserializer);
        }
    }

    static final class Counted extends DelegatingDeserializer {

        Counted(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Counted(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return checked(p, super.deserialize(p, ctxt));
        }

        @Override
        @SuppressWarnings("unchecked")
        public Object deserialize(JsonParser p, DeserializationContext ctxt, Object intoValue) throws IOException {
            return checked(p, ((JsonDeserializer<Object>) _delegatee).deserialize(p, ctxt, intoValue));
        }

        private static Object checked(JsonParser p, Object value) throws JsonMappingException {
            int size = value instanceof Collection<?> c ? c.size()
                    : value instanceof Map<?, ?> m ? m.size()
                    : value != null && value.getClass().isArray() ? Array.getLength(value) : 0;
            if (size > MAX_ITEMS) {
                throw new Refused(p, "must have at most " + MAX_ITEMS + " items (got " + size + ")");
            }
            return value;
        }
    }
}
