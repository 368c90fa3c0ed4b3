package fr.bobine.crew.payroll;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fr.bobine.crew.contract.Allowance;
import fr.bobine.crew.contract.ContractCost;
import fr.bobine.crew.contract.ContractDto;
import fr.bobine.crew.contract.ContractService;
import fr.bobine.crew.person.PersonService;
import fr.bobine.crew.production.ProductionCopy;
import fr.bobine.crew.timesheet.TimesheetDto;
import fr.bobine.crew.timesheet.TimesheetLineDto;
import fr.bobine.crew.timesheet.TimesheetService;
import fr.bobine.platform.audit.AuditTrail;
import fr.bobine.platform.money.Money;
import fr.bobine.platform.problem.ProblemException;

@ApplicationScoped
public class PayrollService {

    @Inject
    TimesheetService timesheets;

    @Inject
    ContractService contracts;

    @Inject
    PersonService people;

    @Inject
    PayrollPeriods periods;

    @Inject
    EntityManager em;

    @Inject
    javax.sql.DataSource dataSource;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    private record Key(String employeeNumber, LocalDate contractStart, UUID contractId, String itemCode) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PayrollInputsDto inputs(UUID productionId, String period) {
        YearMonth month = PayrollPeriods.parse(period);
        requireProduction(productionId);
        if (periods.isClosed(productionId, period)) {
            return new PayrollInputsDto(productionId, period, PeriodStatus.CLOSED, frozen(productionId, period), null).withTotal();
        }
        return new PayrollInputsDto(productionId, period, PeriodStatus.OPEN, compute(productionId, month), null).withTotal();
    }

    /** Freezes the period: its lines are stored as they are now; later corrections are adjustment lines. */
    @Transactional
    public PayrollInputsDto close(UUID productionId, String period) {
        YearMonth month = PayrollPeriods.parse(period);
        requireProduction(productionId);
        int inserted = em.createNativeQuery("insert into payroll_period (production_id, period, status, closed_at, closed_by) "
                + "values (?1, ?2, 'CLOSED', ?3, ?4) on conflict (production_id, period) do nothing")
                .setParameter(1, productionId).setParameter(2, period).setParameter(3, Instant.now(clock))
                .setParameter(4, audit.actor()).executeUpdate();
        if (inserted == 0) {
            throw ProblemException.conflict("pay period " + period + " is already closed");
        }
        List<PayrollInputLineDto> lines = compute(productionId, month);
        insert(productionId, period, lines);
        PayrollInputsDto closed = new PayrollInputsDto(productionId, period, PeriodStatus.CLOSED, lines, null).withTotal();
        audit.record("payroll-period.close", "payroll_period", productionId + "/" + period, null,
                Map.of("lines", lines.size(), "total", closed.total()));
        return closed;
    }

    @Transactional
    public PayrollInputLineDto adjust(UUID productionId, String period, NewAdjustment request) {
        PayrollPeriods.parse(period);
        requireProduction(productionId);
        if (!periods.isClosed(productionId, period)) {
            throw ProblemException.conflict("pay period " + period + " is open: correct the timesheet instead of adjusting");
        }
        if (!Money.EUR.equals(request.amount().currency())) {
            throw ProblemException.badRequest("amount", "must be in EUR");
        }
        ContractDto contract = contracts.get(productionId, request.contractId())
                .orElseThrow(() -> ProblemException.badRequest("contractId", "no contract " + request.contractId() + " in this production"));
        PayrollInputLineDto line = new PayrollInputLineDto(people.employeeNumber(contract.personId()).orElseThrow(), contract.id(),
                contract.startDate(), request.itemCode(), request.quantity(), request.amount(), true, request.reason().strip());
        insert(productionId, period, List.of(line));
        audit.record("payroll-period.adjust", "payroll_period", productionId + "/" + period, null, line);
        return line;
    }

