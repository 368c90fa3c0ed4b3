package fr.bobine.rights.waterfall;

/**
 * What a receipt is. Exploitation receipts enter the waterfall at its entry; a minimum guarantee or a pre-sale is
 * money a distributor, sales agent or broadcaster pays the producer before the receipts it will recoup from, so it
 * enters where the producer's net receipts (RNPP) are measured (protocole du 16/12/2010, art. 3.2: "les préventes,
 * à-valoir et minima garantis seront intégralement reportés comme recettes nettes part producteur").
 */
public enum ReceiptKind {
    /** Receipts of an exploitation: box office, a TV licence fee, VOD sales... */
    EXPLOITATION,
    /** A minimum guarantee or advance (à-valoir) paid to the producer by a distributor or sales agent. */
    MINIMUM_GUARANTEE,
    /** A pre-sale: rights sold before completion, e.g. a broadcaster's pre-purchase. */
    PRE_SALE;

    /** MG and pre-sales: paid ahead of the receipts they will be recouped from. */
    public boolean isAdvance() {
        return this != EXPLOITATION;
    }
}
