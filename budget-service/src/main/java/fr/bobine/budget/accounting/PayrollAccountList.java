package fr.bobine.budget.accounting;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PayrollAccountList", description = "The credit accounts of the payroll entry")
public record PayrollAccountList(List<PayrollAccountDto> items) {
}
