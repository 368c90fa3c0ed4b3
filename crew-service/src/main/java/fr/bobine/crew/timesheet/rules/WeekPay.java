package fr.bobine.crew.timesheet.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The computed week: one line per payroll item, and the total of the (already rounded) lines. */
public record WeekPay(List<PayLine> lines, BigDecimal hours) {

    public BigDecimal gross() {
        return lines.stream().map(PayLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Optional<PayLine> line(PayItem item) {
        return lines.stream().filter(l -> l.item() == item).findFirst();
    }
}
