package fr.bobine.platform.money;

import java.io.IOException;
import java.math.BigDecimal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;

/**
 * Writes a rate as every Bobine rate is written: a fraction in a decimal string with six decimals ("0.025000" is
 * 2.5 %). For records that are read and written with the same type; {@link DecimalString} reads them.
 */
public class RateString extends JsonSerializer<BigDecimal> {

    @Override
    public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
        gen.writeString(DecimalString.rate(value));
    }
}
