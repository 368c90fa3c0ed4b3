package fr.bobine.budget.accounting;

/** The two credit sides of the payroll entry: the gross salaries due to the crew and the charges due to the bodies. */
public enum PayrollAccountKind {
    GROSS, CHARGES
}
