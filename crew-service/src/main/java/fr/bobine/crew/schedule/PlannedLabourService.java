package fr.bobine.crew.schedule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.bobine.crew.contract.ContractDto;
import fr.bobine.crew.contract.ContractService;
import fr.bobine.crew.grid.Agreement;
import fr.bobine.crew.person.PersonKind;
import fr.bobine.crew.schedule.ScheduleEntities.ScheduleVersion;
import fr.bobine.crew.timesheet.NewTimesheet;
import fr.bobine.crew.timesheet.TimesheetDayInput;
import fr.bobine.crew.timesheet.TimesheetEvents;
import fr.bobine.crew.timesheet.TimesheetLineDto;
import fr.bobine.crew.timesheet.TimesheetService;
import fr.bobine.crew.timesheet.TimesheetWarningDto;
import fr.bobine.crew.timesheet.rules.NightWindow;
import fr.bobine.crew.timesheet.rules.WeekCalculator;
import fr.bobine.crew.timesheet.rules.WeekPay;
import fr.bobine.crew.timesheet.rules.WeeklyLimits;
import fr.bobine.platform.money.Money;
import fr.bobine.platform.outbox.Outbox;
import fr.bobine.platform.problem.ProblemException;

/**
 * Planned hours and labour cost of a schedule: each contract's called days, grouped by civil week (Monday to Sunday,
 * CCN 3097 Titre II art. 11), computed by the timesheets' own computation ({@link TimesheetService#computeWeek}), so
 * that a planned week and the approved week it becomes follow the same rules. A technician's day runs from their
 * call to their wrap less the meal break; an artist's day is a cachet.
 */
@ApplicationScoped
public class PlannedLabourService {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    @Inject
    TimesheetService timesheets;

    @Inject
    ContractService contracts;

    @Inject
    UnitCalls unitCalls;

    @Inject
    ScheduleService schedule;

    @Inject
    Outbox outbox;

    /** One contract's planned week: the days as a timesheet would record them, and their computed pay. */
    record ContractWeek(ContractDto contract, UnitCalls.Call first, LocalDate weekStart, List<TimesheetDayInput> days,
            List<PlannedDayDto> planned, WeekPay pay, List<WeeklyLimits.Warning> warnings) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlannedLabourDto of(UUID productionId, UUID versionId) {
        ScheduleService.Loaded loaded = schedule.loaded(productionId, versionId);
        var calls = unitCalls.calls(productionId, loaded.plan());
        List<ContractWeek> weeks = compute(productionId, calls);
        Map<LocalDate, List<PlannedPersonWeekDto>> byWeek = new TreeMap<>();
        for (ContractWeek w : weeks) {
            byWeek.computeIfAbsent(w.weekStart(), k -> new ArrayList<>()).add(toDto(w));
        }
        List<PlannedWeekDto> weekDtos = byWeek.entrySet().stream().map(e -> new PlannedWeekDto(e.getKey(), e.getValue(),
                Money.eur(sum(e.getValue().stream().map(p -> p.gross().amount()).toList()).toPlainString()))).toList();
        List<UncostedCallDto> uncosted = new ArrayList<>();
        calls.values().forEach(day -> day.stream().filter(c -> c.contractId() == null).forEach(c -> uncosted.add(
                new UncostedCallDto(c.date(), c.personId(), c.name(), "no signed contract of this person covers the day"))));
        BigDecimal total = sum(weeks.stream().map(w -> w.pay().gross()).toList());
        return new PlannedLabourDto(loaded.version().id, loaded.version().number, loaded.version().status, weekDtos,
                Money.eur(total.toPlainString()), uncosted);
    }

