package fr.bobine.distribution.screening;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScreeningImpact", description = "What a screening does to the pending festival submissions")
public record ScreeningImpact(
        @Schema(nullable = true, description = "The recorded screening; absent for a preview") ScreeningDto screening,
        List<IneligibleSubmission> madeIneligible) {
}
