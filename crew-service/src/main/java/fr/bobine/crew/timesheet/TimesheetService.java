package fr.bobine.crew.timesheet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.bobine.crew.contract.Contract;
import fr.bobine.crew.contract.ContractService;
import fr.bobine.crew.contract.ContractStatus;
import fr.bobine.crew.contract.WorkLocation;
import fr.bobine.crew.grid.Agreement;
import fr.bobine.crew.grid.GridService;
import fr.bobine.crew.grid.PayGuaranteeDto;
import fr.bobine.crew.grid.PositionDto;
import fr.bobine.crew.payroll.PayrollPeriods;
import fr.bobine.crew.person.PersonKind;
import fr.bobine.crew.person.PersonService;
import fr.bobine.crew.schedule.DailyRestRules;
import fr.bobine.crew.timesheet.TimesheetEntities.Timesheet;
import fr.bobine.crew.timesheet.TimesheetEntities.TimesheetDay;
import fr.bobine.crew.timesheet.TimesheetEntities.TimesheetLine;
import fr.bobine.crew.timesheet.TimesheetEntities.TimesheetWarning;
import fr.bobine.crew.timesheet.rules.ContractWeek;
import fr.bobine.crew.timesheet.rules.GuaranteedHours;
import fr.bobine.crew.timesheet.rules.IntermittentHours;
import fr.bobine.crew.timesheet.rules.NightWindow;
import fr.bobine.crew.timesheet.rules.PayItem;
import fr.bobine.crew.timesheet.rules.PayLine;
import fr.bobine.crew.timesheet.rules.RestEncroachment;
import fr.bobine.crew.timesheet.rules.WeekCalculator;
import fr.bobine.crew.timesheet.rules.WeekPay;
import fr.bobine.crew.timesheet.rules.WeeklyLimits;
import fr.bobine.crew.timesheet.rules.WorkedDay;
import fr.bobine.platform.audit.AuditTrail;
import fr.bobine.platform.money.Money;
import fr.bobine.platform.outbox.Outbox;
import fr.bobine.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class TimesheetService {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    @Inject
    ContractService contracts;

    @Inject
    GridService grid;

    @Inject
    PersonService people;

    @Inject
    PayrollPeriods periods;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    DailyRestRules dailyRest;

    @Inject
    WeeklyWorkLimits weeklyLimits;

    Clock clock = Clock.systemUTC();

    /** A day as computed from its input, before anything is stored. */
    record ComputedDay(TimesheetDayInput input, BigDecimal hours, BigDecimal nightHours) {
    }

    @Transactional
    public TimesheetDto submit(UUID productionId, UUID contractId, NewTimesheet request) {
        Contract contract = contracts.require(productionId, contractId);
        if (contract.status == ContractStatus.CANCELLED) {
            throw ProblemException.businessRule("contract-cancelled", "contract " + contractId + " is cancelled: no hours can be recorded on it");
        }
        if (contract.status == ContractStatus.DRAFT) {
            throw ProblemException.businessRule("contract-not-signed", "contract " + contractId + " is not signed yet");
        }
        if (Timesheet.count("contractId = ?1 and weekStart = ?2", contractId, request.weekStart()) > 0) {
            throw ProblemException.conflict("a timesheet for the week of " + request.weekStart() + " already exists for this contract");
        }
        PersonKind kind = people.kind(contract.personId).orElseThrow();
        List<ComputedDay> days = validate(contract, kind, request);
        checkNoOverlapWithStoredDays(contract.personId, days);
        WeekPay pay = compute(contract, kind, request.weekStart(), days);
        List<WeeklyLimits.Warning> warnings = weeklyWarnings(contract.agreement, kind, request.weekStart(),
                withStoredDaysAround(contract.personId, request.weekStart(), days));

        Timesheet t = new Timesheet();
        t.id = UUID.randomUUID();
        t.contractId = contractId;
        t.productionId = productionId;
        t.personId = contract.personId;
        t.weekStart = request.weekStart();
        t.status = TimesheetStatus.SUBMITTED;
        t.hours = pay.hours().setScale(2);
        t.cachets = days.stream().mapToInt(d -> nz(d.input().cachets())).sum();
        t.gross = pay.gross();
        t.createdAt = Instant.now(clock);
        t.persist();
        for (ComputedDay d : days) {
            TimesheetDay day = new TimesheetDay();
            day.id = UUID.randomUUID();
            day.timesheetId = t.id;
            day.personId = contract.personId;
            day.workDate = d.input().date();
            day.startAt = d.input().start();
            day.endAt = d.input().end();
            day.mealBreakMinutes = nz(d.input().mealBreakMinutes());
            day.travelMinutes = nz(d.input().travelMinutes());
            day.hours = d.hours();
            day.nightHours = d.nightHours();
            day.cachets = nz(d.input().cachets());
            day.rehearsalHours = d.input().rehearsalHours() == null ? BigDecimal.ZERO : d.input().rehearsalHours();
            day.persist();
        }
        for (PayLine line : pay.lines()) {
            TimesheetLine l = new TimesheetLine();
            l.timesheetId = t.id;
            l.item = line.item().name();
            l.hours = line.hours();
            l.amount = line.amount();
            l.persist();
        }
        for (int i = 0; i < warnings.size(); i++) {
            TimesheetWarning w = new TimesheetWarning();
            w.timesheetId = t.id;
            w.position = i;
            w.code = warnings.get(i).code();
            w.message = warnings.get(i).message();
            w.persist();
        }
        TimesheetDto created = toDto(t, contract.currency);
        audit.record("timesheet.submit", "timesheet", t.id, null, created);
        return created;
    }

    /**
     * The week as {@link #submit} computes it, without storing anything and whatever the contract's state: the shooting
     * schedule's planned labour goes through here, so that planned and approved weeks follow the same rules.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public WeekPay computeWeek(UUID productionId, UUID contractId, NewTimesheet week) {
        Contract contract = contracts.require(productionId, contractId);
        PersonKind kind = people.kind(contract.personId).orElseThrow();
        return compute(contract, kind, week.weekStart(), validate(contract, kind, week));
    }

    /**
     * The warnings a week of a person raises against the weekly limits of their agreement in force on its first day
     * ({@code days}: the person's days in the week and around it, any contract); none when no limits are in force.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WeeklyLimits.Warning> weeklyWarnings(Agreement agreement, PersonKind kind, LocalDate weekStart,
            List<WeeklyLimits.Day> days) {
        return weeklyLimits.on(agreement, kind, weekStart).map(l -> WeeklyLimits.check(weekStart, days, l)).orElse(List.of());
    }

    /**
     * The week's days and the person's days already recorded (any production: one employer) from a week before to a week
     * after: enough to see the rests around the week and the hours of another contract in the same week.
     */
    private static List<WeeklyLimits.Day> withStoredDaysAround(UUID personId, LocalDate weekStart, List<ComputedDay> days) {
        List<WeeklyLimits.Day> all = new ArrayList<>();
        TimesheetDay.<TimesheetDay> list("personId = ?1 and workDate >= ?2 and workDate <= ?3", personId, weekStart.minusDays(7),
                weekStart.plusDays(13)).forEach(d -> all.add(new WeeklyLimits.Day(d.workDate, d.startAt, d.endAt,
                        d.hours.add(d.rehearsalHours))));
        for (ComputedDay d : days) {
            BigDecimal rehearsal = d.input().rehearsalHours() == null ? BigDecimal.ZERO : d.input().rehearsalHours();
            all.add(new WeeklyLimits.Day(d.input().date(), d.input().start(), d.input().end(), d.hours().add(rehearsal)));
        }
        return all;
    }

    /** Approval by the production manager (CCN 3097 art. 29 attestation); publishes crew.timesheet.approved. */
    @Transactional
    public TimesheetDto approve(UUID productionId, UUID contractId, UUID timesheetId) {
        Contract contract = contracts.require(productionId, contractId);
        Timesheet t = find(contractId, timesheetId);
        if (t.status != TimesheetStatus.SUBMITTED) {
            throw ProblemException.conflict("timesheet " + timesheetId + " is already " + t.status);
        }
        if (contract.status == ContractStatus.CANCELLED) {
            throw ProblemException.businessRule("contract-cancelled", "contract " + contractId + " was cancelled");
        }
        String period = PayrollPeriods.periodOf(t.weekStart);
        if (periods.isClosed(productionId, period)) {
            throw ProblemException.conflict("pay period " + period + " is closed; record an adjustment instead");
        }
        TimesheetDto before = toDto(t, contract.currency);
        t.status = TimesheetStatus.APPROVED;
        t.approvedAt = Instant.now(clock);
        t.approvedBy = audit.actor();
        t.flush();
        TimesheetDto after = toDto(t, contract.currency);
        List<TimesheetEvents.Component> components = after.lines().stream()
                .map(l -> new TimesheetEvents.Component(l.item().name(), l.code(), l.quantity(), l.amount())).toList();
        outbox.publish(TimesheetEvents.APPROVED, productionId, new TimesheetEvents.Approved(t.id, contractId, productionId,
                t.personId, people.employeeNumber(t.personId).orElseThrow(), contract.budgetLineCode, t.weekStart, after.hours(),
                t.cachets, components, after.gross(), t.approvedAt));
        audit.record("timesheet.approve", "timesheet", t.id, before, after);
        return after;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<TimesheetDto> get(UUID productionId, UUID contractId, UUID timesheetId) {
        Contract contract = contracts.require(productionId, contractId);
        return Timesheet.<Timesheet> find("id = ?1 and contractId = ?2", timesheetId, contractId).firstResultOptional()
                .map(t -> toDto(t, contract.currency));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TimesheetDto> list(UUID productionId, UUID contractId) {
        Contract contract = contracts.require(productionId, contractId);
        return Timesheet.<Timesheet> list("contractId", Sort.by("weekStart"), contractId).stream()
                .map(t -> toDto(t, contract.currency)).toList();
    }

    /** Approved weeks of a production whose week starts within [from, to], for the payroll inputs. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TimesheetDto> approvedBetween(UUID productionId, LocalDate from, LocalDate to) {
        List<Timesheet> sheets = Timesheet.list("productionId = ?1 and status = ?2 and weekStart >= ?3 and weekStart <= ?4",
                Sort.by("weekStart").and("id"), productionId, TimesheetStatus.APPROVED, from, to);
        if (sheets.isEmpty()) {
            return List.of();
        }
        // Two queries for every day and line of the period, not two per week.
        List<UUID> ids = sheets.stream().map(t -> t.id).toList();
        var days = TimesheetDay.<TimesheetDay> list("timesheetId in ?1", Sort.by("workDate"), ids).stream()
                .collect(java.util.stream.Collectors.groupingBy(d -> d.timesheetId));
        var lines = TimesheetLine.<TimesheetLine> list("timesheetId in ?1", ids).stream()
                .collect(java.util.stream.Collectors.groupingBy(l -> l.timesheetId));
        var warnings = TimesheetWarning.<TimesheetWarning> list("timesheetId in ?1", Sort.by("position"), ids).stream()
                .collect(java.util.stream.Collectors.groupingBy(w -> w.timesheetId));
        return sheets.stream().map(t -> toDto(t, "EUR", days.getOrDefault(t.id, List.of()), lines.getOrDefault(t.id, List.of()),
                warnings.getOrDefault(t.id, List.of()))).toList();
    }

    /** Hours and cachets of approved weeks over the 12 months ending on {@code until} (annexes VIII and X). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public IntermittentHoursDto twelveMonths(UUID personId, LocalDate until) {
        if (!people.exists(personId)) {
            throw ProblemException.notFound("person", personId);
        }
        LocalDate from = until.minusMonths(12).plusDays(1);
        List<TimesheetDay> days = TimesheetDay.list("personId = ?1 and workDate >= ?2 and workDate <= ?3 and timesheetId in "
                + "(select t.id from Timesheet t where t.status = ?4)", personId, from, until, TimesheetStatus.APPROVED);
        BigDecimal hours = days.stream().map(d -> d.hours.add(d.rehearsalHours)).reduce(BigDecimal.ZERO, BigDecimal::add);
        long cachets = days.stream().mapToLong(d -> d.cachets).sum();
        BigDecimal total = IntermittentHours.total(hours, cachets);
        return new IntermittentHoursDto(personId, from, until, plain(hours), cachets, plain(total),
                plain(IntermittentHours.THRESHOLD), IntermittentHours.reached(total));
    }

    private List<ComputedDay> validate(Contract contract, PersonKind kind, NewTimesheet request) {
        List<ComputedDay> days = new ArrayList<>();
        NightWindow window = contract.agreement == Agreement.IDCC_3097 ? NightWindow.CINEMA_3097 : NightWindow.AUDIOVISUAL_2642;
        LocalDate weekEnd = request.weekStart().plusDays(6);
        for (int i = 0; i < request.days().size(); i++) {
            TimesheetDayInput d = request.days().get(i);
            String at = "days[" + i + "]";
            if (d.date().isBefore(request.weekStart()) || d.date().isAfter(weekEnd)) {
                throw ProblemException.badRequest(at + ".date", "must be within the week " + request.weekStart() + " to " + weekEnd);
            }
            if (d.date().isBefore(contract.startDate) || (contract.endDate != null && d.date().isAfter(contract.endDate))) {
                throw ProblemException.badRequest(at + ".date", "is outside the contract (" + contract.startDate + " to "
                        + contract.endDate + ")");
            }
            for (int j = 0; j < i; j++) {
                if (request.days().get(j).date().equals(d.date())) {
                    throw ProblemException.badRequest(at + ".date", "the same day is already in days[" + j + "]");
                }
            }
            if (kind == PersonKind.ARTIST && d.start() == null) {
                if (nz(d.cachets()) == 0 && (d.rehearsalHours() == null || d.rehearsalHours().signum() == 0)) {
                    throw ProblemException.badRequest(at + ".cachets", "an artist's day has cachets, rehearsal hours or working times");
                }
                days.add(new ComputedDay(d, BigDecimal.ZERO, BigDecimal.ZERO));
                continue;
            }
            if (d.start() == null || d.end() == null) {
                throw ProblemException.badRequest(at + (d.start() == null ? ".start" : ".end"), "start and end of work are required");
            }
            if (!d.end().isAfter(d.start())) {
                throw ProblemException.badRequest(at + ".end", "must be after start");
            }
            if (!d.start().toLocalDate().equals(d.date())) {
                throw ProblemException.badRequest(at + ".start", "must be on the day's date");
            }
            if (d.start().getMinute() % 15 != 0 || d.end().getMinute() % 15 != 0 || nz(d.mealBreakMinutes()) % 15 != 0) {
                throw ProblemException.badRequest(at + ".start", "times and breaks are recorded in quarter hours");
            }
            long span = Duration.between(d.start(), d.end()).toMinutes();
            long worked = span - nz(d.mealBreakMinutes());
            if (worked <= 0) {
                throw ProblemException.badRequest(at + ".mealBreakMinutes", "must be shorter than the day");
            }
            if (span > 13 * 60) {
                throw ProblemException.businessRule("amplitude-exceeded", at + ": the day spans more than 13 hours (CCN 3097 art. 27)");
            }
            for (int j = 0; j < days.size(); j++) {
                TimesheetDayInput other = days.get(j).input();
                if (other.start() != null && other.start().isBefore(d.end()) && d.start().isBefore(other.end())) {
                    throw ProblemException.badRequest(at + ".start", "overlaps days[" + j + "]");
                }
            }
            long night = Math.min(window.nightMinutes(d.start(), d.end()), worked);
            days.add(new ComputedDay(d, minutesToHours(worked), minutesToHours(night)));
        }
        days.sort(Comparator.comparing(c -> c.input().date()));
        return days;
    }

    private static void checkNoOverlapWithStoredDays(UUID personId, List<ComputedDay> days) {
        for (ComputedDay d : days) {
            if (d.input().start() == null) {
                continue;
            }
            long clashes = TimesheetDay.count("personId = ?1 and startAt < ?2 and endAt > ?3", personId, d.input().end(),
                    d.input().start());
            if (clashes > 0) {
                throw ProblemException.conflict("the day of " + d.input().date() + " overlaps hours already recorded for this person");
            }
        }
    }

    private WeekPay compute(Contract c, PersonKind kind, LocalDate weekStart, List<ComputedDay> days) {
        if (kind == PersonKind.ARTIST && days.stream().allMatch(d -> d.input().start() == null)) {
            long cachets = days.stream().mapToInt(d -> nz(d.input().cachets())).sum();
            BigDecimal rehearsal = days.stream().map(d -> d.input().rehearsalHours() == null ? BigDecimal.ZERO : d.input().rehearsalHours())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            List<PayLine> lines = new ArrayList<>();
            lines.add(new PayLine(PayItem.CACHET, BigDecimal.valueOf(cachets),
                    contracts.rateOn(c, weekStart).multiply(BigDecimal.valueOf(cachets)).setScale(2, RoundingMode.HALF_UP)));
            if (rehearsal.signum() > 0) {
                // Rehearsal hours are reported (AEM hours); their pay is part of the negotiated cachet, not computed here.
                lines.add(new PayLine(PayItem.REHEARSAL_HOURS, WeekCalculator.plain(rehearsal), BigDecimal.ZERO.setScale(2)));
            }
            return new WeekPay(List.copyOf(lines), rehearsal);
        }
        RestEncroachment rest = dailyRest.on(c.agreement, kind, weekStart)
                .map(t -> new RestEncroachment(t.restMinutes(), t.premiumRate())).orElse(RestEncroachment.NONE);
        List<WorkedDay> worked = withRestEncroachment(c, days, rest);
        boolean setCraft = grid.position(c.positionCode).map(PositionDto::setCraft).orElse(false);
        GuaranteedHours guarantee = grid.guaranteeOn(c.agreement, c.engagement, weekStart).map(TimesheetService::guaranteed)
                .orElse(GuaranteedHours.NONE);
        // an amended contract is paid at the rate of the version in force on the week's first day
        return new ContractWeek(c.agreement, c.engagement, c.weeklyHours, contracts.rateOn(c, weekStart),
                c.location == WorkLocation.PARIS_REGION, setCraft, guarantee, c.startDate, c.endDate, rest).pay(weekStart, worked);
    }

    private static GuaranteedHours guaranteed(PayGuaranteeDto g) {
        return new GuaranteedHours(hours(g.weeklyHours()), g.contractWeeklyHours(), hours(g.sixDayWeekHours()),
                hours(g.dailyHours()));
    }

    private static BigDecimal hours(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    /**
     * CCN 3097 art. 35, CCN 2642 VI.3.1.2: each day's hours that cut into the daily rest of the rule in force on the week's
     * first day, after the previous day of the same person on the same production (the previous day of the week, or for
     * the first day the last day already recorded before it).
     */
    private List<WorkedDay> withRestEncroachment(Contract c, List<ComputedDay> days, RestEncroachment rest) {
        List<WorkedDay> worked = new ArrayList<>();
        LocalDateTime previousEnd = null;
        boolean first = true;
        for (ComputedDay d : days) {
            LocalDateTime start = d.input().start();
            if (start == null) {
                worked.add(new WorkedDay(d.input().date(), d.hours(), d.nightHours()));
                continue;
            }
            if (first && rest.premiumRate().isPresent()) {
                previousEnd = TimesheetDay.<TimesheetDay> find("personId = ?1 and endAt <= ?2 and timesheetId in "
                        + "(select t.id from Timesheet t where t.productionId = ?3)", Sort.descending("endAt"), c.personId, start,
                        c.productionId).firstResultOptional().map(p -> p.endAt).orElse(null);
                first = false;
            }
            BigDecimal encroaching = previousEnd == null ? BigDecimal.ZERO
                    : rest.encroachingHours(previousEnd, start, d.hours());
            worked.add(new WorkedDay(d.input().date(), d.hours(), d.nightHours(), encroaching));
            previousEnd = d.input().end();
        }
        return worked;
    }

    private static BigDecimal minutesToHours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(SIXTY, 2, RoundingMode.UNNECESSARY);
    }

    private static String plain(BigDecimal value) {
        return WeekCalculator.plain(value).toPlainString();
    }

    private static int nz(Integer value) {
        return value == null ? 0 : value;
    }

    private Timesheet find(UUID contractId, UUID timesheetId) {
        return Timesheet.<Timesheet> find("id = ?1 and contractId = ?2", timesheetId, contractId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("timesheet", timesheetId));
    }

    private TimesheetDto toDto(Timesheet t, String currency) {
        return toDto(t, currency, TimesheetDay.list("timesheetId", Sort.by("workDate"), t.id), TimesheetLine.list("timesheetId", t.id),
                TimesheetWarning.list("timesheetId", Sort.by("position"), t.id));
    }

    private TimesheetDto toDto(Timesheet t, String currency, List<TimesheetDay> storedDays, List<TimesheetLine> storedLines,
            List<TimesheetWarning> storedWarnings) {
        List<TimesheetDayDto> days = storedDays.stream()
                .map(d -> new TimesheetDayDto(d.workDate, d.startAt, d.endAt, d.mealBreakMinutes, d.travelMinutes,
                        plain(d.hours), plain(d.nightHours), d.cachets, plain(d.rehearsalHours)))
                .toList();
        List<TimesheetLineDto> lines = storedLines.stream()
                .sorted(Comparator.comparing(l -> PayItem.valueOf(l.item).ordinal()))
                .map(l -> new TimesheetLineDto(PayItem.valueOf(l.item), PayItem.valueOf(l.item).code, plain(l.hours),
                        new Money(l.amount, currency)))
                .toList();
        return new TimesheetDto(t.id, t.contractId, t.productionId, t.personId, t.weekStart, t.status, plain(t.hours),
                t.cachets, new Money(t.gross, currency), days, lines,
                storedWarnings.stream().map(w -> new TimesheetWarningDto(w.code, w.message)).toList(), t.version, t.approvedAt, t.approvedBy);
    }
}
