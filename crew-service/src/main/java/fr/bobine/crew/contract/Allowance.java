package fr.bobine.crew.contract;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "Allowance", description = "An allowance of the contract: meals, per diem, kit rental, mileage")
public record Allowance(@NotNull AllowanceKind kind, @NotNull Money amount, @NotNull AllowanceBasis basis) {
}
