package fr.bobine.budget.invoice;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.bobine.budget.accounting.JournalService;
import fr.bobine.budget.commitment.PurchaseOrder;
import fr.bobine.budget.commitment.PurchaseOrderLine;
import fr.bobine.budget.costreport.CostEntry;
import fr.bobine.budget.devis.BudgetLine;
import fr.bobine.budget.production.Production;
import fr.bobine.budget.supplier.Supplier;
import fr.bobine.platform.audit.AuditTrail;
import fr.bobine.platform.http.PageRequest;
import fr.bobine.platform.money.DecimalString;
import fr.bobine.platform.money.Money;
import fr.bobine.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;

/** Invoices matched three ways to their order; a matched invoice becomes actual cost and a purchase journal entry. */
@ApplicationScoped
public class InvoiceService {

    @Inject
    AuditTrail audit;

    @Inject
    JournalService journal;

    /** What the payments recorded against invoice {@code i} add up to, in the query language. */
    private static final String PAID = "(select coalesce(sum(p.amount), 0) from Payment p where p.invoiceId = i.id)";

    Clock clock = Clock.systemUTC();

    @Transactional
    public InvoiceDto create(UUID productionId, NewInvoice request) {
        requireProduction(productionId);
        requireAmount("net", request.net());
        requireAmount("vat", request.vat());
        requireAmount("gross", request.gross());
        PurchaseOrder order = PurchaseOrder.findById(request.orderId());
        if (order == null || !order.productionId.equals(productionId)) {
            throw ProblemException.businessRule("unknown-order", "purchase order " + request.orderId()
                    + " does not exist for this production: an invoice is matched to an order placed first");
        }
        for (String field : List.of("net", "vat", "gross")) {
            Money m = field.equals("net") ? request.net() : field.equals("vat") ? request.vat() : request.gross();
            if (!m.currency().equals(order.currency)) {
                throw ProblemException.badRequest(field, "must be in the order currency " + order.currency);
            }
        }
        if (Invoice.count("supplierId = ?1 and number = ?2", order.supplierId, request.number().strip()) > 0) {
            throw ProblemException.conflict("invoice " + request.number().strip() + " of this supplier is already recorded");
        }
        if (request.dueDate() != null && request.dueDate().isBefore(request.invoiceDate())) {
            throw ProblemException.badRequest("dueDate", "must not be before the invoice date");
        }
        Invoice invoice = new Invoice();
        invoice.id = UUID.randomUUID();
        invoice.productionId = productionId;
        invoice.orderId = order.id;
        invoice.supplierId = order.supplierId;
        invoice.number = request.number().strip();
        invoice.invoiceDate = request.invoiceDate();
        invoice.dueDate = request.dueDate() != null ? request.dueDate() : request.invoiceDate().plusDays(order.paymentTermsDays);
        invoice.currency = order.currency;
        invoice.netAmount = request.net().amount();
        invoice.vatAmount = request.vat().amount();
        invoice.grossAmount = request.gross().amount();
        invoice.createdAt = Instant.now(clock);
        match(invoice, order);
        invoice.persist();
        if (invoice.status == InvoiceStatus.MATCHED) {
            book(invoice, order);
        }
        InvoiceDto dto = toDto(invoice);
        audit.record("invoice.recorded", "invoice", invoice.id, null, dto);
        return dto;
    }

    /** Runs the match again (after a receipt was recorded or the tolerance changed); 409 when already matched. */
    @Transactional
    public InvoiceDto rematch(UUID productionId, UUID invoiceId) {
        Invoice invoice = require(productionId, invoiceId);
        if (invoice.status == InvoiceStatus.MATCHED) {
            throw ProblemException.conflict("invoice " + invoice.number + " is already matched");
        }
        PurchaseOrder order = PurchaseOrder.findById(invoice.orderId);
        InvoiceDto before = toDto(invoice);
        match(invoice, order);
        if (invoice.status == InvoiceStatus.MATCHED) {
            book(invoice, order);
        }
        InvoiceDto after = toDto(invoice);
        audit.record("invoice.rematched", "invoice", invoice.id, before, after);
        return after;
    }

