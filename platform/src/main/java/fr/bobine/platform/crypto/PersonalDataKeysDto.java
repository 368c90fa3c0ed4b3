package fr.bobine.platform.crypto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PersonalDataKeys", description = "The personal-data keys of this service and how many values each holds")
public record PersonalDataKeysDto(
        @Schema(nullable = true, description = "The key new values are encrypted with; absent when none is configured")
        String activeKeyId,
        List<KeyUse> keys) {

    @Schema(name = "PersonalDataKeyUse")
    public record KeyUse(
            @Schema(description = "Key id; legacy for values written before keys had ids") String keyId,
            @Schema(description = "Whether the service holds this key") boolean configured,
            boolean active,
            @Schema(description = "Values encrypted with it") long values) {
    }
}