    private List<PayrollInputLineDto> compute(UUID productionId, YearMonth month) {
        Map<Key, BigDecimal[]> sums = new LinkedHashMap<>();
        List<TimesheetDto> weeks = timesheets.approvedBetween(productionId, month.atDay(1), month.atEndOfMonth());
        Map<UUID, ContractDto> contractsById = weeks.isEmpty() ? Map.of() : contracts.allOf(productionId);
        Map<UUID, List<ContractCost.Terms>> versions = weeks.isEmpty() ? Map.of() : contracts.termsOf(productionId);
        Map<UUID, String> numbers = people.employeeNumbers(weeks.stream().map(TimesheetDto::personId).distinct().toList());
        for (TimesheetDto t : weeks) {
            ContractDto c = contractsById.get(t.contractId());
            String number = numbers.get(t.personId());
            for (TimesheetLineDto l : t.lines()) {
                add(sums, new Key(number, c.startDate(), c.id(), l.code()), new BigDecimal(l.quantity()), l.amount().amount());
            }
            // Hours for the AEM / DSN activity block: real hours for technicians, cachets counted apart for artists.
            add(sums, new Key(number, c.startDate(), c.id(), "AEM_HEURES"), new BigDecimal(t.hours()), BigDecimal.ZERO);
            if (t.cachets() > 0) {
                add(sums, new Key(number, c.startDate(), c.id(), "AEM_CACHETS"), BigDecimal.valueOf(t.cachets()), BigDecimal.ZERO);
            }
            long workedDays = t.days().size();
            // an amended contract's allowances are those of the version in force on the week's first day
            List<Allowance> allowances = versions.containsKey(c.id())
                    ? ContractCost.inForce(versions.get(c.id()), t.weekStart()).allowances() : c.allowances();
            for (Allowance a : allowances) {
                long times = switch (a.basis()) {
                    case PER_WORKED_DAY -> workedDays;
                    case PER_WEEK -> 1;
                    case FLAT -> !c.startDate().isBefore(t.weekStart()) && !c.startDate().isAfter(t.weekStart().plusDays(6)) ? 1 : 0;
                };
                if (times > 0) {
                    add(sums, new Key(number, c.startDate(), c.id(), "IND_" + a.kind().name()), BigDecimal.valueOf(times),
                            a.amount().amount().multiply(BigDecimal.valueOf(times)));
                }
            }
        }
        List<PayrollInputLineDto> lines = new ArrayList<>();
        sums.forEach((k, v) -> lines.add(new PayrollInputLineDto(k.employeeNumber(), k.contractId(), k.contractStart(), k.itemCode(),
                plain(v[0]), new Money(v[1].setScale(2, RoundingMode.HALF_UP), Money.EUR), false, null)));
        lines.sort(Comparator.comparing(PayrollInputLineDto::employeeNumber).thenComparing(PayrollInputLineDto::contractStartDate)
                .thenComparing(l -> l.contractId().toString()).thenComparing(PayrollInputLineDto::itemCode));
        return lines;
    }

    private static void add(Map<Key, BigDecimal[]> sums, Key key, BigDecimal quantity, BigDecimal amount) {
        BigDecimal[] sum = sums.computeIfAbsent(key, k -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
        sum[0] = sum[0].add(quantity);
        sum[1] = sum[1].add(amount);
    }

    @SuppressWarnings("unchecked")
    private List<PayrollInputLineDto> frozen(UUID productionId, String period) {
        List<Object[]> rows = em.createNativeQuery("select employee_number, contract_id, contract_start, item_code, quantity, amount, "
                + "adjustment, reason from payroll_input_line where production_id = ?1 and period = ?2 "
                + "order by employee_number, contract_start, contract_id, adjustment, item_code, created_at")
                .setParameter(1, productionId).setParameter(2, period).getResultList();
        return rows.stream().map(r -> new PayrollInputLineDto((String) r[0], (UUID) r[1], r[2] instanceof LocalDate d ? d : ((java.sql.Date) r[2]).toLocalDate(),
                (String) r[3], plain((BigDecimal) r[4]), new Money(((BigDecimal) r[5]).setScale(2), Money.EUR), (Boolean) r[6],
                (String) r[7])).toList();
    }

    /** One JDBC batch in the current transaction: a native query per line would flush the session every time. */
    private void insert(UUID productionId, String period, List<PayrollInputLineDto> lines) {
        try (var connection = dataSource.getConnection(); var insert = connection.prepareStatement(
                "insert into payroll_input_line (id, production_id, period, employee_number, contract_id, contract_start, "
                        + "item_code, quantity, amount, adjustment, reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (PayrollInputLineDto l : lines) {
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, productionId);
                insert.setString(3, period);
                insert.setString(4, l.employeeNumber());
                insert.setObject(5, l.contractId());
                insert.setObject(6, l.contractStartDate());
                insert.setString(7, l.itemCode());
                insert.setBigDecimal(8, new BigDecimal(l.quantity()));
                insert.setBigDecimal(9, l.amount().amount());
                insert.setBoolean(10, l.adjustment());
                insert.setString(11, l.reason());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("payroll lines cannot be stored", e);
        }
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static void requireProduction(UUID productionId) {
        if (ProductionCopy.findById(productionId) == null) {
            throw ProblemException.notFound("production", productionId);
        }
    }
}
