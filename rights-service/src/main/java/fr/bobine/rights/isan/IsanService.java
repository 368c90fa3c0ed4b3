package fr.bobine.rights.isan;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.bobine.platform.audit.AuditTrail;
import fr.bobine.platform.problem.ProblemException;
import fr.bobine.rights.production.ProductionCopy;

@ApplicationScoped
public class IsanService {

    @Inject
    AuditTrail audit;

    /** Registers (or replaces) the production's ISAN; refused unless both check characters are right. */
    @Transactional
    public IsanDto register(UUID productionId, NewIsan request) {
        if (ProductionCopy.findById(productionId) == null) {
            throw ProblemException.notFound("production", productionId);
        }
        Isan isan;
        try {
            isan = Isan.parse(request.isan());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("isan", e.getMessage());
        }
        IsanRegistration registration = IsanRegistration.findById(productionId);
        IsanDto before = registration == null ? null : toDto(registration);
        if (registration == null) {
            registration = new IsanRegistration();
            registration.productionId = productionId;
        }
        registration.root = isan.root();
        registration.episode = isan.episode();
        registration.isanVersion = isan.version();
        registration.formatted = isan.formatted();
        registration.registeredAt = Instant.now();
        registration.persist();
        IsanDto after = toDto(registration);
        audit.record("isan.register", "production-isan", productionId, before, after);
        return after;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<IsanDto> find(UUID productionId) {
        return Optional.ofNullable(IsanRegistration.<IsanRegistration> findById(productionId)).map(IsanService::toDto);
    }

    private static IsanDto toDto(IsanRegistration r) {
        return new IsanDto(r.productionId, r.formatted, r.root, r.episode, r.isanVersion, r.registeredAt);
    }
}
