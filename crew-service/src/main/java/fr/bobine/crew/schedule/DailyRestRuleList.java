package fr.bobine.crew.schedule;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DailyRestRuleList", description = "Dated daily-rest rules of the agreements")
public record DailyRestRuleList(List<DailyRestRuleDto> items) {
}
