package fr.bobine.distribution.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import fr.bobine.distribution.contract.ContractEnums.ContractStatus;
import fr.bobine.distribution.contract.ContractEnums.CounterpartyKind;
import fr.bobine.distribution.contract.ContractEnums.InstalmentStatus;
import fr.bobine.distribution.contract.ContractEnums.InstalmentTrigger;
import fr.bobine.distribution.contract.ContractEnums.ReportingFrequency;
import fr.bobine.distribution.territory.CountryCode;
import fr.bobine.distribution.window.RightsMedia;
import fr.bobine.platform.money.DecimalString;
import fr.bobine.platform.money.Money;

public final class ContractDtos {

    private ContractDtos() {
    }

    @Schema(name = "Holdback", description = "A media the counterparty may not exploit before a date")
    public record Holdback(@NotNull RightsMedia media, @NotNull LocalDate until) {
    }

    @Schema(name = "RightsBlock", description = "Media x territory x language x term x exclusivity, with holdbacks")
    public record RightsBlock(
            @NotEmpty List<@NotNull RightsMedia> media,
            @NotEmpty List<@NotNull @CountryCode String> territories,
            @NotNull List<@NotNull @Pattern(regexp = "[a-z]{2,3}") String> languages,
            @NotNull LocalDate termStart,
            @NotNull LocalDate termEnd,
            @NotNull Boolean exclusive,
            @Schema(nullable = true, description = "Media chronology window the block falls under; the media's default if absent",
                    example = "SVOD_NETFLIX") String windowCode,
            List<@Valid @NotNull Holdback> holdbacks) {
    }

    @Schema(name = "NewInstalment")
    public record NewInstalment(
            @NotBlank @Schema(example = "20% on signature") String label,
            @NotNull InstalmentTrigger trigger,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") @Digits(integer = 1, fraction = 6)
            @JsonDeserialize(using = DecimalString.class)
            @Schema(type = SchemaType.STRING, pattern = DecimalString.PATTERN, maxLength = 20,
                    description = "Share of the MG as a fraction (0.2 is 20 %); the shares add up to 1", example = "0.2")
            BigDecimal share,
            @Schema(nullable = true, description = "For ON_DATE") LocalDate dueOn) {
    }

    @Schema(name = "NewContract", description = "A distribution or sales contract, created as a draft")
    public record NewContract(
            @NotBlank @Size(max = 200) String counterpartyName,
            @NotNull CounterpartyKind counterpartyKind,
            @NotEmpty List<@Valid @NotNull RightsBlock> rightsBlocks,
            @Schema(nullable = true) Money minimumGuarantee,
            List<@Valid @NotNull NewInstalment> instalments,
            @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 6) @JsonDeserialize(using = DecimalString.class)
            @Schema(type = SchemaType.STRING, pattern = DecimalString.PATTERN, maxLength = 20, nullable = true,
                    description = "Commission as a fraction of the distributor's gross receipts (RBD): 0.25 is 25 %", example = "0.25")
            BigDecimal commissionRate,
            @Schema(nullable = true, description = "Distribution expenses above it need the producer's approval") Money expenseCap,
            @NotNull ReportingFrequency reportingFrequency) {
    }

    @Schema(name = "Instalment")
    public record InstalmentDto(UUID id, int position, String label, InstalmentTrigger trigger,
            @Schema(description = "Share of the MG as a fraction, six decimals", example = "0.200000") String share,
            Money amount, InstalmentStatus status, @Schema(nullable = true) LocalDate dueOn,
            @Schema(nullable = true, description = "When the counterparty paid it (RECEIVED)") LocalDate receivedOn) {
    }

    @Schema(name = "InstalmentReceipt", description = "The counterparty paid an instalment that fell due")
    public record InstalmentReceipt(
            @NotNull @Schema(description = "Day the money reached the production's account", example = "2027-06-15")
            LocalDate receivedOn) {
    }

    @Schema(name = "Contract")
    public record ContractDto(UUID id, UUID productionId, String counterpartyName, CounterpartyKind counterpartyKind,
            ContractStatus status, List<RightsBlock> rightsBlocks, @Schema(nullable = true) Money minimumGuarantee,
            List<InstalmentDto> instalments, @Schema(nullable = true, description = "Commission as a fraction of the distributor's gross receipts (RBD), six decimals", example = "0.250000")
            String commissionRate,
            @Schema(nullable = true) Money expenseCap, ReportingFrequency reportingFrequency,
            @Schema(nullable = true) LocalDate signedOn, long version,
            @Schema(description = "Amendments signed since the contract (see .../amendments)") int amendmentCount,
            @Schema(description = "Rights that open before their media chronology window") List<String> windowWarnings) {
    }

    @Schema(name = "NewDistributionContractAmendment", description = "An amendment (avenant) to a signed contract: the terms "
            + "as amended, in full. What it changes is found by comparing them with the contract's.")
    public record NewAmendment(
            @NotNull @Schema(description = "Day the parties signed the amendment", example = "2027-01-15") LocalDate signedOn,
            @NotBlank @Size(max = 2000) @Schema(example = "MG raised after the Cannes selection") String reason,
            @NotEmpty @Size(max = 50) List<@Valid @NotNull RightsBlock> rightsBlocks,
            @Schema(nullable = true, description = "The amended MG; it cannot be removed nor go below what has fallen due")
            Money minimumGuarantee,
            @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 6) @JsonDeserialize(using = DecimalString.class)
            @Schema(type = SchemaType.STRING, pattern = DecimalString.PATTERN, maxLength = 20, nullable = true,
                    description = "Commission as a fraction of the distributor's gross receipts (RBD): 0.25 is 25 %", example = "0.25")
            BigDecimal commissionRate,
            @Schema(nullable = true) Money expenseCap,
            @NotNull ReportingFrequency reportingFrequency) {
    }

    @Schema(name = "DistributionContractTerms", description = "The terms of a contract an amendment can change, at one time")
    public record ContractTerms(List<RightsBlock> rightsBlocks, @Schema(nullable = true) Money minimumGuarantee,
            List<InstalmentDto> instalments, @Schema(nullable = true, description = "Commission as a fraction of the distributor's gross receipts (RBD), six decimals", example = "0.250000")
            String commissionRate,
            @Schema(nullable = true) Money expenseCap, ReportingFrequency reportingFrequency) {
    }

    @Schema(name = "DistributionContractAmendment", description = "An amendment (avenant) to a signed contract, with the "
            + "terms before and after it")
    public record AmendmentDto(UUID id, UUID contractId, UUID productionId,
            @Schema(description = "1 for the first amendment of the contract") int number, LocalDate signedOn, String reason,
            @Schema(description = "The terms it changed: rightsBlocks, minimumGuarantee, commissionRate, expenseCap, reportingFrequency")
            List<String> changes, ContractTerms before, ContractTerms after) {
    }

    @Schema(name = "DistributionContractAmendmentPage")
    public record AmendmentPage(List<AmendmentDto> items, int page, int size, long totalItems, int totalPages,
            @Schema(nullable = true) Integer nextPage) {
    }

    @Schema(name = "ContractPage")
    public record ContractPage(List<ContractDto> items, int page, int size, long totalItems,
            @Schema(nullable = true) Integer nextPage) {
    }

    @Schema(name = "ContractSignature")
    public record ContractSignature(@NotNull LocalDate signedOn) {
    }
}
