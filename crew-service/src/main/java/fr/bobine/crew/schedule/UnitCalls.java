package fr.bobine.crew.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.bobine.crew.contract.ContractDto;
import fr.bobine.crew.contract.ContractService;
import fr.bobine.crew.contract.ContractStatus;
import fr.bobine.crew.grid.Agreement;
import fr.bobine.crew.person.PersonKind;
import fr.bobine.crew.person.PersonService;
import fr.bobine.crew.person.PersonSummary;

/**
 * Who is called on each day of a schedule, from when to when: the technicians whose signed contract covers the day,
 * and the cast of the day's scenes (with their contract covering the day when there is one). Each is called with
 * their department, at the unit call and wrap moved by the department's offsets of the production-office settings.
 * The rests between the days of each person are checked under their contract's agreement.
 */
@ApplicationScoped
public class UnitCalls {

    @Inject
    ContractService contracts;

    @Inject
    PersonService people;

    @Inject
    ProductionOfficeService office;

    @Inject
    DailyRestRules restRules;

    /** One person called on one day; contract, position and agreement are null for cast without a contract. */
    public record Call(LocalDate date, UUID personId, String name, String employeeNumber, PersonKind kind, UUID contractId,
            String positionCode, Agreement agreement, Department department, LocalDateTime call, LocalDateTime wrap,
            int mealBreakMinutes) {
    }

    /** A rest of one person that is shorter than their agreement asks. */
    public record RestFinding(UUID personId, String name, UUID contractId, Agreement agreement, DailyRest.Finding finding) {
    }

    /** Everyone called on each day of the plan, in department order then name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<LocalDate, List<Call>> calls(UUID productionId, ShootingPlan plan) {
        List<ContractDto> signed = contracts.allOf(productionId).values().stream()
                .filter(c -> c.status() == ContractStatus.SIGNED || c.status() == ContractStatus.COMPLETED)
                .sorted(Comparator.comparing(ContractDto::startDate).thenComparing(ContractDto::id)).toList();
        Set<UUID> persons = new HashSet<>();
        signed.forEach(c -> persons.add(c.personId()));
        plan.days().forEach(d -> persons.addAll(d.cast()));
        Map<UUID, PersonSummary> summaries = people.summaries(persons);
        ProductionOfficeDto settings = office.get(productionId);
        Map<Department, DepartmentCall> offsets = office.departmentCalls(settings);
        Map<String, Department> departments = office.positionDepartments(settings);

        Map<LocalDate, List<Call>> calls = new TreeMap<>();
        for (ShootingPlan.Day day : plan.days()) {
            Map<UUID, Call> called = new LinkedHashMap<>();
            for (ContractDto c : signed) {
                PersonSummary p = summaries.get(c.personId());
                if (p != null && p.kind() == PersonKind.TECHNICIAN && covers(c, day.date()) && !called.containsKey(p.id())) {
                    called.put(p.id(), call(day, p, Optional.of(c), departments, offsets));
                }
            }
            for (UUID person : day.cast()) {
                PersonSummary p = summaries.get(person);
                if (p != null && !called.containsKey(person)) {
                    Optional<ContractDto> contract = signed.stream().filter(c -> c.personId().equals(person) && covers(c, day.date()))
                            .findFirst();
                    called.put(person, call(day, p, contract, departments, offsets));
                }
            }
            calls.put(day.date(), called.values().stream()
                    .sorted(Comparator.comparing(Call::department).thenComparing(Call::name).thenComparing(Call::personId)).toList());
        }
        return calls;
    }

    /** The rests shorter than asked, person by person, under the agreement of their contract; cast without one is not checked. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RestFinding> restFindings(Map<LocalDate, List<Call>> calls) {
        Map<UUID, List<Call>> byPerson = new TreeMap<>();
        calls.values().forEach(day -> day.stream().filter(c -> c.agreement() != null)
                .forEach(c -> byPerson.computeIfAbsent(c.personId(), p -> new ArrayList<>()).add(c)));
        List<RestFinding> findings = new ArrayList<>();
        for (List<Call> days : byPerson.values()) {
            Call first = days.get(0);
            Optional<DailyRest.Terms> terms = restRules.on(first.agreement(), first.kind(), first.date());
            if (terms.isEmpty()) {
                continue;
            }
            List<DailyRest.Span> spans = days.stream().map(c -> new DailyRest.Span(c.call(), c.wrap())).toList();
            for (DailyRest.Finding f : DailyRest.check(spans, terms.get())) {
                Call next = days.stream().filter(c -> c.call().equals(f.nextStart())).findFirst().orElse(first);
                findings.add(new RestFinding(first.personId(), first.name(), next.contractId(), first.agreement(), f));
            }
        }
        findings.sort(Comparator.comparing((RestFinding f) -> f.finding().nextStart()).thenComparing(RestFinding::name));
        return findings;
    }

    private static Call call(ShootingPlan.Day day, PersonSummary p, Optional<ContractDto> contract, Map<String, Department> departments,
            Map<Department, DepartmentCall> offsets) {
        Department department = contract.map(c -> departments.get(c.positionCode())).orElse(null);
        if (department == null) {
            department = p.kind() == PersonKind.ARTIST ? Department.CAST : Department.OTHER;
        }
        DepartmentCall offset = offsets.getOrDefault(department, new DepartmentCall(department, 0, 0));
        DailyRest.Span span = day.span(offset.callOffsetMinutes(), offset.wrapOffsetMinutes());
        return new Call(day.date(), p.id(), p.displayName(), p.employeeNumber(), p.kind(), contract.map(ContractDto::id).orElse(null),
                contract.map(ContractDto::positionCode).orElse(null), contract.map(ContractDto::agreement).orElse(null), department,
                span.start(), span.end(), day.mealBreakMinutes());
    }

    private static boolean covers(ContractDto c, LocalDate date) {
        return !c.startDate().isAfter(date) && (c.endDate() == null || !c.endDate().isBefore(date));
    }
}
