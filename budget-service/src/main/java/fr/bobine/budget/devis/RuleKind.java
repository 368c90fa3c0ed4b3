package fr.bobine.budget.devis;

/** The percentage lines below the sub-total of a devis. */
public enum RuleKind {
    FRAIS_GENERAUX, IMPREVUS, PRODUCER_FEE, FRAIS_FINANCIERS, OTHER
}
