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

    private Roles() {
    }
}
