package fr.bobine.budget.accounting;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "JournalLine", description = "A debit or credit of an entry; amounts are decimal strings")
public record JournalLineDto(int position, String account, String accountLabel, @Schema(nullable = true) String auxNumber,
        @Schema(nullable = true) String auxLabel,
        @Schema(nullable = true, description = "the budget account, as analytic code") String analyticCode,
        @Schema(example = "12000.00") String debit, @Schema(example = "0.00") String credit,
        @Schema(nullable = true, description = "lettering code shared by the lines of a settled invoice", example = "AAA")
        String lettering,
        @Schema(nullable = true, description = "the day the lines were lettered") LocalDate letteredOn) {
}
