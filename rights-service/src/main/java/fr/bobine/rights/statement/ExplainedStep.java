package fr.bobine.rights.statement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "ExplainedStep", description = "One node a receipt's money passed: what reached it, what it took and why")
public record ExplainedStep(int order, String nodeId, String holder, String kind, Money reached, Money took, String reason) {
}
