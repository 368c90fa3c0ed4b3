package fr.bobine.budget.costreport;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "CostFigures", description = "The readings of a cost report line or total; variance = budget − estimated final "
        + "cost, positive under budget, negative over")
public record CostFiguresDto(Money budget, Money committed, Money actual, Money costToDate, Money estimateToComplete,
        Money estimatedFinalCost, Money variance) {

    static CostFiguresDto of(CostReport.Figures f, String currency) {
        return new CostFiguresDto(new Money(f.budget(), currency), new Money(f.committed(), currency),
                new Money(f.actual(), currency), new Money(f.costToDate(), currency),
                new Money(f.estimateToComplete(), currency), new Money(f.estimatedFinalCost(), currency),
                new Money(f.variance(), currency));
    }
}
