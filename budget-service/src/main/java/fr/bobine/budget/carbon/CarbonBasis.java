package fr.bobine.budget.carbon;

/** Which statement a figure belongs to: the forecast (bilan prévisionnel) or the final one (bilan définitif). */
public enum CarbonBasis {
    FORECAST, FINAL
}
