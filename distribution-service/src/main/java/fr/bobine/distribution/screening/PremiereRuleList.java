package fr.bobine.distribution.screening;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PremiereRuleList", description = "Dated versions of the festival premiere rules")
public record PremiereRuleList(List<PremiereRuleDto> items) {
}
