package fr.bobine.budget.closing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClosingExplanationInput", description = "Why a chapter ended where it did")
public record ExplanationInput(@NotBlank @Size(max = 4000) String explanation) {
}
