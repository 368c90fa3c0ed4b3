package fr.bobine.rights.contract;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "AdmissionBonus", description = "A bonus paid once the film passes a number of admissions in France")
public record AdmissionBonus(@Positive long admissions, @NotNull Money amount) {
}
