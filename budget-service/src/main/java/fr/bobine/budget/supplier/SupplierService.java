package fr.bobine.budget.supplier;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.bobine.platform.audit.AuditTrail;
import fr.bobine.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class SupplierService {

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    @Transactional
    public SupplierDto create(SupplierInput input, boolean fullIban) {
        if (Supplier.count("siret", input.siret()) > 0) {
            throw ProblemException.conflict("a supplier with SIRET " + input.siret() + " already exists");
        }
        Supplier s = new Supplier();
        s.id = UUID.randomUUID();
        s.name = input.name().strip();
        s.siret = input.siret();
        s.vatNumber = input.vatNumber();
        s.iban = input.iban();
        s.createdAt = Instant.now(clock);
        s.persist();
        audit.record("supplier.created", "supplier", s.id, null, toDto(s, false));
        return toDto(s, fullIban);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SupplierList list(boolean fullIban) {
        return new SupplierList(Supplier.<Supplier> listAll(Sort.by("name").and("id")).stream()
                .map(s -> toDto(s, fullIban)).toList());
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

    static SupplierDto toDto(Supplier s, boolean fullIban) {
        return new SupplierDto(s.id, s.name, s.siret, s.vatNumber, fullIban ? s.iban : mask(s.iban), s.version);
    }

    /** FR7630006000011234567890189 becomes FR76…0189: enough to recognise the account, not to use it. */
    static String mask(String iban) {
        if (iban == null) {
            return null;
        }
        return iban.substring(0, 4) + "…" + iban.substring(iban.length() - 4);
    }
}
