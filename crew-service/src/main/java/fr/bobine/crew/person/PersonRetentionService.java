package fr.bobine.crew.person;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fr.bobine.platform.audit.AuditTrail;
import fr.bobine.platform.http.Etags;
import fr.bobine.platform.http.PageRequest;
import fr.bobine.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;

/**
 * A person's records over time: how long payroll records are kept (dated reference data) and the pseudonymisation of a
 * person once they have been kept long enough. The pseudonymised record keeps what the payroll history of the contracts,
 * timesheets and payroll lines needs, the id, the employee number and the kind (technician or artist, the annexe of the
 * hours reported), and nothing else: names, sex, NIR and its fingerprint, birth data, address, IBAN, Congés Spectacles
 * number, medical visit date, and the DPAE requests that quoted them, are erased.
 */
@ApplicationScoped
public class PersonRetentionService {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /**
     * The day of a person's last payroll record: the end of a signed or completed contract (its start when it has no end),
     * the cancellation of a cancelled one, the last change of a draft, a day worked, a payroll line frozen or adjusted;
     * the day the person was registered when there is none of those.
     */
    private static final String LAST_RECORDS = """
            select cast(p.id as text), p.employee_number, coalesce(greatest(
                (select max(case when c.status = 'CANCELLED' then cast(c.cancelled_at at time zone 'Europe/Paris' as date)
                                 when c.status = 'DRAFT' then cast(c.updated_at at time zone 'Europe/Paris' as date)
                                 else coalesce(c.end_date, c.start_date) end)
                 from contract c where c.person_id = p.id),
                (select max(d.work_date) from timesheet_day d where d.person_id = p.id),
                (select max(cast(l.created_at at time zone 'Europe/Paris' as date)) from payroll_input_line l
                 where l.employee_number = p.employee_number)), cast(p.created_at at time zone 'Europe/Paris' as date))
            from person p where p.pseudonymised_at is null""";

    @Inject
    PersonService people;

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager em;

    Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.SUPPORTS)
    public RetentionPeriodPage periods(PageRequest page) {
        var found = RetentionPeriod.<RetentionPeriod> findAll(Sort.by("code").and("validFrom")).page(page.page, page.size);
        long total = found.count();
        return new RetentionPeriodPage(found.list().stream().map(RetentionPeriod::toDto).toList(), page.page, page.size, total,
                page.totalPages(total), page.nextPage(total));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RetentionPeriodDto> period(UUID id) {
        return RetentionPeriod.<RetentionPeriod> findByIdOptional(id).map(RetentionPeriod::toDto);
    }

    @Transactional
    public RetentionPeriodDto addPeriod(NewRetentionPeriod request) {
        for (RetentionPeriod previous : RetentionPeriod.<RetentionPeriod> list("code = ?1 and validTo is null", request.code())) {
            if (!previous.validFrom.isBefore(request.validFrom())) {
                throw ProblemException.conflict("a period " + request.code() + " in force from " + previous.validFrom
                        + " already exists; a new one must start later");
            }
            previous.validTo = request.validFrom().minusDays(1);
        }
        RetentionPeriod r = new RetentionPeriod();
        r.id = UUID.randomUUID();
        r.code = request.code();
        r.years = request.years();
        r.validFrom = request.validFrom();
        r.source = request.source().strip();
        r.persist();
        audit.record("retention-period.create", "retention_period", r.id, null, r.toDto());
        return r.toDto();
    }

    /** People not pseudonymised yet whose payroll records are past their retention period on {@code on}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PseudonymisationCandidatePage candidates(LocalDate on, PageRequest page) {
        RetentionPeriod period = payrollPeriodOn(on);
        List<PseudonymisationCandidate> over = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(LAST_RECORDS + " order by p.employee_number").getResultList();
        for (Object[] row : rows) {
            LocalDate last = date(row[2]);
            if (PayrollRetention.over(last, period.years, on)) {
                over.add(new PseudonymisationCandidate(UUID.fromString((String) row[0]), (String) row[1], last,
                        PayrollRetention.lastDay(last, period.years)));
            }
        }
        int from = Math.min(page.offset(), over.size());
        int to = Math.min(from + page.size, over.size());
        return new PseudonymisationCandidatePage(over.subList(from, to), page.page, page.size, over.size(),
                page.totalPages(over.size()), page.nextPage(over.size()));
    }

    /**
     * Pseudonymises a person under If-Match once the retention period of payroll records in force today has run since
     * their last payroll record (422 before, naming the last day); 409 when already done. Audited without values.
     */
    @Transactional
    public PersonDto pseudonymise(UUID personId, String ifMatch) {
        Person p = Person.<Person> findByIdOptional(personId).orElseThrow(() -> ProblemException.notFound("person", personId));
        Etags.requireMatch(ifMatch, p.version);
        if (p.pseudonymisedAt != null) {
            throw ProblemException.conflict("person " + p.employeeNumber + " was pseudonymised on " + p.pseudonymisedAt);
        }
        LocalDate today = LocalDate.now(clock.withZone(PARIS));
        RetentionPeriod period = payrollPeriodOn(today);
        Object[] row = (Object[]) em.createNativeQuery(LAST_RECORDS + " and p.id = ?1").setParameter(1, personId)
                .getSingleResult();
        LocalDate last = date(row[2]);
        LocalDate keptUntil = PayrollRetention.lastDay(last, period.years);
        if (!PayrollRetention.over(last, period.years, today)) {
            throw ProblemException.businessRule("retention-period-running", "the payroll records of " + p.employeeNumber
                    + " are kept until " + keptUntil + ", " + period.years + " years after the last of them (" + last + "; "
                    + period.source + ")");
        }
        p.lastName = p.employeeNumber;
        p.firstNames = "";
        p.sex = null;
        p.nirFingerprint = null;
        p.personalData = null;
        p.congesSpectaclesNumber = null;
        p.medicalVisitDate = null;
        p.pseudonymisedAt = Instant.now(clock);
        p.updatedAt = p.pseudonymisedAt;
        p.persistAndFlush();
        int requests = em.createNativeQuery("""
                update dpae_transmission set request_body = null, response_body = null
                where dpae_id in (select d.id from dpae d join contract c on c.id = d.contract_id where c.person_id = ?1)""")
                .setParameter(1, personId).executeUpdate();
        audit.record("person.pseudonymise", "person", p.id, null, Map.of("employeeNumber", p.employeeNumber,
                "lastPayrollRecord", last.toString(), "keptUntil", keptUntil.toString(), "dpaeRequestsErased", requests,
                "retention", period.years + " years, " + period.source));
        return people.view(p);
    }

    private RetentionPeriod payrollPeriodOn(LocalDate day) {
        Optional<RetentionPeriod> period = RetentionPeriod.<RetentionPeriod> find("code = ?1 and validFrom <= ?2 and "
                + "(validTo is null or validTo >= ?2)", Sort.descending("validFrom"), RetentionPeriod.PAYROLL_RECORDS, day)
                .firstResultOptional();
        return period.orElseThrow(() -> ProblemException.businessRule("retention-period-missing", "no retention period "
                + RetentionPeriod.PAYROLL_RECORDS + " is in force on " + day + "; add one under /reference/retention-periods"));
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
