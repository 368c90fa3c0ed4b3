package fr.bobine.budget.invoice;

/** MATCHED: order, receipt and invoice agree within the tolerance; MISMATCHED: open, with the reasons. */
public enum InvoiceStatus {
    MATCHED, MISMATCHED
}
