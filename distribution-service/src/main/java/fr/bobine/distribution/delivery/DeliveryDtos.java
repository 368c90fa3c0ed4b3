package fr.bobine.distribution.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class DeliveryDtos {

    private DeliveryDtos() {
    }

    @Schema(name = "TechnicalSpec", description = "The recipient's technical specification of a deliverable")
    public record TechnicalSpec(
            @Schema(nullable = true, example = "MXF OP1a AS-10 HIGH_HD_2014") String wrapper,
            @Schema(nullable = true, example = "XDCAM HD422 50 Mb/s") String codec,
            @Schema(nullable = true, example = "-23 LUFS, true peak -3 dBTP") String loudnessTarget,
            @Schema(nullable = true, example = "8 x PCM 48 kHz 24-bit") String audioLayout,
            @Schema(nullable = true, example = "10:00:00:00") String timecodeStart,
            @Size(max = 2000) @Schema(nullable = true) String notes) {
    }

    @Schema(name = "NewDeliverable")
    public record NewDeliverable(
            @NotBlank @Size(max = 200) @Schema(example = "Pyramide Distribution") String recipient,
            @NotNull DeliverableKind kind,
            @NotNull LocalDate dueOn,
            @NotNull @Valid TechnicalSpec spec,
            @Size(max = 200) @Schema(nullable = true, description = "ISDCF name of a DCP; checked with warnings, never refused") String dcpName,
            @Schema(nullable = true, description = "ON_DELIVERY MG instalment this deliverable is a condition of") UUID mgInstalmentId) {
    }

    @Schema(name = "DcpNameCheck", description = "An ISDCF naming report: the fields read and the warnings")
    public record DcpNameCheck(String name, Map<String, String> fields, List<String> warnings) {
    }

    @Schema(name = "DcpNameRequest")
    public record DcpNameRequest(@NotBlank @Size(max = 200) String name) {
    }

    @Schema(name = "QcTransition")
    public record QcTransitionDto(@Schema(nullable = true) QcState from, QcState to, @Schema(nullable = true) String note,
            Instant occurredAt, String actor) {
    }

    @Schema(name = "Deliverable")
    public record DeliverableDto(UUID id, UUID productionId, String recipient, DeliverableKind kind, LocalDate dueOn,
            TechnicalSpec spec, @Schema(nullable = true) String dcpName, @Schema(nullable = true) DcpNameCheck dcpNameCheck,
            QcState qcState, List<QcState> allowedNext, @Schema(nullable = true) UUID mgInstalmentId, long version,
            List<QcTransitionDto> history) {
    }

    @Schema(name = "DeliverablePage")
    public record DeliverablePage(List<DeliverableDto> items, int page, int size, long totalItems,
            @Schema(nullable = true) Integer nextPage) {
    }

    @Schema(name = "QcTransitionRequest")
    public record QcTransitionRequest(@NotNull QcState to, @Size(max = 2000) @Schema(nullable = true) String note) {
    }
}
