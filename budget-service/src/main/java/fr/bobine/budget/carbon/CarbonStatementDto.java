package fr.bobine.budget.carbon;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CarbonStatement", description = "A production's carbon footprint, forecast (from the locked devis and the "
        + "forecast activity data) or final (from the actual costs and the final activity data), per category")
public record CarbonStatementDto(UUID productionId, String title, CarbonBasis basis,
        @Schema(description = "the date whose factors are used") LocalDate factorsOn,
        @Schema(nullable = true, description = "the locked devis version the spend is read against") Integer versionNumber,
        List<CarbonStatementLineDto> lines, List<CarbonCategoryTotalDto> categories,
        @Schema(example = "1234.567") String totalKgCo2e, @Schema(example = "1.234567") String totalTonnesCo2e,
        List<CarbonWarningDto> warnings) {
}
