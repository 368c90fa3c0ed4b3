package fr.bobine.distribution.festival;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.distribution.festival.FestivalDtos.UpcomingDeadline;

@Schema(name = "UpcomingDeadlineList", description = "Deadline tiers closing in the period asked, soonest first")
public record UpcomingDeadlineList(List<UpcomingDeadline> items) {
}
