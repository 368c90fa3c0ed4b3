package fr.bobine.rights.contract;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "Remuneration", description = "What the holder is paid: flat fees in instalments, a minimum guarantee recoupable from "
        + "royalties, percentages of RNPP or of the public price, per-ticket amounts and admission bonuses")
public record Remuneration(
        List<@Valid Instalment> flatFees,
        @Schema(description = "Minimum guarantee (à-valoir), paid up front and recouped from the holder's royalties") Money minimumGuarantee,
        @Schema(description = "Percent of the producer's net receipts (RNPP), e.g. \"2.5\"") BigDecimal rnppPercent,
        @Schema(description = "Percent of the public price where the public pays per work (CPI L132-25)") BigDecimal publicPricePercent,
        @Schema(description = "Amount per cinema ticket sold") Money perTicket,
        List<@Valid AdmissionBonus> bonuses) {

    public Remuneration {
        flatFees = flatFees == null ? List.of() : List.copyOf(flatFees);
        bonuses = bonuses == null ? List.of() : List.copyOf(bonuses);
    }
}
