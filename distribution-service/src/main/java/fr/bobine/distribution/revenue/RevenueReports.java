package fr.bobine.distribution.revenue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.bobine.distribution.contract.Contracts;
import fr.bobine.distribution.contract.Contracts.ContractRef;
import fr.bobine.distribution.production.Productions;
import fr.bobine.distribution.release.ReleaseProfileDto;
import fr.bobine.distribution.release.ReleaseProfiles;
import fr.bobine.distribution.revenue.RevenueDtos.NewRevenueLine;
import fr.bobine.distribution.revenue.RevenueDtos.NewRevenueReport;
import fr.bobine.distribution.revenue.RevenueDtos.OverdueReport;
import fr.bobine.distribution.revenue.RevenueDtos.ReportSource;
import fr.bobine.distribution.revenue.RevenueDtos.ReportedLine;
import fr.bobine.distribution.revenue.RevenueDtos.RevenueLineDto;
import fr.bobine.distribution.revenue.RevenueDtos.RevenueReportDto;
import fr.bobine.distribution.revenue.RevenueDtos.RevenueReportPage;
import fr.bobine.distribution.revenue.RevenueDtos.RevenueReported;
import fr.bobine.platform.audit.AuditTrail;
import fr.bobine.platform.http.PageRequest;
import fr.bobine.platform.money.Money;
import fr.bobine.platform.outbox.Outbox;
import fr.bobine.platform.problem.Problem;
import fr.bobine.platform.problem.ProblemException;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Revenue reports from distributors and broadcasters, entered or imported, each told to rights-service once. */
@ApplicationScoped
public class RevenueReports {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    Contracts contracts;

