package fr.bobine.distribution.festival;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.distribution.territory.CountryCode;
import fr.bobine.platform.money.Money;

/** The wire records of the festival catalogue and the submissions. */
public final class FestivalDtos {

    private FestivalDtos() {
    }

    @Schema(name = "NewFestivalSection")
    public record NewSection(
            @NotBlank @Pattern(regexp = "[A-Z0-9_]{2,40}") @Schema(example = "COMPETITION") String code,
            @NotBlank String name,
            @NotNull PremiereRequirement premiereRequirement,
            @Schema(nullable = true, description = "Code of the premiere rule the section applies", example = "BERLINALE_COMPETITION") String premiereRuleCode) {
    }

    @Schema(name = "NewDeadlineTier")
    public record NewDeadlineTier(
            @NotBlank @Schema(example = "EARLYBIRD") String name,
            @NotNull LocalDate deadline,
            @NotNull Money fee) {
    }

    @Schema(name = "NewFestivalEdition", description = "One edition of a festival, with its sections and deadline tiers")
    public record NewFestivalEdition(
            @NotBlank @Size(max = 200) String name,
            @NotNull @Min(1930) @Max(2100) Integer year,
            @NotNull @CountryCode @Schema(example = "DE") String country,
            @Schema(nullable = true) String city,
            @NotNull LocalDate startsOn,
            @NotNull LocalDate endsOn,
            @Schema(nullable = true, description = "Latest day entrants are told") LocalDate notificationOn,
            @NotNull FestivalPlatform platform,
            @NotNull @Schema(description = "Shows films of several nationalities (an international selection)") Boolean international,
            @NotEmpty List<@Valid @NotNull NewSection> sections,
            @NotEmpty List<@Valid @NotNull NewDeadlineTier> deadlines) {
    }

    @Schema(name = "FestivalSection")
    public record SectionDto(String code, String name, PremiereRequirement premiereRequirement,
            @Schema(nullable = true) String premiereRuleCode) {
    }

    @Schema(name = "DeadlineTier")
    public record DeadlineTierDto(String name, LocalDate deadline, Money fee) {
    }

    @Schema(name = "FestivalEdition")
    public record FestivalEditionDto(UUID id, String name, int year, String country, @Schema(nullable = true) String city,
            LocalDate startsOn, LocalDate endsOn, @Schema(nullable = true) LocalDate notificationOn,
            FestivalPlatform platform, boolean international, List<SectionDto> sections, List<DeadlineTierDto> deadlines) {
    }

    @Schema(name = "FestivalEditionPage")
    public record FestivalEditionPage(List<FestivalEditionDto> items, int page, int size, long totalItems,
            @Schema(nullable = true) Integer nextPage) {
    }

    @Schema(name = "UpcomingDeadline")
    public record UpcomingDeadline(UUID festivalId, String festival, int year, String tier, LocalDate deadline, Money fee,
            long daysLeft) {
    }

    @Schema(name = "NewSubmission")
    public record NewSubmission(
            @NotNull UUID festivalId,
            @NotBlank String sectionCode,
            @NotBlank @Schema(example = "REGULAR") String tier,
            @NotNull LocalDate submittedOn,
            @Schema(nullable = true, description = "Defaults to the festival's platform") FestivalPlatform platform,
            @Size(max = 100) @Schema(nullable = true) String trackingId,
            @Size(max = 500) @Pattern(regexp = "https://.+") @Schema(nullable = true, description = "Screener link; the password is kept elsewhere") String screenerUrl) {
    }

    @Schema(name = "SubmissionEligibility", description = "The section's premiere rule evaluated on the screening log now")
    public record Eligibility(@Schema(nullable = true) String ruleCode, boolean eligible, List<String> reasons) {
    }

    @Schema(name = "Submission")
    public record SubmissionDto(UUID id, UUID productionId, UUID festivalId, String festival, int year, String sectionCode,
            String tier, Money fee, FestivalPlatform platform, @Schema(nullable = true) String trackingId,
            @Schema(nullable = true) String screenerUrl, LocalDate submittedOn, SubmissionStatus submissionStatus,
            JudgingStatus judgingStatus, @Schema(nullable = true) LocalDate notifiedOn,
            @Schema(nullable = true) LocalDate feePaidOn, long version, Eligibility eligibility) {
    }

    @Schema(name = "SubmissionPage")
    public record SubmissionPage(List<SubmissionDto> items, int page, int size, long totalItems,
            @Schema(nullable = true) Integer nextPage) {
    }

    @Schema(name = "SubmissionPatch", description = "Fields to change; absent fields keep their value")
    public record SubmissionPatch(@Schema(nullable = true) SubmissionStatus submissionStatus,
            @Schema(nullable = true) JudgingStatus judgingStatus, @Schema(nullable = true) LocalDate notifiedOn,
            @Size(max = 100) @Schema(nullable = true) String trackingId,
            @Size(max = 500) @Pattern(regexp = "https://.+") @Schema(nullable = true) String screenerUrl) {
    }

    @Schema(name = "FeePayment")
    public record FeePayment(@NotNull LocalDate paidOn) {
    }

    @Schema(name = "SubmissionPreview", description = "A selection to evaluate before submitting")
    public record SubmissionPreview(@NotNull UUID festivalId, @NotBlank String sectionCode) {
    }
}
