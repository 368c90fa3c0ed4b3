package fr.bobine.rights.availability;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Rights granted together: media x territories x languages x term x exclusivity, with the holdbacks agreed. */
@Schema(name = "RightsBlock", description = "Media x territories (ISO 3166-1 alpha-2 or WW) x languages (empty: all) x term x exclusivity")
public record RightsBlock(
        @NotEmpty List<RightsMedia> media,
        @NotEmpty List<String> territories,
        @Schema(description = "ISO 639-1 language codes; empty or absent means every language") List<String> languages,
        @NotNull LocalDate termStart,
        @NotNull LocalDate termEnd,
        boolean exclusive,
        List<Holdback> holdbacks) {

    public RightsBlock {
        languages = languages == null ? List.of() : List.copyOf(languages);
        holdbacks = holdbacks == null ? List.of() : List.copyOf(holdbacks);
    }

    public boolean coversLanguage(String language) {
        return languages.isEmpty() || language == null || languages.contains(language);
    }
}
