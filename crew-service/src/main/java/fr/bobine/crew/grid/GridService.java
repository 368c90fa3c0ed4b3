package fr.bobine.crew.grid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.bobine.platform.audit.AuditTrail;
import fr.bobine.platform.http.PageRequest;
import fr.bobine.platform.money.Money;
import fr.bobine.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;

/** Positions, salary minima and employer rates: reference data read by date. */
@ApplicationScoped
public class GridService {

    @Inject
    AuditTrail audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PositionDto> positions(Agreement agreement) {
        var found = agreement == null ? Position.<Position> listAll(Sort.by("code"))
                : Position.<Position> list("agreement", Sort.by("code"), agreement);
        return found.stream().map(Position::toDto).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PositionDto> position(String code) {
        return Position.<Position> findByIdOptional(code).map(Position::toDto);
    }

    @Transactional
    public PositionDto createPosition(PositionDto request) {
        if (Position.findById(request.code()) != null) {
            throw ProblemException.conflict("position " + request.code() + " already exists");
        }
        Position p = new Position();
        p.code = request.code();
        p.label = request.label().strip();
        p.agreement = request.agreement();
        p.annexe = request.annexe();
        p.cadre = request.cadre();
        p.setCraft = request.setCraft();
        p.persist();
        audit.record("position.create", "position", p.code, null, p.toDto());
        return p.toDto();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SalaryMinimumDto> minimums(String positionCode) {
        return SalaryMinimum.<SalaryMinimum> list("positionCode", Sort.by("engagement").and("weeklyHours").and("validFrom"),
                positionCode).stream().map(SalaryMinimum::toDto).toList();
    }

    /** The minimum in force on {@code date} for this position and engagement (weekly: for the weekly hours). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<BigDecimal> minimumOn(String positionCode, Engagement engagement, Integer weeklyHours, LocalDate date) {
        String hours = engagement == Engagement.WEEKLY ? " and weeklyHours = :hours" : "";
        var params = new java.util.HashMap<String, Object>(Map.of("code", positionCode, "engagement", engagement, "date", date));
        if (engagement == Engagement.WEEKLY) {
            params.put("hours", weeklyHours);
        }
        return SalaryMinimum.<SalaryMinimum> find("positionCode = :code and engagement = :engagement" + hours
                + " and validFrom <= :date and (validTo is null or validTo >= :date)", Sort.descending("validFrom"), params)
                .firstResultOptional().map(m -> m.amount);
    }

    @Transactional
    public SalaryMinimumDto addMinimum(NewSalaryMinimum request) {
        position(request.positionCode()).orElseThrow(() -> ProblemException.notFound("position", request.positionCode()));
        if (request.engagement() == Engagement.WEEKLY && (request.weeklyHours() == null
                || (request.weeklyHours() != 35 && request.weeklyHours() != 39))) {
            throw ProblemException.badRequest("weeklyHours", "a weekly minimum is for 35 or 39 hours");
        }
        if (request.engagement() == Engagement.DAILY && request.weeklyHours() != null) {
            throw ProblemException.badRequest("weeklyHours", "a daily minimum has no weekly hours");
        }
        if (!Money.EUR.equals(request.amount().currency()) || request.amount().signum() <= 0) {
            throw ProblemException.badRequest("amount", "must be a positive amount in EUR");
        }
        Integer hours = request.weeklyHours();
        List<SalaryMinimum> current = SalaryMinimum.list("positionCode = ?1 and engagement = ?2 and "
                + (hours == null ? "weeklyHours is null" : "weeklyHours = ?3") + " and validTo is null",
                hours == null ? new Object[] { request.positionCode(), request.engagement() }
                        : new Object[] { request.positionCode(), request.engagement(), hours });
        for (SalaryMinimum previous : current) {
            if (!previous.validFrom.isBefore(request.validFrom())) {
                throw ProblemException.conflict("a minimum in force from " + previous.validFrom + " already exists; a new one must start later");
            }
            previous.validTo = request.validFrom().minusDays(1);
        }
        SalaryMinimum m = new SalaryMinimum();
        m.id = UUID.randomUUID();
        m.positionCode = request.positionCode();
        m.engagement = request.engagement();
        m.weeklyHours = hours;
        m.amount = request.amount().amount();
        m.validFrom = request.validFrom();
        m.source = request.source();
        m.persist();
        audit.record("salary-minimum.create", "salary_minimum", m.id, null, m.toDto());
        return m.toDto();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EmployerCostRateDto> employerRates() {
        return EmployerCostRate.<EmployerCostRate> listAll(Sort.by("code").and("validFrom")).stream()
                .map(EmployerCostRate::toDto).toList();
    }

    /** The rates in force on {@code date}, summed: the employer-cost estimate is gross × (1 + this). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BigDecimal employerRateOn(LocalDate date) {
        return EmployerCostRate.<EmployerCostRate> list("validFrom <= ?1 and (validTo is null or validTo >= ?1)", date).stream()
                .map(r -> r.rate).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Transactional
    public EmployerCostRateDto addEmployerRate(NewEmployerCostRate request) {
        for (EmployerCostRate previous : EmployerCostRate.<EmployerCostRate> list("code = ?1 and validTo is null", request.code())) {
            if (!previous.validFrom.isBefore(request.validFrom())) {
                throw ProblemException.conflict("a rate " + request.code() + " in force from " + previous.validFrom + " already exists");
            }
            previous.validTo = request.validFrom().minusDays(1);
        }
        EmployerCostRate r = new EmployerCostRate();
        r.id = UUID.randomUUID();
        r.code = request.code();
        r.label = request.label();
        r.rate = new BigDecimal(request.rate());
        r.validFrom = request.validFrom();
        r.source = request.source();
        r.persist();
        audit.record("employer-cost-rate.create", "employer_cost_rate", r.id, null, r.toDto());
        return r.toDto();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PayGuaranteePage guarantees(PageRequest page) {
        var found = PayGuarantee.<PayGuarantee> findAll(Sort.by("agreement").and("engagement").and("validFrom")).page(page.page,
                page.size);
        long total = found.count();
        return new PayGuaranteePage(found.list().stream().map(PayGuarantee::toDto).toList(), page.page, page.size, total,
                page.totalPages(total), page.nextPage(total));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PayGuaranteeDto> guarantee(UUID id) {
        return PayGuarantee.<PayGuarantee> findByIdOptional(id).map(PayGuarantee::toDto);
    }

    /** The guarantee in force on {@code date} for an agreement and an engagement, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PayGuaranteeDto> guaranteeOn(Agreement agreement, Engagement engagement, LocalDate date) {
        return PayGuarantee.<PayGuarantee> find("agreement = ?1 and engagement = ?2 and validFrom <= ?3 and (validTo is null "
                + "or validTo >= ?3)", Sort.descending("validFrom"), agreement, engagement, date).firstResultOptional()
                .map(PayGuarantee::toDto);
    }

    @Transactional
    public PayGuaranteeDto addGuarantee(NewPayGuarantee request) {
        BigDecimal weekly = hours("weeklyHours", request.weeklyHours());
        BigDecimal sixDays = hours("sixDayWeekHours", request.sixDayWeekHours());
        BigDecimal daily = hours("dailyHours", request.dailyHours());
        if (request.engagement() == Engagement.WEEKLY && daily != null) {
            throw ProblemException.badRequest("dailyHours", "a weekly engagement is guaranteed weekly hours");
        }
        if (request.engagement() == Engagement.DAILY && (weekly != null || sixDays != null || request.contractWeeklyHours())) {
            throw ProblemException.badRequest(weekly != null ? "weeklyHours" : sixDays != null ? "sixDayWeekHours"
                    : "contractWeeklyHours", "a day engagement is guaranteed daily hours");
        }
        for (PayGuarantee previous : PayGuarantee.<PayGuarantee> list("agreement = ?1 and engagement = ?2 and validTo is null",
                request.agreement(), request.engagement())) {
            if (!previous.validFrom.isBefore(request.validFrom())) {
                throw ProblemException.conflict("a guarantee in force from " + previous.validFrom + " already exists; a new one "
                        + "must start later");
            }
            previous.validTo = request.validFrom().minusDays(1);
        }
        PayGuarantee g = new PayGuarantee();
        g.id = UUID.randomUUID();
        g.agreement = request.agreement();
        g.engagement = request.engagement();
        g.weeklyHours = weekly;
        g.contractWeeklyHours = request.contractWeeklyHours();
        g.sixDayWeekHours = sixDays;
        g.dailyHours = daily;
        g.validFrom = request.validFrom();
        g.source = request.source().strip();
        g.persist();
        audit.record("pay-guarantee.create", "pay_guarantee", g.id, null, g.toDto());
        return g.toDto();
    }

    private static BigDecimal hours(String field, String value) {
        if (value == null) {
            return null;
        }
        BigDecimal hours = new BigDecimal(value);
        if (hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(60)) > 0) {
            throw ProblemException.badRequest(field, "must be more than 0 and at most 60 hours");
        }
        return hours;
    }
}
