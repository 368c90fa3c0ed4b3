package fr.bobine.distribution.revenue;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.distribution.revenue.RevenueDtos.OverdueReport;

@Schema(name = "OverdueReportList", description = "Signed contracts whose account is overdue")
public record OverdueReportList(List<OverdueReport> items) {
}
