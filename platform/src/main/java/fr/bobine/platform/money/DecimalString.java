package fr.bobine.platform.money;

import java.io.IOException;
import java.math.BigDecimal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/**
 * Reads a quantity or a rate from a decimal string ("2587.53"), and refuses a JSON number: a client that sends 0.07
 * as a JSON number may already have lost its exact value in binary. The same contract as the platform's Money.
 */
public class DecimalString extends JsonDeserializer<BigDecimal> {

    public static final String PATTERN = "^-?[0-9]+(\\.[0-9]+)?$";

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw InvalidFormatException.from(p, "must be a decimal string such as \"2587.53\", not a JSON number",
                    p.getText(), BigDecimal.class);
        }
        String text = p.getText().trim();
        if (!text.matches("-?[0-9]+(\\.[0-9]+)?")) {
            throw InvalidFormatException.from(p, "must be a decimal string such as \"2587.53\"", text, BigDecimal.class);
        }
        return new BigDecimal(text);
    }

    /**
     * A rate or a share on the wire: a fraction (0.25 is 25 %) with six decimals, "0.250000". Every Bobine rate is
     * written so; only SACEM's cue-sheet shares stay percentages, as SACEM's forms write them. Null stays null (a rate
     * that does not apply).
     */
    public static String rate(BigDecimal value) {
        return value == null ? null : value.setScale(6, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }

    /** A rate as a person reads it in a sentence: 0.2 as "20 %", 0.055 as "5.5 %". */
    public static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + " %";
    }

    /** 400 naming {@code field} when {@code rate} has more than the six decimals a stored rate keeps. */
    public static void requireRateScale(String field, BigDecimal rate) {
        if (rate.stripTrailingZeros().scale() > 6) {
            throw fr.bobine.platform.problem.ProblemException.badRequest(field, "has more than 6 decimals");
        }
    }

    /** The wire form of a decimal: plain digits, never an exponent. */
    public static String of(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
