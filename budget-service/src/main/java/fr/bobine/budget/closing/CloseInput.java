package fr.bobine.budget.closing;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CloseStatementInput", description = "Close the final cost statement")
public record CloseInput(@Size(max = 1000) @Schema(nullable = true,
        description = "required while items are still open: why the cost is final anyway") String reason) {
}
