package fr.bobine.crew.payroll;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "NewAdjustment", description = "A correction to a closed period, as an extra line (negative to take back)")
public record NewAdjustment(
        @NotNull UUID contractId,
        @NotBlank @Pattern(regexp = "[A-Z0-9_]{2,20}", message = "must be an item code such as HS25") String itemCode,
        @NotBlank @Pattern(regexp = "-?[0-9]{1,6}(\\.[0-9]{1,2})?", message = "must be a decimal string") String quantity,
        @NotNull Money amount,
        @NotBlank @Size(max = 300) String reason) {
}
