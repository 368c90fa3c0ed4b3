package fr.bobine.budget.supplier;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.bobine.platform.audit.AuditTrail;
import fr.bobine.platform.crypto.PersonalDataCipher;
import fr.bobine.platform.identifiers.Iban;
import fr.bobine.platform.identifiers.Siret;
import fr.bobine.platform.http.PageRequest;
import fr.bobine.platform.http.Sorting;
import fr.bobine.platform.problem.ProblemException;

@ApplicationScoped
public class SupplierService {

    @Inject
    AuditTrail audit;

    @Inject
    PersonalDataCipher cipher;

    Clock clock = Clock.systemUTC();

    @Transactional
    public SupplierDto create(SupplierInput input, boolean fullIban) {
        String siret = Siret.normalize(input.siret());
        if (Supplier.count("siret", siret) > 0) {
            throw ProblemException.conflict("a supplier with SIRET " + siret + " already exists");
        }
        Supplier s = new Supplier();
        s.id = UUID.randomUUID();
        s.name = input.name().strip();
        s.siret = siret;
        s.vatNumber = input.vatNumber();
        s.ibanCiphertext = Iban.normalize(input.iban()).map(cipher::encrypt).orElse(null);
        s.createdAt = Instant.now(clock);
        s.persist();
        audit.record("supplier.created", "supplier", s.id, null, toDto(s, false));
        return toDto(s, fullIban);
    }

    /** Suppliers by name, optionally those whose name contains {@code name} (any case) or with this SIRET, one page. */
    /** The fields the list sorts by ({@code ?sort=}), by their name on the wire. */
    public static final Sorting SORTS = Sorting.of(Map.of("name", "name", "siret", "siret", "createdAt", "createdAt"));

    @Transactional(Transactional.TxType.SUPPORTS)
    public SupplierPage list(String name, String siret, String sort, PageRequest page, boolean fullIban) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (name != null && !name.isBlank()) {
            // the client's % and _ are letters of the name, not wildcards
            query.append(" and lower(name) like lower(:name) escape '!'");
            params.put("name", "%" + name.strip().replaceAll("[!%_]", "!$0") + "%");
        }
        if (siret != null && !siret.isBlank()) {
            query.append(" and siret = :siret");
            params.put("siret", Siret.normalize(siret));
        }
        var found = Supplier.<Supplier> find(query.toString(), SORTS.panache(sort, "name"), params).page(page.page, page.size);
        long total = found.count();
        return new SupplierPage(found.list().stream().map(s -> toDto(s, fullIban)).toList(), page.page, page.size, total,
                page.totalPages(total), page.nextPage(total));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SupplierDto get(UUID id, boolean fullIban) {
        return toDto(require(id), fullIban);
    }

    public static Supplier require(UUID id) {
        Supplier s = Supplier.findById(id);
        if (s == null) {
            throw ProblemException.notFound("supplier", id);
        }
        return s;
    }

    SupplierDto toDto(Supplier s, boolean fullIban) {
        String iban = s.ibanCiphertext == null ? null
                // recorded in clear before IBANs were encrypted, until the background job (KeyRotation) seals it
                : PersonalDataCipher.keyId(s.ibanCiphertext) == null ? s.ibanCiphertext : cipher.decrypt(s.ibanCiphertext);
        return new SupplierDto(s.id, s.name, s.siret, s.vatNumber, iban == null || fullIban ? iban : Iban.mask(iban), s.version);
    }
}
