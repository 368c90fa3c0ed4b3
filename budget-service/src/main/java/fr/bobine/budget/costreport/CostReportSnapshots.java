package fr.bobine.budget.costreport;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.bobine.budget.production.Production;
import fr.bobine.budget.production.ProductionLocks;
import fr.bobine.platform.audit.AuditTrail;
import fr.bobine.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;

/**
 * The weekly cost reports as sent to the producer and the completion guarantor, and their comparison. A week is kept
 * once: a second snapshot for the same production and week-ending date is refused with 409 (what was sent cannot be
 * replaced; a retry of the same POST with its Idempotency-Key replays the first answer instead).
 */
@ApplicationScoped
public class CostReportSnapshots {

    public static final String CURRENT = "current";

    @Inject
    CostReportService reports;

    @Inject
    ObjectMapper mapper;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    @Transactional
    public SnapshotDto take(UUID productionId, NewSnapshot input) {
        CostReportService.requireProduction(productionId);
        // the weekly job of every replica and a user may keep the same week at once: the second one waits, then 409
        ProductionLocks.lock("cost-report-snapshot", productionId);
        CostReportSnapshot existing = CostReportSnapshot.<CostReportSnapshot> find("productionId = ?1 and weekEnding = ?2",
                productionId, input.weekEnding()).firstResult();
        if (existing != null) {
            throw ProblemException.conflict("the cost report of the week ending " + input.weekEnding()
                    + " was already kept (snapshot " + existing.id + "); a kept report is never replaced");
        }
        CostReportDto report = reports.report(productionId, input.weekEnding());
        CostReportSnapshot s = new CostReportSnapshot();
        s.id = UUID.randomUUID();
        s.productionId = productionId;
        s.weekEnding = input.weekEnding();
        s.note = input.note();
        s.versionId = report.versionId();
        s.versionNumber = report.versionNumber();
        s.report = write(report);
        s.takenAt = Instant.now(clock);
        s.takenBy = audit.actor();
        s.persist();
        audit.record("cost-report.snapshot.taken", "cost_report_snapshot", s.id, null,
                Map.of("weekEnding", s.weekEnding.toString(), "estimatedFinalCost", report.total().estimatedFinalCost()));
        return new SnapshotDto(s.id, productionId, s.weekEnding, s.note, s.takenAt, s.takenBy, report);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SnapshotList list(UUID productionId) {
        CostReportService.requireProduction(productionId);
        List<SnapshotSummary> out = new ArrayList<>();
        for (CostReportSnapshot s : CostReportSnapshot.<CostReportSnapshot> list("productionId",
                Sort.descending("weekEnding"), productionId)) {
            out.add(new SnapshotSummary(s.id, s.weekEnding, s.note, s.versionNumber, s.takenAt, s.takenBy,
                    read(s.report).total()));
        }
        return new SnapshotList(out);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SnapshotDto get(UUID productionId, UUID snapshotId) {
        CostReportService.requireProduction(productionId);
        CostReportSnapshot s = snapshot(productionId, snapshotId);
        return new SnapshotDto(s.id, productionId, s.weekEnding, s.note, s.takenAt, s.takenBy, read(s.report));
    }

    /**
     * {@code from} is a snapshot of this production; {@code to} another one or {@value #CURRENT} for the report as it
     * stands now. A snapshot of another production is unknown here (404).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ComparisonDto compare(UUID productionId, String from, String to) {
        Production production = CostReportService.requireProduction(productionId);
        CostReportSnapshot a = snapshot(productionId, snapshotId("from", from));
        CostReportDto before = read(a.report);
        CostReportDto after;
        ComparedReportDto toSide;
        if (CURRENT.equals(to)) {
            after = reports.report(productionId);
            toSide = new ComparedReportDto(null, null, after.versionNumber(), null);
        } else {
            CostReportSnapshot b = snapshot(productionId, snapshotId("to", to));
            after = read(b.report);
            toSide = new ComparedReportDto(b.id, b.weekEnding, b.versionNumber, b.takenAt);
        }
        if (!before.currency().equals(after.currency())) {
            throw ProblemException.businessRule("currency-mismatch", "the two reports are in " + before.currency() + " and "
                    + after.currency() + ": they cannot be compared figure by figure");
        }
        String cur = after.currency();
        List<ComparedLineDto> lines = CostReportComparison.lines(lineSides(before), lineSides(after)).stream()
                .map(d -> ComparedLineDto.of(d, cur)).toList();
        List<ComparedLineDto> chapters = CostReportComparison.totals(chapterSides(before), chapterSides(after)).stream()
                .map(d -> ComparedLineDto.of(d, cur)).toList();
        ComparedLineDto total = ComparedLineDto.of(CostReportComparison.totals(
                List.of(new CostReportComparison.Side("total", null, null, "total", figures(before.total()))),
                List.of(new CostReportComparison.Side("total", null, null, "total", figures(after.total())))).get(0), cur);
        return new ComparisonDto(productionId, production.title, cur,
                new ComparedReportDto(a.id, a.weekEnding, a.versionNumber, a.takenAt), toSide,
                (int) lines.stream().filter(ComparedLineDto::moved).count(), lines, chapters, total);
    }

    private static UUID snapshotId(String param, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badRequest(param, "is required");
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(param, "must be a snapshot id" + ("to".equals(param) ? " or 'current'" : ""));
        }
    }

    private static CostReportSnapshot snapshot(UUID productionId, UUID snapshotId) {
        CostReportSnapshot s = CostReportSnapshot.findById(snapshotId);
        if (s == null || !s.productionId.equals(productionId)) {
            throw ProblemException.notFound("cost report snapshot", snapshotId);
        }
        return s;
    }

    private static List<CostReportComparison.Side> lineSides(CostReportDto r) {
        return r.lines().stream().map(l -> new CostReportComparison.Side(l.key(), l.accountCode(), l.chapterCode(), l.label(),
                figures(l.figures()))).toList();
    }

    private static List<CostReportComparison.Side> chapterSides(CostReportDto r) {
        return r.chapters().stream().map(c -> new CostReportComparison.Side(c.code(), null, c.code(), null,
                figures(c.figures()))).toList();
    }

    static CostReport.Figures figures(CostFiguresDto f) {
        return new CostReport.Figures(f.budget().amount(), f.committed().amount(), f.actual().amount(),
                f.costToDate().amount(), f.estimateToComplete().amount(), f.estimatedFinalCost().amount(),
                f.variance().amount());
    }

    private String write(CostReportDto report) {
        try {
            return mapper.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot keep the cost report", e);
        }
    }

    private CostReportDto read(String json) {
        try {
            return mapper.readValue(json, CostReportDto.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a kept cost report cannot be read back", e);
        }
    }
}
