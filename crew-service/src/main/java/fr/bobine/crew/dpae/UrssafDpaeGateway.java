package fr.bobine.crew.dpae;

/**
 * Sends a FR_DUE_Upload document to URSSAF's DPAE EDI deposit and returns the flow id. The real endpoint needs the
 * producer's credentials (crew.md §1.3); the default implementation records the request and returns a local id.
 */
public interface UrssafDpaeGateway {

    record Deposit(String endpoint, String fluxId, String response) {
    }

    Deposit deposit(String xml);
}
