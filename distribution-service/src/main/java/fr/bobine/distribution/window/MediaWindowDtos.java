package fr.bobine.distribution.window;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class MediaWindowDtos {

    private MediaWindowDtos() {
    }

    @Schema(name = "MediaWindow", description = "A window of the French media chronology, dated by the accord that sets it")
    public record MediaWindowDto(
            @NotBlank @Pattern(regexp = "[A-Z0-9_]{2,40}") @Schema(example = "SVOD_NETFLIX") String code,
            @NotBlank String accord,
            @NotNull RightsMedia media,
            @NotNull @Min(0) @Max(120) Integer monthsAfterRelease,
            @NotNull @Schema(description = "The window a contract of this media gets when it names none") Boolean defaultForMedia,
            @Schema(nullable = true) String condition,
            @NotNull @Schema(description = "False where the notes could not confirm the figure") Boolean verified,
            @NotNull LocalDate validFrom,
            @Schema(nullable = true) LocalDate validTo) {

        static MediaWindowDto of(MediaWindow w) {
            return new MediaWindowDto(w.code(), w.accord(), w.media(), w.monthsAfterRelease(), w.defaultForMedia(),
                    w.condition(), w.verified(), w.validFrom(), w.validTo());
        }
    }

    @Schema(name = "WindowOpening")
    public record WindowOpening(MediaWindowDto window, LocalDate opensOn) {
    }

    @Schema(name = "ProductionWindows", description = "Opening date of each window from the French theatrical release")
    public record ProductionWindows(UUID productionId, LocalDate frenchReleaseDate, List<WindowOpening> windows) {
    }
}
