package fr.bobine.crew.contract;

/** How often an allowance is due: each worked day, each week of the contract, or once. */
public enum AllowanceBasis {
    PER_WORKED_DAY, PER_WEEK, FLAT
}
