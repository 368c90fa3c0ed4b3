package fr.bobine.budget.carbon;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import fr.bobine.platform.money.DecimalString;

@Schema(name = "CarbonActivityLineInput", description = "Activity data for the forecast or the final statement")
public record CarbonActivityLineInput(
        @NotNull CarbonBasis basis,
        @NotBlank @Size(max = 40) @Schema(example = "TRAIN_HIGH_SPEED") String activityCode,
        @NotNull @DecimalMin("0") @DecimalMax("1000000000000") @JsonDeserialize(using = DecimalString.class)
        @Schema(type = SchemaType.STRING, pattern = DecimalString.PATTERN, maxLength = 30, example = "1400",
                description = "In the activity's unit, not negative, at most 3 decimals") BigDecimal quantity,
        @Size(max = 20) @Schema(nullable = true, example = "61",
                description = "The devis account this data covers: its spend is then not counted again in euros") String accountCode,
        @Size(max = 500) @Schema(nullable = true, example = "Paris - Brest, 8 people, return") String description) {
}