    @Inject
    ReleaseProfiles profiles;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Transactional
    public RevenueReportDto report(UUID productionId, NewRevenueReport in, ReportSource source) {
        Productions.require(productionId);
        if (in.periodEnd().isBefore(in.periodStart())) {
            throw ProblemException.badRequest("periodEnd", "must not be before periodStart");
        }
        if (in.contractId() != null && contracts.ref(productionId, in.contractId()).isEmpty()) {
            throw ProblemException.badRequest("contractId", "no contract " + in.contractId() + " on this production");
        }
        String currency = in.lines().get(0).grossReceipts().currency();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < in.lines().size(); i++) {
            NewRevenueLine l = in.lines().get(i);
            String at = "lines[" + i + "]";
            if (l.weekStart() != null && !CinemaWeek.isWeekStart(l.weekStart())) {
                throw ProblemException.badRequest(at + ".weekStart", l.weekStart() + " is a " + l.weekStart().getDayOfWeek()
                        + "; a French cinema week starts on a Wednesday");
            }
            if (l.media() == RevenueMedia.THEATRICAL && l.weekStart() == null) {
                throw ProblemException.badRequest(at + ".weekStart", "a THEATRICAL line needs its cinema week");
            }
            if (!l.grossReceipts().currency().equals(currency)) {
                throw ProblemException.badRequest(at + ".grossReceipts", "all lines of a report are in one currency, here " + currency);
            }
            if (l.grossReceipts().signum() < 0) {
                throw ProblemException.badRequest(at + ".grossReceipts", "must not be negative");
            }
            total = total.add(l.grossReceipts().amount());
        }
        RevenueReport r = new RevenueReport();
        r.id = UUID.randomUUID();
        r.productionId = productionId;
        r.contractId = in.contractId();
        r.reporter = in.reporter().strip();
        r.periodStart = in.periodStart();
        r.periodEnd = in.periodEnd();
        r.receivedOn = in.receivedOn() == null ? LocalDate.now(PARIS) : in.receivedOn();
        r.totalAmount = total;
        r.currency = currency;
        r.source = source.name();
        r.createdAt = Instant.now();
        r.persist();
        for (int i = 0; i < in.lines().size(); i++) {
            NewRevenueLine l = in.lines().get(i);
            RevenueLine row = new RevenueLine();
            row.id = UUID.randomUUID();
            row.reportId = r.id;
            row.position = i + 1;
            row.media = l.media();
            row.territory = l.territory();
            row.grossAmount = l.grossReceipts().amount();
            row.admissions = l.admissions();
            row.weekStart = l.weekStart();
            row.persist();
        }
        RevenueReportDto created = toDto(r);
        outbox.publish(RevenueReported.TYPE, productionId, new RevenueReported(r.id, productionId, r.contractId, r.reporter,
                r.periodStart, r.periodEnd, created.lines().stream().map(l -> new ReportedLine(l.media().name(), l.territory(),
                        l.grossReceipts(), l.admissions(), l.weekStart())).toList(), created.total()));
        audit.record("revenue-report.create", "revenue_report", r.id, null, created);
        return created;
    }

    /** A CSV statement, all or nothing: a bad row refuses the whole file with its row number and reason. */
    @Transactional
    public RevenueReportDto importCsv(UUID productionId, String csv, UUID contractId, String reporter, LocalDate periodStart,
            LocalDate periodEnd, LocalDate receivedOn) {
        List<RevenueCsv.Line> lines;
        try {
            lines = RevenueCsv.parse(csv);
        } catch (RevenueCsv.BadRow e) {
            throw new ProblemException(400, "csv-row-refused", "Invalid CSV import",
                    "row " + e.row() + ": " + e.getMessage() + "; nothing was imported",
                    List.of(new Problem.FieldError("row " + e.row(), e.getMessage())));
        }
        return report(productionId, new NewRevenueReport(contractId, reporter, periodStart, periodEnd, receivedOn,
                lines.stream().map(l -> new NewRevenueLine(l.media(), l.territory(), l.grossReceipts(), l.admissions(), l.weekStart()))
                        .toList()), ReportSource.CSV);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RevenueReportDto> find(UUID productionId, UUID id) {
        return RevenueReport.<RevenueReport> findByIdOptional(id).filter(r -> r.productionId.equals(productionId)).map(this::toDto);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RevenueReportPage list(UUID productionId, UUID contractId, PageRequest page) {
        Productions.require(productionId);
        String q = "productionId = :p" + (contractId == null ? "" : " and contractId = :c");
        Parameters params = Parameters.with("p", productionId);
        if (contractId != null) {
            params.and("c", contractId);
        }
        var found = RevenueReport.<RevenueReport> find(q, Sort.descending("periodEnd").and("createdAt", Sort.Direction.Descending), params)
                .page(page.page, page.size);
        long total = found.count();
        return new RevenueReportPage(found.list().stream().map(this::toDto).toList(), page.page, page.size, total, page.nextPage(total));
    }

    /** Signed contracts whose next account (L213-28 and the contract's frequency) is past due on {@code on}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OverdueReport> overdue(UUID productionId, LocalDate on) {
        Productions.require(productionId);
        Optional<ReleaseProfileDto> profile = profiles.find(productionId);
        if (profile.isEmpty() || profile.get().frenchReleaseDate() == null) {
            return List.of();
        }
        LocalDate release = profile.get().frenchReleaseDate();
        List<OverdueReport> overdue = new ArrayList<>();
        for (ContractRef c : contracts.signed(productionId)) {
            List<LocalDate> received = RevenueReport.<RevenueReport> list("contractId = ?1 and receivedOn <= ?2", c.id(), on)
                    .stream().map(r -> r.receivedOn).toList();
            if (ReportingSchedule.overdue(release, c.reportingMonths(), received, on)) {
                LocalDate due = ReportingSchedule.nextDue(release, c.reportingMonths(), received);
                overdue.add(new OverdueReport(c.id(), c.counterpartyName(),
                        received.stream().max(LocalDate::compareTo).orElse(null), due, ChronoUnit.DAYS.between(due, on)));
            }
        }
        return overdue;
    }

    private RevenueReportDto toDto(RevenueReport r) {
        List<RevenueLineDto> lines = RevenueLine.<RevenueLine> list("reportId", Sort.ascending("position"), r.id).stream()
                .map(l -> new RevenueLineDto(l.position, l.media, l.territory, new Money(l.grossAmount, r.currency), l.admissions,
                        l.weekStart, l.weekStart == null ? null : new CinemaWeek(l.weekStart).end()))
                .toList();
        long admissions = lines.stream().mapToLong(l -> l.admissions() == null ? 0 : l.admissions()).sum();
        return new RevenueReportDto(r.id, r.productionId, r.contractId, r.reporter, r.periodStart, r.periodEnd, r.receivedOn,
                ReportSource.valueOf(r.source), lines, new Money(r.totalAmount, r.currency).rounded(), admissions);
    }
}
