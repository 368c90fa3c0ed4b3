package fr.bobine.budget.closing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClosingTotal", description = "The figures of one account")
public record ClosingTotalDto(String code, ClosingFiguresDto figures) {
}
