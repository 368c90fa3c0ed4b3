package fr.bobine.budget.financing;

/** Where the money of a film comes from (shared/domain/budget.md §2.1). */
public enum FinancingKind {
    PRODUCER_CONTRIBUTION(false), AUTOMATIC_SUPPORT(true), AVANCE_SUR_RECETTES(true), REGIONAL_AID(true),
    TV_PRESALE(false), SOFICA(false), DISTRIBUTOR_MINIMUM_GUARANTEE(false), INTERNATIONAL_SALES(false), TAX_CREDIT(true),
    CO_PRODUCER_SHARE(false), OTHER(false);

    /** Whether the source counts as public aid by default (tax credits do, per the 50 %/60 % ceiling). */
    public final boolean publicAid;

    FinancingKind(boolean publicAid) {
        this.publicAid = publicAid;
    }
}
