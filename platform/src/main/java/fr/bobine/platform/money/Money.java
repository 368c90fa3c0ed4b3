package fr.bobine.platform.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * An exact amount of money in one currency. On the wire: {@code {"amount": "1234.56", "currency": "EUR"}},
 * the amount a decimal string so that no client ever parses it into a binary float.
 */
@Schema(name = "Money", description = "An exact amount in an ISO 4217 currency; the amount is a decimal string.")
@JsonSerialize(using = MoneyJson.Serializer.class)
@JsonDeserialize(using = MoneyJson.Deserializer.class)
public record Money(
        @Schema(type = SchemaType.STRING, required = true, pattern = "^-?[0-9]+(\\.[0-9]+)?$", maxLength = 24,
                example = "1234.56", description = "Decimal string, never a JSON number") BigDecimal amount,
        @Schema(type = SchemaType.STRING, required = true, pattern = "^[A-Z]{3}$", maxLength = 3, example = "EUR",
                description = "ISO 4217 currency code") String currency) {

    public static final String EUR = "EUR";

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Currency iso = currencyOf(currency);
        int digits = iso.getDefaultFractionDigits();
        if (digits >= 0 && amount.stripTrailingZeros().scale() > digits) {
            throw new IllegalArgumentException(
                    "amount " + amount.toPlainString() + " has more decimals than " + currency + " allows (" + digits + ")");
        }
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public static Money eur(String amount) {
        return of(amount, EUR);
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO.setScale(Math.max(0, currencyOf(currency).getDefaultFractionDigits())), currency);
    }

    /** The currency, or an IllegalArgumentException naming the code when ISO 4217 does not know it. */
    public static Currency currencyOf(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code of three capital letters, got " + code);
        }
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown ISO 4217 currency " + code);
        }
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /** -1, 0 or 1 as the amount is below, at or above zero. */
    public int signum() {
        return amount.signum();
    }

    /** The amount at the currency's scale (cents for EUR), rounded half-up: the figure a document shows. */
    public Money rounded() {
        int digits = Math.max(0, currencyOf(currency).getDefaultFractionDigits());
        return new Money(amount.setScale(digits, RoundingMode.HALF_UP), currency);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot combine " + currency + " with " + other.currency);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && currency.equals(m.currency) && amount.compareTo(m.amount) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount.stripTrailingZeros(), currency);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
