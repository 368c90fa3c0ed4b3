package fr.bobine.rights.waterfall;

import java.math.BigDecimal;

/** A recoupable expense; {@code capped} ones count towards the position's cap, the others are added in full. */
public record Expense(String label, BigDecimal amount, boolean capped) {
}
