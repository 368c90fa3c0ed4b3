package fr.bobine.budget.accounting;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PayrollAccount", description = "A credit account of the monthly payroll entry")
public record PayrollAccountDto(@Schema(description = "GROSS (salaries due) or CHARGES (social security)") PayrollAccountKind kind,
        @Schema(example = "421") String pcgAccount, @Schema(example = "Personnel - rémunérations dues") String pcgLabel,
        long version) {
}
