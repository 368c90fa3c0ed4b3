package fr.bobine.crew.timesheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.bobine.crew.grid.Agreement;
import fr.bobine.crew.person.PersonKind;
import fr.bobine.crew.timesheet.rules.WeeklyLimits;
import fr.bobine.platform.audit.AuditTrail;
import fr.bobine.platform.http.PageRequest;
import fr.bobine.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;

/** The dated weekly limits: read for a date, added from a date (the previous ones close the day before). */
@ApplicationScoped
public class WeeklyWorkLimits {

    private static final BigDecimal WEEK_HOURS = BigDecimal.valueOf(168);

    @Inject
    AuditTrail audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public WeeklyWorkLimitPage page(PageRequest page) {
        var found = WeeklyWorkLimit.<WeeklyWorkLimit> findAll(Sort.by("agreement").and("staff").and("validFrom")).page(page.page,
                page.size);
        long total = found.count();
        return new WeeklyWorkLimitPage(found.list().stream().map(WeeklyWorkLimit::toDto).toList(), page.page, page.size, total,
                page.totalPages(total), page.nextPage(total));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<WeeklyWorkLimitDto> get(UUID id) {
        return WeeklyWorkLimit.<WeeklyWorkLimit> findByIdOptional(id).map(WeeklyWorkLimit::toDto);
    }

    /** The limits in force on {@code date} for an agreement and a kind of staff, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<WeeklyLimits.Limits> on(Agreement agreement, PersonKind staff, LocalDate date) {
        return WeeklyWorkLimit.<WeeklyWorkLimit> find("agreement = ?1 and staff = ?2 and validFrom <= ?3 and (validTo is null "
                + "or validTo >= ?3)", agreement, staff, date).firstResultOptional().map(WeeklyWorkLimit::limits);
    }

    @Transactional
    public WeeklyWorkLimitDto add(NewWeeklyWorkLimit request) {
        BigDecimal rest = hours("weeklyRestHours", request.weeklyRestHours());
        BigDecimal maximum = hours("maximumHours", request.maximumHours());
        BigDecimal derogation = hours("derogationMaximumHours", request.derogationMaximumHours());
        if (derogation.compareTo(maximum) < 0) {
            throw ProblemException.badRequest("derogationMaximumHours", "must not be below maximumHours");
        }
        for (WeeklyWorkLimit previous : WeeklyWorkLimit.<WeeklyWorkLimit> list("agreement = ?1 and staff = ?2 and validTo is null",
                request.agreement(), request.staff())) {
            if (!previous.validFrom.isBefore(request.validFrom())) {
                throw ProblemException.conflict("weekly limits of " + request.agreement() + " for " + request.staff()
                        + " in force from " + previous.validFrom + " already exist; new ones must start later");
            }
            previous.validTo = request.validFrom().minusDays(1);
        }
        WeeklyWorkLimit l = new WeeklyWorkLimit();
        l.id = UUID.randomUUID();
        l.agreement = request.agreement();
        l.staff = request.staff();
        l.weeklyRestHours = rest;
        l.maximumHours = maximum;
        l.derogationMaximumHours = derogation;
        l.validFrom = request.validFrom();
        l.source = request.source().strip();
        l.persist();
        audit.record("weekly-work-limit.create", "weekly_work_limit", l.id, null, l.toDto());
        return l.toDto();
    }

    private static BigDecimal hours(String field, String value) {
        BigDecimal hours = new BigDecimal(value);
        if (hours.signum() <= 0 || hours.compareTo(WEEK_HOURS) > 0) {
            throw ProblemException.badRequest(field, "must be more than 0 and at most 168 hours");
        }
        return hours;
    }
}
