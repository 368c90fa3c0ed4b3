package fr.bobine.rights.receipt;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import fr.bobine.platform.money.Money;
import fr.bobine.rights.waterfall.Media;

/** distribution.revenue.reported v1, as agreed with distribution-service (its schema: distribution-service/src/main/resources/events). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RevenueReport(UUID reportId, UUID productionId, UUID contractId, String reporter, LocalDate periodStart,
        LocalDate periodEnd, List<Line> lines, Money total) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Line(Media media, String territory, Money grossReceipts, Integer admissions, LocalDate weekStart) {
    }
}
