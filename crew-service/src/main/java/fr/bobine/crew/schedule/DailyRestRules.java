package fr.bobine.crew.schedule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.bobine.crew.grid.Agreement;
import fr.bobine.crew.person.PersonKind;
import fr.bobine.platform.audit.AuditTrail;
import fr.bobine.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;

/** The dated daily-rest rules: read for a date, added from a date (the previous one closes the day before). */
@ApplicationScoped
public class DailyRestRules {

    private static final BigDecimal MAX_PREMIUM = new BigDecimal("3.00");

    @Inject
    AuditTrail audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DailyRestRuleDto> all() {
        return DailyRestRule.<DailyRestRule> listAll(Sort.by("agreement").and("staff").and("validFrom")).stream()
                .map(DailyRestRule::toDto).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<DailyRest.Terms> on(Agreement agreement, PersonKind staff, LocalDate date) {
        return DailyRestRule.<DailyRestRule> find("agreement = ?1 and staff = ?2 and validFrom <= ?3 and (validTo is null or validTo >= ?3)",
                agreement, staff, date).firstResultOptional().map(DailyRestRule::terms);
    }

    @Transactional
    public DailyRestRuleDto add(NewDailyRestRule request) {
        if (request.floorMinutes() > request.restMinutes()) {
            throw ProblemException.badRequest("floorMinutes", "must not be above restMinutes");
        }
        // timesheets and calls are kept in quarter hours: a rest off the quarter would make fractional encroaching hours
        if (request.restMinutes() % 15 != 0) {
            throw ProblemException.badRequest("restMinutes", "must be a whole number of quarter hours");
        }
        if (request.floorMinutes() % 15 != 0) {
            throw ProblemException.badRequest("floorMinutes", "must be a whole number of quarter hours");
        }
        BigDecimal premium = request.premiumRate() == null ? null : new BigDecimal(request.premiumRate()).setScale(2);
        if (premium != null && premium.compareTo(MAX_PREMIUM) > 0) {
            throw ProblemException.badRequest("premiumRate", "must not be above " + MAX_PREMIUM);
        }
        for (DailyRestRule previous : DailyRestRule.<DailyRestRule> list("agreement = ?1 and staff = ?2 and validTo is null",
                request.agreement(), request.staff())) {
            if (!previous.validFrom.isBefore(request.validFrom())) {
                throw ProblemException.conflict("a daily rest rule of " + request.agreement() + " for " + request.staff()
                        + " in force from " + previous.validFrom + " already exists");
            }
            previous.validTo = request.validFrom().minusDays(1);
        }
        DailyRestRule r = new DailyRestRule();
        r.id = UUID.randomUUID();
        r.agreement = request.agreement();
        r.staff = request.staff();
        r.restMinutes = request.restMinutes();
        r.floorMinutes = request.floorMinutes();
        r.reductionsPerWeek = request.reductionsPerWeek();
        r.premiumRate = premium;
        r.validFrom = request.validFrom();
        r.source = request.source().strip();
        r.persist();
        audit.record("daily-rest-rule.create", "daily_rest_rule", r.id, null, r.toDto());
        return r.toDto();
    }
}
