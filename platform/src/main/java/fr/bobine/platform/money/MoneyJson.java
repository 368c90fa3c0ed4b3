package fr.bobine.platform.money;

import java.io.IOException;
import java.math.BigDecimal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/** JSON form of {@link Money}: the amount travels as a decimal string; a JSON number is refused. */
public final class MoneyJson {

    private MoneyJson() {
    }

    public static final class Serializer extends JsonSerializer<Money> {
        @Override
        public void serialize(Money value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeStartObject();
            gen.writeStringField("amount", value.amount().toPlainString());
            gen.writeStringField("currency", value.currency());
            gen.writeEndObject();
        }
    }

    public static final class Deserializer extends JsonDeserializer<Money> {
        @Override
        public Money deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw InvalidFormatException.from(p, "money must be an object {\"amount\": \"12.50\", \"currency\": \"EUR\"}",
                        p.getText(), Money.class);
            }
            JsonNode node = p.readValueAsTree();
            JsonNode amount = node.get("amount");
            JsonNode currency = node.get("currency");
            if (amount == null || amount.isNull()) {
                throw InvalidFormatException.from(p, "amount is required", null, Money.class);
            }
            if (!amount.isTextual()) {
                throw InvalidFormatException.from(p,
                        "amount must be a decimal string such as \"1234.56\", not a JSON number", amount.toString(), Money.class);
            }
            if (currency == null || !currency.isTextual()) {
                throw InvalidFormatException.from(p, "currency is required as an ISO 4217 code", null, Money.class);
            }
            String text = amount.textValue().trim();
            if (!text.matches("-?[0-9]+(\\.[0-9]+)?")) {
                throw InvalidFormatException.from(p, "amount must be a decimal string such as \"1234.56\"", text, Money.class);
            }
            try {
                return new Money(new BigDecimal(text), currency.textValue());
            } catch (IllegalArgumentException e) {
                throw InvalidFormatException.from(p, e.getMessage(), text, Money.class);
            }
        }
    }
}
