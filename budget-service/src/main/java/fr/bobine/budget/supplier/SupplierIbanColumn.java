package fr.bobine.budget.supplier;

import jakarta.enterprise.context.ApplicationScoped;

import fr.bobine.platform.crypto.EncryptedColumn;

/**
 * Suppliers' IBANs are encrypted like crew's personal data; those recorded in clear before are encrypted in the
 * background as soon as the service runs with a key, and a key rotation re-encrypts them all.
 */
@ApplicationScoped
public class SupplierIbanColumn implements EncryptedColumn {

    @Override
    public String table() {
        return "supplier";
    }

    @Override
    public String column() {
        return "iban";
    }

    @Override
    public boolean mayHoldClearText() {
        return true;
    }
}
