package fr.bobine.crew.timesheet.rules;

import java.math.BigDecimal;

/** One line of a week's pay: the item, the hours it covers and the gross amount, rounded half-up at the cent. */
public record PayLine(PayItem item, BigDecimal hours, BigDecimal amount) {
}
