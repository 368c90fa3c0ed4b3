package fr.bobine.budget.cashflow;

/** What a movement of the cash-flow plan is, and which way the money goes. */
public enum CashCategory {
    /** Financing instalments of confirmed or received sources (and MG instalments that fell due). */
    FINANCING(Direction.IN),
    /** Supplier invoices at their gross (VAT included): the unpaid part on the due date, payments on their date. */
    SUPPLIER_INVOICES(Direction.OUT),
    /** The part of purchase orders not invoiced yet, VAT added at the production's rate, at order date + terms. */
    PURCHASE_ORDERS(Direction.OUT),
    /** Crew gross pay: approved weeks and the open part of signed contracts, on the salary payment date. */
    SALARIES(Direction.OUT),
    /** Employer contributions on that pay, on the contributions payment date. */
    SOCIAL_CHARGES(Direction.OUT),
    /** Amounts due to rights holders on issued statements. */
    RIGHTS_STATEMENTS(Direction.OUT);

    public enum Direction {
        IN, OUT
    }

    public final Direction direction;

    CashCategory(Direction direction) {
        this.direction = direction;
    }
}
