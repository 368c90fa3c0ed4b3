package fr.bobine.rights.contract;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import fr.bobine.platform.money.DecimalString;
import fr.bobine.platform.money.Money;
import fr.bobine.platform.money.RateString;

@Schema(name = "Remuneration", description = "What the holder is paid: flat fees in instalments, a minimum guarantee recoupable from "
        + "royalties, rates of RNPP or of the public price, per-ticket amounts and admission bonuses")
public record Remuneration(
        List<@Valid Instalment> flatFees,
        @Schema(nullable = true, description = "Minimum guarantee (à-valoir), paid up front and recouped from the holder's royalties")
        Money minimumGuarantee,
        @JsonDeserialize(using = DecimalString.class) @JsonSerialize(using = RateString.class)
        @Schema(type = SchemaType.STRING, pattern = DecimalString.PATTERN, maxLength = 20, nullable = true,
                description = "A fraction of the producer's net receipts (RNPP): 0.025 is 2.5 %; six decimals at most",
                example = "0.025000") BigDecimal rnppRate,
        @JsonDeserialize(using = DecimalString.class) @JsonSerialize(using = RateString.class)
        @Schema(type = SchemaType.STRING, pattern = DecimalString.PATTERN, maxLength = 20, nullable = true,
                description = "A fraction of the public price where the public pays per work (CPI L132-25): 0.015 is 1.5 %",
                example = "0.015000") BigDecimal publicPriceRate,
        @Schema(nullable = true, description = "Amount per cinema ticket sold") Money perTicket,
        List<@Valid AdmissionBonus> bonuses) {

    public Remuneration {
        flatFees = flatFees == null ? List.of() : List.copyOf(flatFees);
        bonuses = bonuses == null ? List.of() : List.copyOf(bonuses);
    }
}
