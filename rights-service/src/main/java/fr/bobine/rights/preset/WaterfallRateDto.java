package fr.bobine.rights.preset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WaterfallRate", description = "A dated rate the presets read; a fraction (0.1072 = 10.72%)")
public record WaterfallRateDto(UUID id, String code, String label,
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "0.107200") BigDecimal rate,
        LocalDate validFrom, @Schema(nullable = true) LocalDate validTo, String source) {
}
