package fr.bobine.rights.waterfall;

/**
 * What a position takes from the money that reaches it (blockframes' right types, extended for French authors'
 * statements: public-price base and per-ticket amounts, blockframes issue #9939).
 */
public enum PositionKind {
    /** The exhibitor's or platform's share: {@code rate} of what reaches it. */
    EXHIBITOR_SHARE,
    PLATFORM_SHARE,
    /** A tax included in the price (VAT): what reaches it × rate / (1 + rate). */
    TAX_INCLUDED,
    /** A tax on the ticket price (TSA): {@code rate} of the receipt's gross, from what reaches it. */
    TAX_ON_GROSS,
    /** A commission: {@code rate} of what reaches it, up to {@code cap}; {@code authorsCommissionCap} feeds authors' RNPP. */
    COMMISSION,
    /** Recoupable expenses: 100% until min(sum of capped expenses, cap) + sum of uncapped expenses is recouped. */
    EXPENSES,
    /** Recoupment of a minimum guarantee: 100% until {@code amount} is recouped. */
    MG_RECOUPMENT,
    /** A fixed amount: 100% until {@code amount} is paid. */
    FIXED_AMOUNT,
    /** A corridor: {@code rate} of what reaches it, up to {@code cap}, before the steps after it. */
    CORRIDOR,
    /** {@code rate} of the receipt's gross (first-euro), paid from what reaches it; unpaid entitlement carries over. */
    PERCENT_OF_GROSS,
    /** {@code rate} of what reaches it (net). */
    PERCENT_OF_NET,
    /** Investment recoupment: 100% until amount × (1 + premium) or amount plus interest (simple or compound) is paid. */
    INVESTMENT,
    /** The producer's net receipts (RNPP): takes nothing, measures what reaches it for the authors after it. */
    RNPP,
    /** An author's {@code rate} of RNPP (commission counted at the 2010 protocol cap); {@code amount} = advance paid. */
    AUTHOR_RNPP,
    /** An author's {@code rate} of the public price (CPI L132-25); {@code amount} = advance paid. */
    AUTHOR_PUBLIC_PRICE,
    /** {@code amount} per admission (e.g. 0.10 EUR a ticket). */
    PER_TICKET,
    /** Everything that reaches it. */
    RESIDUAL
}
