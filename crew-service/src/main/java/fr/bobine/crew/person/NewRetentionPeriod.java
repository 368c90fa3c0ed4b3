package fr.bobine.crew.person;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewRetentionPeriod", description = "A retention period in force from validFrom; it closes the previous one of "
        + "the same code")
public record NewRetentionPeriod(
        @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Z_]{2,50}", message = "must be capitals and underscores")
        @Schema(example = "PAYROLL_RECORDS") String code,
        @Min(1) @Max(100) @Schema(example = "5") int years,
        @NotNull LocalDate validFrom,
        @NotBlank @Size(max = 500) String source) {
}
