package fr.bobine.rights.waterfall;

/** What an investment's interest runs on. */
public enum InterestBase {
    /** The whole amount invested, until it is recouped with its interest (blockframes interest.ts). */
    INVESTED,
    /**
     * What is still owed: interest accrues between receipts on the principal not yet repaid (and, compound, on the
     * interest capitalised on each anniversary); a repayment pays the interest accrued first, then the principal.
     */
    OUTSTANDING
}
