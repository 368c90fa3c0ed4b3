package fr.bobine.rights.cuesheet;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.rights.work.Society;

@Schema(name = "CueParty", description = "An author, composer or publisher of a cue with its shares in percent (e.g. \"33.34\")")
public record CueParty(
        @NotBlank String name,
        @NotNull PartyRole role,
        @Schema(description = "IPI name number (11 digits) or IPI base number (I-999999999-9)") String ipi,
        Society society,
        @NotNull @Schema(description = "Share of the performing right, percent") BigDecimal performingShare,
        @Schema(description = "Share of the mechanical right, percent; absent when not split") BigDecimal mechanicalShare) {
}
