package fr.bobine.budget.commitment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.bobine.budget.costreport.CostLedger;
import fr.bobine.budget.costreport.LockedLines;
import fr.bobine.budget.devis.Budget;
import fr.bobine.budget.devis.BudgetLine;
import fr.bobine.budget.devis.BudgetVersion;
import fr.bobine.budget.devis.VersionStatus;
import fr.bobine.budget.production.Production;
import fr.bobine.budget.supplier.SupplierService;
import fr.bobine.platform.audit.AuditTrail;
import fr.bobine.platform.http.PageRequest;
import fr.bobine.platform.money.Money;
import fr.bobine.platform.outbox.Outbox;
import fr.bobine.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;

/** Purchase orders against the locked budget; an order that takes a line past its budget is booked, flagged and told. */
@ApplicationScoped
public class CommitmentService {

    public static final String LINE_OVERRUN = "budget.line.overrun";

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    LockedLines lockedLines;

    @Inject
    CostLedger ledger;

    Clock clock = Clock.systemUTC();

    @Transactional
    public PurchaseOrderDto create(UUID productionId, NewPurchaseOrder request) {
        requireProduction(productionId);
        SupplierService.require(request.supplierId());
        if (PurchaseOrder.count("productionId = ?1 and number = ?2", productionId, request.number().strip()) > 0) {
            throw ProblemException.conflict("order " + request.number().strip() + " already exists for this production");
        }
        UUID versionId = null;
        String currency = null;
        BigDecimal net = BigDecimal.ZERO;
        List<BudgetLine> lines = new ArrayList<>();
        for (int i = 0; i < request.allocations().size(); i++) {
            AllocationInput a = request.allocations().get(i);
            String field = "allocations[" + i + "]";
            BudgetLine line = BudgetLine.findById(a.budgetLineId());
            BudgetVersion version = line == null ? null : BudgetVersion.findById(line.versionId);
            Budget budget = version == null ? null : Budget.findById(version.budgetId);
            if (budget == null || !budget.productionId.equals(productionId)) {
                throw ProblemException.businessRule("unknown-budget-line", field + ".budgetLineId "
                        + a.budgetLineId() + " is not a line of this production's budgets");
            }
            if (version.status != VersionStatus.APPROVED) {
                throw ProblemException.businessRule("budget-not-locked", "budget version " + version.number + " is "
                        + version.status + ": orders are placed against a locked (approved) version only");
            }
            if (versionId != null && !versionId.equals(version.id)) {
                throw ProblemException.businessRule("mixed-budget-versions", "all allocations of an order go to one budget version");
            }
            if (a.amount().signum() <= 0) {
                throw ProblemException.badRequest(field + ".amount", "must be above zero");
            }
            if (!a.amount().currency().equals(budget.currency)) {
                throw ProblemException.badRequest(field + ".amount", "must be in the budget currency " + budget.currency);
            }
            versionId = version.id;
            currency = budget.currency;
            net = net.add(a.amount().amount());
            lines.add(line);
        }
        PurchaseOrder order = new PurchaseOrder();
        order.id = UUID.randomUUID();
        order.productionId = productionId;
        order.supplierId = request.supplierId();
        order.budgetVersionId = versionId;
        order.number = request.number().strip();
        order.description = request.description().strip();
        order.quoteRef = request.quoteRef();
        order.orderDate = request.orderDate();
        order.paymentTermsDays = request.paymentTermsDays();
        order.currency = currency;
        order.netAmount = net;
        order.createdAt = Instant.now(clock);
        order.persist();
        for (int i = 0; i < lines.size(); i++) {
            PurchaseOrderLine ol = new PurchaseOrderLine();
            ol.id = UUID.randomUUID();
            ol.orderId = order.id;
            ol.position = i + 1;
            ol.budgetLineId = lines.get(i).id;
            ol.lineage = lines.get(i).lineage;
            ol.amount = request.allocations().get(i).amount().amount();
            ol.persist();
        }
        PurchaseOrder.flush();
        List<LineOverrun> overruns = overruns(productionId, order, lines);
        order.overrun = !overruns.isEmpty();
        for (LineOverrun o : overruns) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("productionId", productionId.toString());
            data.put("orderId", order.id.toString());
            data.put("orderNumber", order.number);
            data.put("budgetLineId", o.budgetLineId().toString());
            data.put("accountCode", o.accountCode());
            data.put("budget", o.budget().amount().toPlainString());
            data.put("costToDate", o.costToDate().amount().toPlainString());
            data.put("overrun", o.overrun().amount().toPlainString());
            data.put("currency", currency);
            outbox.publish(LINE_OVERRUN, productionId, data);
        }
        PurchaseOrderDto dto = toDto(order, overruns);
        audit.record("purchase-order.created", "purchase_order", order.id, null, dto);
        return dto;
    }

    @Transactional
    public PurchaseOrderDto recordReceipt(UUID productionId, UUID orderId, ReceiptInput input) {
        PurchaseOrder order = require(productionId, orderId);
        if (input.received().signum() < 0) {
            throw ProblemException.badRequest("received", "must not be negative");
        }
        if (!input.received().currency().equals(order.currency)) {
            throw ProblemException.badRequest("received", "must be in the order currency " + order.currency);
        }
        BigDecimal before = order.receivedAmount;
        order.receivedAmount = input.received().amount();
        audit.record("purchase-order.received", "purchase_order", order.id, before, order.receivedAmount);
        return toDto(order, List.of());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PurchaseOrderPage list(UUID productionId, PageRequest page) {
        requireProduction(productionId);
        var found = PurchaseOrder.<PurchaseOrder> find("productionId", Sort.by("createdAt").and("id"), productionId)
                .page(page.page, page.size);
        long total = found.count();
        return new PurchaseOrderPage(found.list().stream().map(o -> toDto(o, List.of())).toList(), page.page, page.size,
                total, page.totalPages(total), page.nextPage(total));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PurchaseOrderDto get(UUID productionId, UUID orderId) {
        return toDto(require(productionId, orderId), List.of());
    }

    public static PurchaseOrder require(UUID productionId, UUID orderId) {
        PurchaseOrder order = PurchaseOrder.findById(orderId);
        if (order == null || !order.productionId.equals(productionId)) {
            throw ProblemException.notFound("purchase order", orderId);
        }
        return order;
    }

    private List<LineOverrun> overruns(UUID productionId, PurchaseOrder order, List<BudgetLine> lines) {
        Map<String, BigDecimal> budgets = new HashMap<>();
        lockedLines.of(productionId).ifPresent(l -> l.lines().forEach(b -> budgets.put(b.key(), b.budget())));
        Map<String, CostLedger.Position> positions = ledger.positions(productionId);
        List<LineOverrun> out = new ArrayList<>();
        List<UUID> seen = new ArrayList<>();
        for (BudgetLine line : lines) {
            if (seen.contains(line.lineage)) {
                continue;
            }
            seen.add(line.lineage);
            String key = line.lineage.toString();
            BigDecimal budget = budgets.getOrDefault(key, BigDecimal.ZERO.setScale(2));
            CostLedger.Position p = positions.get(key);
            BigDecimal costToDate = p == null ? BigDecimal.ZERO : p.committed().add(p.actual());
            if (costToDate.compareTo(budget) > 0) {
                out.add(new LineOverrun(line.id, line.accountCode, new Money(budget, order.currency),
                        new Money(costToDate, order.currency), new Money(costToDate.subtract(budget), order.currency)));
            }
        }
        return out;
    }

    PurchaseOrderDto toDto(PurchaseOrder o, List<LineOverrun> overruns) {
        List<AllocationDto> allocations = new ArrayList<>();
        for (PurchaseOrderLine l : PurchaseOrderLine.<PurchaseOrderLine> list("orderId", Sort.by("position"), o.id)) {
            BudgetLine line = BudgetLine.findById(l.budgetLineId);
            BigDecimal invoiced = invoicedOn(l.id);
            allocations.add(new AllocationDto(l.id, l.budgetLineId, l.lineage, line.accountCode, new Money(l.amount, o.currency),
                    new Money(invoiced, o.currency), new Money(l.amount.subtract(invoiced).max(BigDecimal.ZERO), o.currency)));
        }
        return new PurchaseOrderDto(o.id, o.productionId, o.supplierId, o.budgetVersionId, o.number, o.description,
                o.quoteRef, o.orderDate, o.paymentTermsDays, new Money(o.netAmount, o.currency),
                o.receivedAmount == null ? null : new Money(o.receivedAmount, o.currency), o.overrun, overruns,
                allocations, o.version);
    }

    private static BigDecimal invoicedOn(UUID orderLineId) {
        Object total = PurchaseOrder.getEntityManager().createNativeQuery(
                "select coalesce(sum(amount), 0) from cost_entry where order_line_id = ?1 and kind = 'ACTUAL'")
                .setParameter(1, orderLineId).getSingleResult();
        return new BigDecimal(total.toString()).setScale(2);
    }

    private static void requireProduction(UUID productionId) {
        if (Production.findById(productionId) == null) {
            throw ProblemException.notFound("production", productionId);
        }
    }
}
