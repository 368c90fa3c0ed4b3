package fr.bobine.platform.crypto;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PersonalDataKeyRotation", description = "A re-encryption of the personal data under the active key")
public record KeyRotationDto(
        UUID id,
        @Schema(description = "The key every value ends under, the first of BOBINE_PERSONAL_DATA_KEYS") String targetKeyId,
        Status status,
        @Schema(description = "Who started it") String startedBy,
        Instant startedAt,
        @Schema(nullable = true, description = "When it was done or failed") Instant finishedAt,
        @Schema(description = "Values re-encrypted so far") long reEncrypted,
        @Schema(description = "Values still under an older key (0 once done)") long remaining,
        @Schema(nullable = true, description = "Why it failed") String failure) {

    @Schema(name = "PersonalDataKeyRotationStatus")
    public enum Status {
        RUNNING, DONE, FAILED
    }
}
