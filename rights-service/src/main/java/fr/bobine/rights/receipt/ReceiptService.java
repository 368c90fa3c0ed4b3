package fr.bobine.rights.receipt;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.bobine.platform.audit.AuditTrail;
import fr.bobine.platform.events.EventRejectedException;
import fr.bobine.platform.http.PageRequest;
import fr.bobine.platform.money.Money;
import fr.bobine.platform.problem.ProblemException;
import fr.bobine.rights.availability.AvailabilityService.GrantedLicenceView;
import fr.bobine.rights.version.Allocation;
import fr.bobine.rights.version.WaterfallLedger;
import fr.bobine.rights.version.WaterfallVersion;
import fr.bobine.rights.version.WaterfallVersionService;
import fr.bobine.rights.waterfall.Media;
import fr.bobine.rights.waterfall.ReceiptKind;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ReceiptService {

    @Inject
    WaterfallLedger ledger;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** Records a receipt entered by hand and runs it once down every waterfall version of the production. */
    @Transactional
    public ReceiptDto record(UUID productionId, NewReceipt request) {
        WaterfallVersionService.requireProduction(productionId);
        if (request.gross().signum() < 0) {
            throw ProblemException.badRequest("gross.amount", "must not be negative");
        }
        List<WaterfallVersion> versions = WaterfallVersion.ofProduction(productionId);
        for (WaterfallVersion v : versions) {
            if (!v.currency.equals(request.gross().currency())) {
                throw ProblemException.businessRule("currency-mismatch", "receipt in " + request.gross().currency()
                        + " but waterfall version " + v.name + " is kept in " + v.currency);
            }
        }
        UUID id = UUID.randomUUID();
        String sourceRef = "manual:" + (request.reference() == null ? id : request.reference());
        if (ReceiptRecord.count("productionId = ?1 and sourceRef = ?2", productionId, sourceRef) > 0) {
            throw ProblemException.conflict("a receipt with reference " + request.reference() + " is already recorded");
        }
        ReceiptKind kind = request.kindOrDefault();
        if (!kind.isAdvance() && Boolean.TRUE.equals(request.inFinancingPlan())) {
            throw ProblemException.badRequest("inFinancingPlan", "only an MG or a pre-sale is part of the financing plan");
        }
        ReceiptRecord receipt = newReceipt(id, productionId, ReceiptSource.MANUAL, sourceRef, request.receivedOn(),
                request.media(), request.territory(), request.gross(), request.admissions());
        receipt.kind = kind;
        receipt.inFinancingPlan = Boolean.TRUE.equals(request.inFinancingPlan());
        runDown(receipt, versions);
        ReceiptDto created = toDto(receipt);
        audit.record("receipt.record", "receipt", id, null, created);
        return created;
    }

    /**
     * Records each line of a distribution-service revenue report as a receipt and runs it down the waterfalls. A report
     * already recorded (same report id, whatever the event id) changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int recordReport(RevenueReport report) {
        if (ReceiptRecord.count("reportId", report.reportId()) > 0) {
            return 0;
        }
        List<WaterfallVersion> versions = WaterfallVersion.ofProduction(report.productionId());
        for (int i = 0; i < report.lines().size(); i++) {
            Money gross = report.lines().get(i).grossReceipts();
            for (WaterfallVersion v : versions) {
                if (!v.currency.equals(gross.currency())) {
                    throw new EventRejectedException("report " + report.reportId() + " line " + i + " is in " + gross.currency()
                            + " but waterfall version " + v.name + " is kept in " + v.currency);
                }
            }
        }
        int recorded = 0;
        for (int i = 0; i < report.lines().size(); i++) {
            RevenueReport.Line line = report.lines().get(i);
            LocalDate on = line.weekStart() != null ? line.weekStart() : report.periodEnd();
            ReceiptRecord receipt = newReceipt(UUID.randomUUID(), report.productionId(), ReceiptSource.DISTRIBUTION,
                    "report:" + report.reportId() + "#" + i, on, line.media(), line.territory(), line.grossReceipts(),
                    line.admissions());
            receipt.reportId = report.reportId();
            receipt.reporter = report.reporter();
            runDown(receipt, versions);
            audit.record("receipt.record", "receipt", receipt.id, null, toDto(receipt));
            recorded++;
        }
        return recorded;
    }

    /**
     * Records an MG or pre-sale instalment the producer received under a distribution contract (once per instalment)
     * and runs it down every waterfall version, where RNPP is measured. It is part of the financing plan: budget-service
     * books every signed MG and pre-sale as a source of it. A version that cannot take it, or another currency, parks it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean recordAdvance(UUID instalmentId, UUID productionId, GrantedLicenceView licence, Money amount,
            LocalDate receivedOn) {
        String sourceRef = "mg-instalment:" + instalmentId;
        if (ReceiptRecord.count("productionId = ?1 and sourceRef = ?2", productionId, sourceRef) > 0) {
            return false;
        }
        List<WaterfallVersion> versions = WaterfallVersion.ofProduction(productionId);
        for (WaterfallVersion v : versions) {
            if (!v.currency.equals(amount.currency())) {
                throw new EventRejectedException("MG instalment " + instalmentId + " is in " + amount.currency()
                        + " but waterfall version " + v.name + " is kept in " + v.currency);
            }
        }
        ReceiptRecord receipt = newReceipt(UUID.randomUUID(), productionId, ReceiptSource.MG_INSTALMENT, sourceRef, receivedOn,
                AdvanceMode.media(licence.counterpartyKind(), licence.blocks()), AdvanceMode.territory(licence.blocks()),
                amount, null);
        receipt.kind = AdvanceMode.kind(licence.counterpartyKind());
        receipt.inFinancingPlan = true;
        receipt.reporter = licence.licensee();
        try {
            runDown(receipt, versions);
        } catch (ProblemException e) {
            throw new EventRejectedException("MG instalment " + instalmentId + ": " + e.getMessage(), e);
        }
        audit.record("receipt.record", "receipt", receipt.id, null, toDto(receipt));
        return true;
    }

    private ReceiptRecord newReceipt(UUID id, UUID productionId, ReceiptSource source, String sourceRef, LocalDate on,
            Media media, String territory, Money gross, Integer admissions) {
        ReceiptRecord receipt = new ReceiptRecord();
        receipt.id = id;
        receipt.productionId = productionId;
        receipt.source = source;
        receipt.sourceRef = sourceRef;
        receipt.receivedOn = on;
        receipt.media = media;
        receipt.territory = territory;
        receipt.gross = gross.amount();
        receipt.currency = gross.currency();
        receipt.admissions = admissions;
        receipt.createdAt = Instant.now(clock);
        return receipt;
    }

    private void runDown(ReceiptRecord receipt, List<WaterfallVersion> versions) {
        receipt.persistAndFlush();
        for (WaterfallVersion version : versions) {
            ledger.apply(version, receipt);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReceiptPage list(UUID productionId, PageRequest page) {
        WaterfallVersionService.requireProduction(productionId);
        var found = ReceiptRecord.<ReceiptRecord> find("productionId", Sort.ascending("seq"), productionId).page(page.page, page.size);
        long total = found.count();
        return new ReceiptPage(found.list().stream().map(this::toDto).toList(), page.page, page.size, total,
                page.totalPages(total), page.nextPage(total));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ReceiptDto> find(UUID productionId, UUID id) {
        return Optional.ofNullable(ReceiptRecord.<ReceiptRecord> findById(id)).filter(r -> r.productionId.equals(productionId))
                .map(this::toDto);
    }

    ReceiptDto toDto(ReceiptRecord r) {
        List<ReceiptAllocation> allocations = Allocation.<Allocation> list("receiptId = ?1 and took <> 0 order by waterfallId, stepOrder", r.id)
                .stream().map(a -> new ReceiptAllocation(a.waterfallId, a.nodeId, a.holder, new Money(a.took, r.currency)))
                .toList();
        String reference = r.source == ReceiptSource.MANUAL && !r.sourceRef.equals("manual:" + r.id)
                ? r.sourceRef.substring("manual:".length()) : r.source != ReceiptSource.MANUAL ? r.sourceRef : null;
        return new ReceiptDto(r.id, r.productionId, r.seq == null ? 0 : r.seq, r.source, reference, r.receivedOn, r.media,
                r.territory, r.grossMoney(), r.kind, r.inFinancingPlan, r.admissions, r.reportId, allocations);
    }
}
