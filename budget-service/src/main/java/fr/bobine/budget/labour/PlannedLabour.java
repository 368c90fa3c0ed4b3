package fr.bobine.budget.labour;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

/**
 * The planned labour budget-service holds for a production (crew.labour.planned) read against what is actual: each
 * planned week of a contract with its planned gross, its planned employer charges at the contract's ratio (as an
 * approved week's are, {@link EmployerCharges#ofWeek}), the lines the contract books on, and the gross of the approved
 * timesheets of that week. A planned week is done once a timesheet of its contract starts within it.
 */
@ApplicationScoped
public class PlannedLabour {

    /** A planned week; lineages and charges are null while the contract is not booked, actual while no week is approved. */
    public record Week(UUID contractId, String employeeNumber, UUID salaryLineage, UUID chargesLineage, LocalDate weekStart,
            BigDecimal hours, int cachets, BigDecimal plannedGross, BigDecimal plannedCharges, BigDecimal actualGross) {

        public boolean done() {
            return actualGross != null;
        }
    }

    public record Plan(UUID scheduleVersionId, int versionNumber, Instant publishedAt, List<Week> weeks) {

        /**
         * What the plan still expects to spend on each line (by lineage): the planned gross of the weeks not done on the
         * salary line, their planned charges on the charges line.
         */
        public Map<UUID, BigDecimal> toComplete() {
            Map<UUID, BigDecimal> open = new HashMap<>();
            for (Week w : weeks) {
                if (w.salaryLineage() == null) {
                    continue;
                }
                BigDecimal gross = w.done() ? BigDecimal.ZERO.setScale(2) : w.plannedGross();
                open.merge(w.salaryLineage(), gross, BigDecimal::add);
                BigDecimal charges = w.done() ? BigDecimal.ZERO.setScale(2) : w.plannedCharges();
                open.merge(w.chargesLineage(), charges, BigDecimal::add);
            }
            return open;
        }
    }

    /** The plan, with the weeks approved on or before {@code asOf} as actual (all of them when null). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Plan> of(UUID productionId, LocalDate asOf) {
        LabourPlan plan = LabourPlan.findById(productionId);
        if (plan == null) {
            return Optional.empty();
        }
        Map<UUID, CrewContract> contracts = new HashMap<>();
        CrewContract.<CrewContract> list("productionId", productionId).forEach(c -> contracts.put(c.contractId, c));
        Map<UUID, List<CrewTimesheet>> sheets = new HashMap<>();
        CrewTimesheet.<CrewTimesheet> list("productionId", productionId)
                .forEach(t -> sheets.computeIfAbsent(t.contractId, k -> new ArrayList<>()).add(t));
        List<Week> weeks = new ArrayList<>();
        for (PlannedLabourWeek w : PlannedLabourWeek.<PlannedLabourWeek> list("productionId", Sort.by("weekStart")
                .and("employeeNumber").and("contractId"), productionId)) {
            CrewContract c = contracts.get(w.contractId);
            BigDecimal actual = null;
            for (CrewTimesheet t : sheets.getOrDefault(w.contractId, List.of())) {
                boolean inWeek = !t.weekStart.isBefore(w.weekStart) && t.weekStart.isBefore(w.weekStart.plusDays(7));
                if (inWeek && (asOf == null || !t.weekStart.isAfter(asOf))) {
                    actual = actual == null ? t.gross : actual.add(t.gross);
                }
            }
            weeks.add(new Week(w.contractId, w.employeeNumber, c == null ? null : c.salaryLineage,
                    c == null ? null : c.chargesLineage, w.weekStart, w.hours, w.cachets, w.gross,
                    c == null ? null : EmployerCharges.ofWeek(w.gross, c.charges, c.gross), actual));
        }
        return Optional.of(new Plan(plan.scheduleVersionId, plan.versionNumber, plan.publishedAt, weeks));
    }
}
