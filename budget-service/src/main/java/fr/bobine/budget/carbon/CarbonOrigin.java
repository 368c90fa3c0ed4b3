package fr.bobine.budget.carbon;

/** Where a line of a statement comes from. */
public enum CarbonOrigin {
    /** activity data entered by the production (km, nights, kWh...) */
    ENTERED,
    /** the locked devis version's amount on a mapped account, counted with a monetary factor */
    DERIVED_FROM_DEVIS,
    /** the actual costs booked on a mapped account, counted with a monetary factor */
    DERIVED_FROM_ACTUALS
}
