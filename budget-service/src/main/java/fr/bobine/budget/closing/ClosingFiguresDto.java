package fr.bobine.budget.closing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "ClosingFigures", description = "Locked budget, executed (actual) cost and variance = budget − executed, "
        + "positive a saving, negative an overrun")
public record ClosingFiguresDto(Money budget, Money executed, Money variance) {

    static ClosingFiguresDto of(FinalCost.Figures f, String currency) {
        return new ClosingFiguresDto(new Money(f.budget(), currency), new Money(f.executed(), currency),
                new Money(f.variance(), currency));
    }
}
