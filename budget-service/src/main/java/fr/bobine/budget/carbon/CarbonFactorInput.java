package fr.bobine.budget.carbon;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import fr.bobine.platform.money.DecimalString;

@Schema(name = "CarbonFactorInput", description = "A newer emission factor of an activity, in force from its date")
public record CarbonFactorInput(
        @NotBlank @Size(max = 40) @Schema(example = "TRAIN_HIGH_SPEED") String activityCode,
        @NotNull @DecimalMin("0") @DecimalMax("1000000") @JsonDeserialize(using = DecimalString.class)
        @Schema(type = SchemaType.STRING, pattern = DecimalString.PATTERN, maxLength = 30, example = "0.00293",
                description = "kgCO2e per unit, at most 6 decimals") BigDecimal kgCo2ePerUnit,
        @NotNull LocalDate validFrom,
        @NotBlank @Size(max = 500) @Schema(example = "ADEME Base Empreinte, TGV, consulted 2027-01-10") String source) {
}
