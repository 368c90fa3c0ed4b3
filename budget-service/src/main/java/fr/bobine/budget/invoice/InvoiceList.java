package fr.bobine.budget.invoice;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InvoiceList", description = "A production's invoices by date")
public record InvoiceList(List<InvoiceDto> items) {
}
