package fr.bobine.rights.chain;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChainOfTitleGap", description = "A hole in the chain of title, with the work and contract concerned")
public record ChainGap(GapKind kind, UUID workId, String workTitle, @Schema(nullable = true) UUID contractId, String detail) {
}
