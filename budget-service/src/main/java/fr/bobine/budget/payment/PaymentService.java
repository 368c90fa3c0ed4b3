package fr.bobine.budget.payment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.bobine.budget.accounting.JournalService;
import fr.bobine.budget.invoice.Invoice;
import fr.bobine.budget.invoice.InvoiceStatus;
import fr.bobine.budget.production.Production;
import fr.bobine.budget.supplier.Supplier;
import fr.bobine.platform.audit.AuditTrail;
import fr.bobine.platform.http.PageRequest;
import fr.bobine.platform.money.Money;
import fr.bobine.platform.problem.Problem;
import fr.bobine.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;

/**
 * Supplier payments: imported back from the accounting software (a file booked once, a line booked once) or typed by
 * hand. Each booked payment is a bank journal entry; the payment that settles an invoice letters its supplier lines.
 */
@ApplicationScoped
public class PaymentService {

    @Inject
    JournalService journal;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** An import and whether this request booked it (false: the same file was imported before). */
    public record ImportOutcome(PaymentImportDto result, boolean created) {
    }

    /**
     * Imports a payments file, atomically: the same bytes again answer the first import; any bad line refuses the
     * whole file with every bad line and its reason (422), and nothing is booked.
     */
    @Transactional
    public ImportOutcome importFile(UUID productionId, String fileName, byte[] content) {
        requireProduction(productionId);
        if (content == null || content.length == 0) {
            throw ProblemException.badRequest("body", "the payments file is empty");
        }
        // imports and journal entries of a production are written one at a time
        journal.lock(productionId);
        String sha = PaymentCsv.sha256(content);
        PaymentImport previous = PaymentImport.find("productionId = ?1 and fileSha256 = ?2", productionId, sha).firstResult();
        if (previous != null) {
            return new ImportOutcome(toDto(previous), false);
        }
        PaymentCsv.Parsed parsed = PaymentCsv.parse(content);
        List<PaymentMatching.Candidate> candidates = new ArrayList<>();
        for (PaymentCsv.Line l : parsed.lines()) {
            candidates.add(new PaymentMatching.Candidate(l.number(), l.externalRef(), l.supplierSiret(), l.invoiceNumber(),
                    l.paidOn(), l.amount(), l.currency(), invoiceDue(l.supplierSiret(), l.invoiceNumber())));
        }
        PaymentMatching.Result result = PaymentMatching.decide(productionId, candidates, booked(productionId, candidates));
        List<PaymentCsv.LineError> errors = new ArrayList<>(parsed.errors());
        errors.addAll(result.errors());
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(PaymentCsv.LineError::line));
            long lines = errors.stream().mapToInt(PaymentCsv.LineError::line).distinct().count();
            throw ProblemException.businessRule("payment-import-refused", lines + " line(s) of "
                    + (fileName == null ? "the file" : fileName) + " are refused; nothing was booked",
                    errors.stream().map(e -> new Problem.FieldError("line " + e.line(), e.reason())).toList());
        }
        PaymentImport imp = new PaymentImport();
        imp.id = UUID.randomUUID();
        imp.productionId = productionId;
        imp.fileName = fileName;
        imp.fileSha256 = sha;
        imp.linesRead = parsed.lines().size();
        imp.linesBooked = (int) result.count(PaymentMatching.Outcome.BOOK);
        imp.linesAlreadyBooked = (int) result.count(PaymentMatching.Outcome.ALREADY_BOOKED);
        imp.importedAt = Instant.now(clock);
        imp.persist();
        Map<Integer, PaymentCsv.Line> byNumber = new HashMap<>();
        parsed.lines().forEach(l -> byNumber.put(l.number(), l));
        for (PaymentMatching.Decision d : result.decisions()) {
            if (d.outcome() == PaymentMatching.Outcome.BOOK) {
                PaymentCsv.Line l = byNumber.get(d.candidate().line());
                book(productionId, imp.id, d, l.reference(), l.label());
            }
        }
        PaymentImportDto dto = toDto(imp);
        audit.record("payments.imported", "payment_import", imp.id, null,
                new PaymentImportDto(dto.id(), dto.fileName(), dto.sha256(), dto.linesRead(), dto.linesBooked(),
                        dto.linesAlreadyBooked(), dto.importedAt(), List.of()));
        return new ImportOutcome(dto, true);
    }

    /** One payment typed by hand: the rules of an imported line; its reference already booked is a 409. */
    @Transactional
    public PaymentDto record(UUID productionId, NewPayment request) {
        requireProduction(productionId);
        journal.lock(productionId);
        Invoice invoice = Invoice.findById(request.invoiceId());
        if (invoice == null || !invoice.productionId.equals(productionId)) {
            throw ProblemException.businessRule("unknown-invoice", "invoice " + request.invoiceId()
                    + " does not exist for this production", List.of(new Problem.FieldError("invoiceId", "unknown invoice")));
        }
        Supplier supplier = Supplier.findById(invoice.supplierId);
        BigDecimal amount = request.amount().amount().setScale(2);
        String reference = request.reference() == null || request.reference().isBlank() ? null : request.reference().strip();
        String ref = reference != null ? reference
                : PaymentCsv.digestRef(request.paidOn(), supplier.siret, invoice.number, amount);
        PaymentMatching.Candidate c = new PaymentMatching.Candidate(0, ref, supplier.siret, invoice.number, request.paidOn(),
                amount, request.amount().currency(), due(invoice));
        PaymentMatching.Result result = PaymentMatching.decide(productionId, List.of(c), booked(productionId, List.of(c)));
        if (!result.errors().isEmpty()) {
            throw ProblemException.businessRule("payment-refused", result.errors().get(0).reason(),
                    result.errors().stream().map(e -> new Problem.FieldError("payment", e.reason())).toList());
        }
        PaymentMatching.Decision d = result.decisions().get(0);
        if (d.outcome() == PaymentMatching.Outcome.ALREADY_BOOKED) {
            throw ProblemException.conflict("payment " + ref + " is already booked");
        }
        Payment p = book(productionId, null, d, reference, request.label());
        PaymentDto dto = PaymentDto.of(p);
        audit.record("payment.recorded", "payment", p.id, null, dto);
        return dto;
    }

    /** One page of payments by date; with an invoice, its payments and what is paid and due on the whole invoice. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PaymentPage list(UUID productionId, UUID invoiceId, PageRequest page) {
        requireProduction(productionId);
        Sort byDate = Sort.by("paidOn").and("createdAt").and("id");
        if (invoiceId == null) {
            var found = Payment.<Payment> find("productionId", byDate, productionId).page(page.page, page.size);
            long total = found.count();
            return new PaymentPage(found.list().stream().map(PaymentDto::of).toList(), page.page, page.size, total,
                    page.totalPages(total), page.nextPage(total), null, null);
        }
        Invoice invoice = Invoice.findById(invoiceId);
        if (invoice == null || !invoice.productionId.equals(productionId)) {
            throw ProblemException.notFound("invoice", invoiceId);
        }
        var found = Payment.<Payment> find("invoiceId", byDate, invoiceId).page(page.page, page.size);
        long total = found.count();
        BigDecimal paid = paid(invoiceId);
        return new PaymentPage(found.list().stream().map(PaymentDto::of).toList(), page.page, page.size, total,
                page.totalPages(total), page.nextPage(total), new Money(paid, invoice.currency),
                new Money(invoice.grossAmount.subtract(paid), invoice.currency));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PaymentDto get(UUID productionId, UUID paymentId) {
        requireProduction(productionId);
        Payment p = Payment.findById(paymentId);
        if (p == null || !p.productionId.equals(productionId)) {
            throw ProblemException.notFound("payment", paymentId);
        }
        return PaymentDto.of(p);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PaymentImportPage imports(UUID productionId, PageRequest page) {
        requireProduction(productionId);
        var found = PaymentImport.<PaymentImport> find("productionId", Sort.by("importedAt").descending().and("id"),
                productionId).page(page.page, page.size);
        long total = found.count();
        return new PaymentImportPage(found.list().stream().map(PaymentService::toDto).toList(), page.page, page.size,
                total, page.totalPages(total), page.nextPage(total));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PaymentImportDto getImport(UUID productionId, UUID importId) {
        requireProduction(productionId);
        PaymentImport imp = PaymentImport.findById(importId);
        if (imp == null || !imp.productionId.equals(productionId)) {
            throw ProblemException.notFound("payment import", importId);
        }
        return toDto(imp);
    }

    private Payment book(UUID productionId, UUID importId, PaymentMatching.Decision d, String reference, String label) {
        PaymentMatching.Candidate c = d.candidate();
        Invoice invoice = Invoice.findById(c.invoice().invoiceId());
        Supplier supplier = Supplier.findById(invoice.supplierId);
        Payment p = new Payment();
        p.id = UUID.randomUUID();
        p.productionId = productionId;
        p.importId = importId;
        p.externalRef = c.externalRef();
        p.invoiceId = invoice.id;
        p.paidOn = c.paidOn();
        p.amount = c.amount();
        p.currency = c.currency();
        p.label = label;
        p.supplierSiret = supplier.siret;
        p.invoiceNumber = invoice.number;
        p.lineNumber = importId == null ? null : c.line();
        p.createdAt = Instant.now(clock);
        p.persist();
        Payment.flush();
        journal.bookPayment(productionId, p.id, reference != null ? reference : invoice.number, p.paidOn, supplier.name,
                supplier.siret, invoice.number, p.amount);
        if (d.settlesInvoice()) {
            // the day of the latest payment is the day the invoice was settled
            LocalDate settledOn = Payment.<Payment> list("invoiceId", Sort.by("paidOn").descending(), invoice.id).get(0).paidOn;
            journal.letterInvoice(productionId, invoice.id, settledOn);
        }
        return p;
    }

    /** The invoice a supplier SIRET and invoice number name, with what is paid on it; null when there is none. */
    private static PaymentMatching.InvoiceDue invoiceDue(String siret, String number) {
        Supplier supplier = Supplier.find("siret", siret).firstResult();
        if (supplier == null || number == null) {
            return null;
        }
        Invoice invoice = Invoice.find("supplierId = ?1 and number = ?2", supplier.id, number.strip()).firstResult();
        return invoice == null ? null : due(invoice);
    }

    private static PaymentMatching.InvoiceDue due(Invoice invoice) {
        return new PaymentMatching.InvoiceDue(invoice.id, invoice.productionId, invoice.number, invoice.currency,
                invoice.status == InvoiceStatus.MATCHED, invoice.grossAmount, paid(invoice.id));
    }

    private static BigDecimal paid(UUID invoiceId) {
        Object sum = Payment.getEntityManager()
                .createNativeQuery("select coalesce(sum(amount), 0) from payment where invoice_id = ?1")
                .setParameter(1, invoiceId).getSingleResult();
        return new BigDecimal(sum.toString()).setScale(2);
    }

    private static Map<String, PaymentMatching.Booked> booked(UUID productionId, List<PaymentMatching.Candidate> candidates) {
        Map<String, PaymentMatching.Booked> out = new HashMap<>();
        List<String> refs = candidates.stream().map(PaymentMatching.Candidate::externalRef).distinct().toList();
        for (int from = 0; from < refs.size(); from += 1000) {
            List<String> chunk = refs.subList(from, Math.min(refs.size(), from + 1000));
            for (Payment p : Payment.<Payment> list("productionId = ?1 and externalRef in ?2", productionId, chunk)) {
                out.put(p.externalRef, new PaymentMatching.Booked(p.invoiceId, p.paidOn, p.amount));
            }
        }
        return out;
    }

    private static PaymentImportDto toDto(PaymentImport imp) {
        List<PaymentDto> payments = Payment.<Payment> list("importId", Sort.by("lineNumber"), imp.id).stream()
                .map(PaymentDto::of).toList();
        return new PaymentImportDto(imp.id, imp.fileName, imp.fileSha256, imp.linesRead, imp.linesBooked,
                imp.linesAlreadyBooked, imp.importedAt, payments);
    }

    private static void requireProduction(UUID productionId) {
        if (Production.findById(productionId) == null) {
            throw ProblemException.notFound("production", productionId);
        }
    }
}
