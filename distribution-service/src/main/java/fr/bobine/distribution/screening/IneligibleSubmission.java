package fr.bobine.distribution.screening;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IneligibleSubmission", description = "A pending festival submission that a screening makes (or would make) ineligible")
public record IneligibleSubmission(UUID submissionId, String festival, int year, String section, String ruleCode,
        List<String> reasons) {
}