    /**
     * One page of invoices by date. The payment status is computed from the payments; the filter on it is pushed into
     * the query ({@link PaymentStatus#condition}, the same rule as {@link PaymentStatus#of}) so that the count and the
     * page come from the database, not from every invoice loaded and filtered here.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public InvoicePage list(UUID productionId, InvoiceStatus status, PaymentStatus paymentStatus, PageRequest page) {
        requireProduction(productionId);
        StringBuilder query = new StringBuilder("from Invoice i where i.productionId = :productionId");
        Map<String, Object> params = new HashMap<>();
        params.put("productionId", productionId);
        if (status != null) {
            query.append(" and i.status = :status");
            params.put("status", status);
        }
        if (paymentStatus != null) {
            query.append(" and ").append(paymentStatus.condition(PAID, "i.grossAmount"));
        }
        var found = Invoice.<Invoice> find(query.toString(), Sort.by("i.invoiceDate").and("i.id"), params)
                .page(page.page, page.size);
        long total = found.count();
        List<Invoice> invoices = found.list();
        Map<UUID, BigDecimal> paid = paidByInvoice(invoices.stream().map(i -> i.id).toList());
        return new InvoicePage(invoices.stream().map(i -> toDto(i, paid.getOrDefault(i.id, BigDecimal.ZERO))).toList(),
                page.page, page.size, total, page.totalPages(total), page.nextPage(total));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InvoiceDto get(UUID productionId, UUID invoiceId) {
        Invoice invoice = require(productionId, invoiceId);
        return toDto(invoice, paidByInvoice(List.of(invoiceId)).getOrDefault(invoiceId, BigDecimal.ZERO));
    }

    /** What the payments recorded so far cover, per invoice: one query for a whole page. */
    @SuppressWarnings("unchecked")
    private static Map<UUID, BigDecimal> paidByInvoice(List<UUID> invoiceIds) {
        Map<UUID, BigDecimal> paid = new HashMap<>();
        if (invoiceIds.isEmpty()) {
            return paid;
        }
        for (Object[] row : (List<Object[]>) Invoice.getEntityManager().createNativeQuery(
                "select invoice_id, sum(amount) from payment where invoice_id in (:ids) group by invoice_id")
                .setParameter("ids", invoiceIds).getResultList()) {
            paid.put(row[0] instanceof UUID u ? u : UUID.fromString(row[0].toString()), (BigDecimal) row[1]);
        }
        return paid;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ToleranceDto tolerance(UUID productionId) {
        requireProduction(productionId);
        MatchTolerance t = MatchTolerance.findById(productionId);
        return t == null ? new ToleranceDto(Money.zero("EUR"), DecimalString.rate(BigDecimal.ZERO), 0)
                : new ToleranceDto(new Money(t.amount, "EUR"), DecimalString.rate(t.rate), t.version);
    }

    @Transactional
    public ToleranceDto putTolerance(UUID productionId, ToleranceInput input) {
        requireProduction(productionId);
        if (input.amount().signum() < 0) {
            throw ProblemException.badRequest("amount", "must not be negative");
        }
        MatchTolerance t = MatchTolerance.findById(productionId);
        ToleranceDto before = t == null ? null : tolerance(productionId);
        if (t == null) {
            t = new MatchTolerance();
            t.productionId = productionId;
        }
        t.amount = input.amount().amount();
        t.rate = input.rate();
        t.persist();
        MatchTolerance.flush();
        ToleranceDto after = new ToleranceDto(new Money(t.amount, "EUR"), DecimalString.rate(t.rate), t.version);
        audit.record("match-tolerance.set", "match_tolerance", productionId, before, after);
        return after;
    }

    private void match(Invoice invoice, PurchaseOrder order) {
        MatchTolerance t = MatchTolerance.findById(invoice.productionId);
        ThreeWayMatch.Tolerance tolerance = t == null ? new ThreeWayMatch.Tolerance(BigDecimal.ZERO, BigDecimal.ZERO)
                : new ThreeWayMatch.Tolerance(t.amount, t.rate);
        Object before = Invoice.getEntityManager().createNativeQuery(
                "select coalesce(sum(net_amount), 0) from invoice where order_id = ?1 and status = 'MATCHED' and id <> ?2")
                .setParameter(1, order.id).setParameter(2, invoice.id).getSingleResult();
        ThreeWayMatch.Result r = ThreeWayMatch.match(new ThreeWayMatch.Input(order.netAmount, order.receivedAmount,
                new BigDecimal(before.toString()), invoice.netAmount, invoice.vatAmount, invoice.grossAmount), tolerance);
        invoice.status = r.matched() ? InvoiceStatus.MATCHED : InvoiceStatus.MISMATCHED;
        invoice.mismatchReasons = r.reasons().toArray(String[]::new);
    }

    /** The net, split over the order's lines pro rata, becomes actual cost; the purchase entry is journalled. */
    private void book(Invoice invoice, PurchaseOrder order) {
        List<PurchaseOrderLine> lines = PurchaseOrderLine.list("orderId", Sort.by("position"), order.id);
        List<BigDecimal> parts = ProRata.split(invoice.netAmount, lines.stream().map(l -> l.amount).toList());
        List<JournalService.Expense> expenses = new ArrayList<>();
        Supplier supplier = Supplier.findById(invoice.supplierId);
        for (int i = 0; i < lines.size(); i++) {
            PurchaseOrderLine l = lines.get(i);
            CostEntry e = new CostEntry();
            e.id = UUID.randomUUID();
            e.productionId = invoice.productionId;
            e.lineage = l.lineage;
            e.kind = CostEntry.ACTUAL;
            e.source = "INVOICE";
            e.sourceRef = invoice.id.toString();
            e.orderLineId = l.id;
            e.amount = parts.get(i);
            e.bookedOn = invoice.invoiceDate;
            e.label = supplier.name + " " + invoice.number;
            e.createdAt = Instant.now(clock);
            e.persist();
            BudgetLine line = BudgetLine.findById(l.budgetLineId);
            expenses.add(new JournalService.Expense(line.accountCode, parts.get(i)));
        }
        journal.bookPurchase(invoice.productionId, invoice.id, invoice.number, invoice.invoiceDate, supplier.name,
                supplier.siret, expenses, invoice.vatAmount, invoice.grossAmount);
    }

    /** An invoice being recorded or matched: no payment can be against it yet (a MISMATCHED one cannot be paid). */
    static InvoiceDto toDto(Invoice i) {
        return toDto(i, BigDecimal.ZERO);
    }

    static InvoiceDto toDto(Invoice i, BigDecimal paid) {
        return new InvoiceDto(i.id, i.productionId, i.orderId, i.supplierId, i.number, i.invoiceDate, i.dueDate,
                new Money(i.netAmount, i.currency), new Money(i.vatAmount, i.currency), new Money(i.grossAmount, i.currency),
                i.status, List.of(i.mismatchReasons), new Money(paid, i.currency).rounded(),
                new Money(i.grossAmount.subtract(paid), i.currency).rounded(), PaymentStatus.of(i.grossAmount, paid),
                i.version);
    }

    private static Invoice require(UUID productionId, UUID invoiceId) {
        Invoice i = Invoice.findById(invoiceId);
        if (i == null || !i.productionId.equals(productionId)) {
            throw ProblemException.notFound("invoice", invoiceId);
        }
        return i;
    }

    private static void requireAmount(String field, Money amount) {
        if (amount.signum() < 0) {
            throw ProblemException.badRequest(field, "must not be negative");
        }
    }

    private static void requireProduction(UUID productionId) {
        if (Production.findById(productionId) == null) {
            throw ProblemException.notFound("production", productionId);
        }
    }
}
