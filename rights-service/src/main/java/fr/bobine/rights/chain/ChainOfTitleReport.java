package fr.bobine.rights.chain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.rights.availability.RightsMedia;

@Schema(name = "ChainOfTitle", description = "Every work of the production, its contracts and the gaps; complete when there is no gap")
public record ChainOfTitleReport(UUID productionId, String productionTitle, LocalDate plannedRelease, List<RightsMedia> neededMedia,
        List<String> neededTerritories, boolean complete, List<ChainLink> works, List<ChainGap> gaps) {
}