    /** A contract's week pre-filled from the published schedule. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PlannedTimesheetDto plannedTimesheet(UUID productionId, UUID contractId, LocalDate weekStart) {
        contracts.get(productionId, contractId).orElseThrow(() -> ProblemException.notFound("contract", contractId));
        ScheduleService.Loaded published = schedule.published(productionId).orElseThrow(() -> ProblemException.businessRule(
                "no-published-schedule", "the production has no published shooting schedule to pre-fill a timesheet from"));
        LocalDate weekEnd = weekStart.plusDays(6);
        List<TimesheetDayInput> days = new ArrayList<>();
        unitCalls.calls(productionId, published.plan()).values().forEach(day -> day.stream()
                .filter(c -> contractId.equals(c.contractId()) && !dateOf(c).isBefore(weekStart) && !dateOf(c).isAfter(weekEnd))
                .forEach(c -> days.add(dayInput(c))));
        return new PlannedTimesheetDto(contractId, published.version().id, published.version().number, weekStart, days);
    }

    /** Writes crew.labour.planned for a version being published, in the publishing transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    void publish(ScheduleVersion v, ShootingPlan plan, Map<LocalDate, List<UnitCalls.Call>> calls) {
        List<ContractWeek> weeks = compute(v.productionId, calls);
        List<LabourPlanEvents.Week> data = weeks.stream().map(w -> new LabourPlanEvents.Week(w.contract().id(),
                w.contract().personId(), w.first().employeeNumber(), w.contract().budgetLineCode(), w.weekStart(),
                WeekCalculator.plain(w.pay().hours()).toPlainString(), cachets(w), w.pay().lines().stream()
                        .map(l -> new TimesheetEvents.Component(l.item().name(), l.item().code, WeekCalculator.plain(l.hours()).toPlainString(),
                                Money.eur(l.amount().toPlainString())))
                        .toList(),
                Money.eur(w.pay().gross().toPlainString()))).toList();
        BigDecimal total = sum(weeks.stream().map(w -> w.pay().gross()).toList());
        outbox.publish(LabourPlanEvents.PLANNED, v.productionId, new LabourPlanEvents.Planned(v.id, v.productionId, v.number,
                v.publishedAt, data, Money.eur(total.toPlainString())));
    }

    List<ContractWeek> compute(UUID productionId, Map<LocalDate, List<UnitCalls.Call>> calls) {
        Map<UUID, ContractDto> all = contracts.allOf(productionId);
        Map<String, List<UnitCalls.Call>> groups = new TreeMap<>();
        calls.values().forEach(day -> day.stream().filter(c -> c.contractId() != null)
                .forEach(c -> groups.computeIfAbsent(monday(dateOf(c)) + "/" + c.contractId(), k -> new ArrayList<>()).add(c)));
        // every planned day of each person, whatever the contract: the weekly limits count the person's week
        Map<UUID, List<WeeklyLimits.Day>> personDays = new HashMap<>();
        calls.values().forEach(day -> day.stream().filter(c -> c.contractId() != null).forEach(c -> personDays
                .computeIfAbsent(c.personId(), k -> new ArrayList<>()).add(limitDay(c))));
        List<ContractWeek> weeks = new ArrayList<>();
        for (List<UnitCalls.Call> group : groups.values()) {
            UnitCalls.Call first = group.get(0);
            ContractDto contract = all.get(first.contractId());
            LocalDate weekStart = monday(dateOf(first));
            List<TimesheetDayInput> days = group.stream().map(PlannedLabourService::dayInput).toList();
            WeekPay pay = timesheets.computeWeek(productionId, contract.id(), new NewTimesheet(weekStart, days));
            List<PlannedDayDto> planned = group.stream().map(PlannedLabourService::planned).toList();
            List<WeeklyLimits.Warning> warnings = timesheets.weeklyWarnings(contract.agreement(), first.kind(), weekStart,
                    personDays.get(first.personId()));
            weeks.add(new ContractWeek(contract, first, weekStart, days, planned, pay, warnings));
        }
        weeks.sort(Comparator.comparing(ContractWeek::weekStart).thenComparing(w -> w.first().department())
                .thenComparing(w -> w.first().name()).thenComparing(w -> w.contract().id()));
        return weeks;
    }

    private static PlannedPersonWeekDto toDto(ContractWeek w) {
        List<TimesheetLineDto> lines = w.pay().lines().stream().map(l -> new TimesheetLineDto(l.item(), l.item().code,
                WeekCalculator.plain(l.hours()).toPlainString(), Money.eur(l.amount().toPlainString()))).toList();
        return new PlannedPersonWeekDto(w.contract().id(), w.contract().personId(), w.first().name(), w.first().employeeNumber(),
                w.contract().positionCode(), w.first().department(), w.contract().budgetLineCode(), w.planned(),
                WeekCalculator.plain(w.pay().hours()).toPlainString(), cachets(w), lines, Money.eur(w.pay().gross().toPlainString()),
                w.warnings().stream().map(TimesheetWarningDto::of).toList());
    }

    private static int cachets(ContractWeek w) {
        return w.days().stream().mapToInt(d -> d.cachets() == null ? 0 : d.cachets()).sum();
    }

    /** The day a call is recorded on: the date its work starts. */
    private static LocalDate dateOf(UnitCalls.Call c) {
        return c.kind() == PersonKind.ARTIST ? c.date() : c.call().toLocalDate();
    }

    private static TimesheetDayInput dayInput(UnitCalls.Call c) {
        if (c.kind() == PersonKind.ARTIST) {
            return new TimesheetDayInput(c.date(), null, null, null, null, 1, null);
        }
        return new TimesheetDayInput(dateOf(c), c.call(), c.wrap(), c.mealBreakMinutes(), null, null, null);
    }

    private static WeeklyLimits.Day limitDay(UnitCalls.Call c) {
        if (c.kind() == PersonKind.ARTIST) {
            return new WeeklyLimits.Day(c.date(), null, null, BigDecimal.ZERO);
        }
        return new WeeklyLimits.Day(dateOf(c), c.call(), c.wrap(), hoursOf(workedMinutes(c)));
    }

    /** From call to wrap less the meal break. */
    private static long workedMinutes(UnitCalls.Call c) {
        return Duration.between(c.call(), c.wrap()).toMinutes() - c.mealBreakMinutes();
    }

    private static PlannedDayDto planned(UnitCalls.Call c) {
        if (c.kind() == PersonKind.ARTIST) {
            return new PlannedDayDto(c.date(), null, null, 0, "0", "0", 1);
        }
        long worked = workedMinutes(c);
        NightWindow window = c.agreement() == Agreement.IDCC_3097 ? NightWindow.CINEMA_3097 : NightWindow.AUDIOVISUAL_2642;
        long night = Math.min(window.nightMinutes(c.call(), c.wrap()), worked);
        return new PlannedDayDto(dateOf(c), c.call(), c.wrap(), c.mealBreakMinutes(), hours(worked), hours(night), 0);
    }

    private static BigDecimal hoursOf(long minutes) {
        return BigDecimal.valueOf(minutes).divide(SIXTY, 2, RoundingMode.HALF_UP);
    }

    private static String hours(long minutes) {
        return WeekCalculator.plain(hoursOf(minutes)).toPlainString();
    }

    private static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
