package fr.bobine.distribution.revenue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.distribution.territory.CountryCode;
import fr.bobine.platform.money.Money;

public final class RevenueDtos {

    private RevenueDtos() {
    }

    @Schema(name = "NewRevenueLine")
    public record NewRevenueLine(
            @NotNull RevenueMedia media,
            @NotNull @CountryCode @Schema(example = "FR") String territory,
            @NotNull Money grossReceipts,
            @Min(0) @Schema(nullable = true) Integer admissions,
            @Schema(nullable = true, description = "Wednesday starting the French cinema week; required for THEATRICAL") LocalDate weekStart) {
    }

    @Schema(name = "NewRevenueReport", description = "A statement from a distributor or broadcaster")
    public record NewRevenueReport(
            @Schema(nullable = true) UUID contractId,
            @NotBlank @Size(max = 200) @Schema(example = "Pyramide Distribution") String reporter,
            @NotNull LocalDate periodStart,
            @NotNull LocalDate periodEnd,
            @Schema(nullable = true, description = "Day the statement was received; today by default") LocalDate receivedOn,
            @NotEmpty @Size(max = 5000) List<@Valid @NotNull NewRevenueLine> lines) {
    }

    @Schema(name = "RevenueLine")
    public record RevenueLineDto(int position, RevenueMedia media, String territory, Money grossReceipts,
            @Schema(nullable = true) Integer admissions, @Schema(nullable = true) LocalDate weekStart,
            @Schema(nullable = true) LocalDate weekEnd) {
    }

    public enum ReportSource {
        API, CSV
    }

    @Schema(name = "RevenueReport")
    public record RevenueReportDto(UUID id, UUID productionId, @Schema(nullable = true) UUID contractId, String reporter,
            LocalDate periodStart, LocalDate periodEnd, LocalDate receivedOn, ReportSource source, List<RevenueLineDto> lines,
            Money total, long admissions) {
    }

    @Schema(name = "RevenueReportPage")
    public record RevenueReportPage(List<RevenueReportDto> items, int page, int size, long totalItems,
            @Schema(nullable = true) Integer nextPage) {
    }

    @Schema(name = "OverdueReport", description = "A signed contract whose counterparty owes an account")
    public record OverdueReport(UUID contractId, String counterpartyName, @Schema(nullable = true) LocalDate lastReceivedOn,
            LocalDate dueOn, long daysOverdue) {
    }

    /** Data of distribution.revenue.reported v1, as agreed with rights-service. */
    public record RevenueReported(UUID reportId, UUID productionId, UUID contractId, String reporter, LocalDate periodStart,
            LocalDate periodEnd, List<ReportedLine> lines, Money total) {

        public static final String TYPE = "distribution.revenue.reported";
    }

    public record ReportedLine(String media, String territory, Money grossReceipts, Integer admissions, LocalDate weekStart) {
    }
}
