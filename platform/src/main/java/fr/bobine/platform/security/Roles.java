package fr.bobine.platform.security;

/** The roles of ARCHITECTURE.md, as they appear in the token's {@code groups} claim. */
public final class Roles {

    public static final String PRODUCER = "producer";
    public static final String PRODUCTION_MANAGER = "production-manager";
    public static final String ACCOUNTANT = "accountant";
    public static final String PAYROLL = "payroll";
    public static final String RIGHTS_MANAGER = "rights-manager";
    public static final String DISTRIBUTION_MANAGER = "distribution-manager";
    /** Read-only everywhere. */
    public static final String AUDITOR = "auditor";

    public static final String[] ALL = { PRODUCER, PRODUCTION_MANAGER, ACCOUNTANT, PAYROLL, RIGHTS_MANAGER,
            DISTRIBUTION_MANAGER, AUDITOR };

    /**
     * Roles that see every production of the company: the producer runs the company and answers for every film; the
     * accountant keeps the company's books, which hold every production (one FEC per company); the auditor (statutory
     * auditor, CNC or a financier's) reads everything and changes nothing.
     */
    public static final java.util.Set<String> COMPANY_WIDE = java.util.Set.of(PRODUCER, ACCOUNTANT, AUDITOR);

    /**
     * Roles that act only on the productions a producer made the user a member of (or on every production, by a
     * company-wide grant): production managers are engaged film by film; payroll, rights and distribution staff are
     * given the films they handle, so that crew rates, people's data and deals stay with those who work on them.
     */
    public static final java.util.Set<String> PRODUCTION_SCOPED = java.util.Set.of(PRODUCTION_MANAGER, PAYROLL,
            RIGHTS_MANAGER, DISTRIBUTION_MANAGER);

    private Roles() {
    }
}
