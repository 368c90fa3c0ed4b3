package fr.bobine.budget.payment;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PaymentImportList", description = "A production's payments imports, the latest first")
public record PaymentImportList(List<PaymentImportDto> items) {
}
