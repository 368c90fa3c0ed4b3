package fr.bobine.crew.person;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PseudonymisationCandidatePage", description = "One page of people whose payroll records may be pseudonymised, "
        + "by employee number")
public record PseudonymisationCandidatePage(
        List<PseudonymisationCandidate> items,
        int page,
        int size,
        long totalItems,
        int totalPages,
        @Schema(nullable = true, description = "Number of the next page; absent on the last page") Integer nextPage) {
}
