package fr.bobine.rights.waterfall;

/**
 * Which definition of the producer's net receipts (RNPP) an author's or performer's percentage is computed on. They
 * differ on two points the engine applies: whether an MG or pre-sale that is part of the final financing plan counts
 * when received, and whether the distributor's commission is counted at most at the 2010 protocol's cap (25% of the
 * distributor's gross without MG, 35% with one; the COMMISSION position's {@code authorsCommissionCap}). A position can
 * override the first point with {@code countsFinancing}: the audiovisual authors' rule is not confirmed
 * (shared/domain/rights.md).
 */
public enum RnppDefinition {
    /**
     * Cinema, protocole d'accord du 16/12/2010 (arrêté du 7/2/2011), art. 3.2: pre-sales, à-valoir and MG count in full
     * as RNPP when received, later receipts only beyond them; commission counted at most at the protocol's cap.
     */
    CINEMA_2010(true, true),
    /**
     * Audiovisual authors, RNPP-A of the accord du 6 juillet 2017 (art. 3-B): gross receipts less the exploitation costs
     * and commissions that can be set against authors. Financing of the final financing plan is not counted by
     * default (unconfirmed reading, in line with RNPP-AI; set countsFinancing on the position to change it).
     */
    AUDIOVISUAL_AUTHORS_2017(false, false),
    /**
     * Audiovisual performers, RNPP-AI of the collective agreement of performers (art. 12.1): gross receipts less
     * commissions and exploitation costs; "les financements figurant au plan de financement définitif d'une émission
     * ne sont pas constitutifs de recettes".
     */
    AUDIOVISUAL_PERFORMERS(false, false);

    private final boolean countsFinancing;
    private final boolean protocolCommissionCap;

    RnppDefinition(boolean countsFinancing, boolean protocolCommissionCap) {
        this.countsFinancing = countsFinancing;
        this.protocolCommissionCap = protocolCommissionCap;
    }

    /** Whether an MG or pre-sale of the final financing plan counts, unless the position says otherwise. */
    public boolean countsFinancing() {
        return countsFinancing;
    }

    /** Whether commission above the 2010 protocol's cap is added back to the base. */
    public boolean protocolCommissionCap() {
        return protocolCommissionCap;
    }
}
