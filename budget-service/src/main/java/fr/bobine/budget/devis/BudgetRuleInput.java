package fr.bobine.budget.devis;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import fr.bobine.platform.money.DecimalString;
import fr.bobine.platform.money.Money;

@Schema(name = "BudgetRuleInput", description = "A percentage line: rate x base, the base being chapters and earlier rules not excluded")
public record BudgetRuleInput(
        @NotNull RuleKind kind,
        @NotBlank @Size(max = 200) String labelFr,
        @NotBlank @Size(max = 200) String labelEn,
        @NotNull @DecimalMin("0") @DecimalMax("1") @JsonDeserialize(using = DecimalString.class)
        @Schema(type = SchemaType.STRING, pattern = DecimalString.PATTERN, example = "0.07") BigDecimal rate,
        @Schema(nullable = true, description = "Chapter codes in the base; empty or absent for all chapters") List<@NotBlank String> baseChapters,
        @Schema(nullable = true, description = "Codes of earlier rules left out of the base") List<@NotBlank String> excludedRules,
        @Schema(nullable = true, description = "Upper limit of the amount") Money cap,
        @Schema(nullable = true, description = "Order of computation; defaults to last") Integer position) {
}
