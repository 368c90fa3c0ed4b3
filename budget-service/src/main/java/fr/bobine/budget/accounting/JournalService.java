package fr.bobine.budget.accounting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.bobine.budget.production.Production;
import fr.bobine.budget.production.ProductionLocks;
import fr.bobine.platform.audit.AuditTrail;
import fr.bobine.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;

/**
 * Journal entries generated from matched invoices (AC), payments (BQ) and the monthly payroll (PAIE), the editable PCG
 * mappings, the lettering of settled invoices, and the FEC and CSV journal of a period.
 */
@ApplicationScoped
public class JournalService {

    static final String PURCHASES = "AC";
    static final String VAT_ACCOUNT = "44566";
    static final String SUPPLIERS_ACCOUNT = "401";
    static final String BANK = "BQ";
    static final String BANK_ACCOUNT = "512";
    static final String PAYROLL = "PAIE";
    /** Chapter 4 of both CNC templates holds the social charges. */
    static final String CHARGES_CHAPTER = "4";

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** An expense of a matched invoice on one budget line. */
    public record Expense(String budgetAccountCode, BigDecimal net) {
    }

    /** Books the purchase entry of a matched invoice: expenses and deductible VAT in debit, the supplier in credit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bookPurchase(UUID productionId, UUID invoiceId, String invoiceNumber, LocalDate invoiceDate,
            String supplierName, String supplierSiret, List<Expense> expenses, BigDecimal vat, BigDecimal gross) {
        JournalEntry e = newEntry(productionId, PURCHASES, "Achats", invoiceDate, invoiceNumber, invoiceDate,
                supplierName + " " + invoiceNumber);
        e.invoiceId = invoiceId;
        e.persist();
        int position = 0;
        for (Expense x : expenses) {
            AccountMapping m = mappingFor(x.budgetAccountCode());
            line(e, ++position, m.pcgAccount, m.pcgLabel, null, null, x.budgetAccountCode(), x.net(), BigDecimal.ZERO);
        }
        if (vat.signum() != 0) {
            line(e, ++position, VAT_ACCOUNT, "TVA sur autres biens et services", null, null, null, vat, BigDecimal.ZERO);
        }
        line(e, ++position, SUPPLIERS_ACCOUNT, "Fournisseurs", supplierAux(supplierSiret), supplierName, null,
                BigDecimal.ZERO, gross);
    }

    /**
     * Books the bank entry of a supplier payment: the supplier (its sub-ledger) in debit, the bank in credit, dated the
     * day it was paid. PCG 2014: 401 Fournisseurs, 512 Banques.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bookPayment(UUID productionId, UUID paymentId, String pieceRef, LocalDate paidOn, String supplierName,
            String supplierSiret, String invoiceNumber, BigDecimal amount) {
        JournalEntry e = newEntry(productionId, BANK, "Banque", paidOn, pieceRef, paidOn,
                "Règlement " + supplierName + " " + invoiceNumber);
        e.paymentId = paymentId;
        e.persist();
        line(e, 1, SUPPLIERS_ACCOUNT, "Fournisseurs", supplierAux(supplierSiret), supplierName, null, amount,
                BigDecimal.ZERO);
        line(e, 2, BANK_ACCOUNT, "Banques", null, null, null, BigDecimal.ZERO, amount);
    }

    /**
     * Letters the supplier lines of a settled invoice: its purchase entry's credit and the debits of the payments that
     * paid it share the production's next lettering code, dated the day of the last payment.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String letterInvoice(UUID productionId, UUID invoiceId, LocalDate on) {
        lock(productionId);
        var em = JournalEntry.getEntityManager();
        Object used = em.createNativeQuery("""
                select count(distinct l.lettering) from journal_line l join journal_entry e on e.id = l.entry_id
                where e.production_id = ?1 and l.lettering is not null""").setParameter(1, productionId).getSingleResult();
        String code = Lettering.code(Long.parseLong(used.toString()));
        em.flush();
        em.createNativeQuery("""
                update journal_line set lettering = ?1, lettered_on = ?2
                where account = ?3 and lettering is null and entry_id in (
                    select e.id from journal_entry e where e.production_id = ?4
                    and (e.invoice_id = ?5 or e.payment_id in (select p.id from payment p where p.invoice_id = ?5)))""")
                .setParameter(1, code).setParameter(2, on).setParameter(3, SUPPLIERS_ACCOUNT).setParameter(4, productionId)
                .setParameter(5, invoiceId).executeUpdate();
        return code;
    }

    /**
     * Posts the labour costs (CREW actuals) booked in the month that no payroll entry has posted yet, as one entry of
     * the payroll journal; a cost is posted once, so posting a month again adds only what arrived since.
     */
    @Transactional
    public PayrollPostingDto postPayroll(UUID productionId, YearMonth month) {
        requireProduction(productionId);
        lock(productionId);
        var em = JournalEntry.getEntityManager();
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        Object already = em.createNativeQuery("""
                select count(*) from cost_entry ce join payroll_posting_item p on p.cost_entry_id = ce.id
                where ce.production_id = ?1 and ce.source = 'CREW' and ce.kind = 'ACTUAL'
                and ce.booked_on between ?2 and ?3""").setParameter(1, productionId).setParameter(2, first)
                .setParameter(3, last).getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> fresh = em.createNativeQuery("""
                select cast(ce.id as text), ce.amount, coalesce(line.account_code, charges.account_code),
                       coalesce(line.chapter_code, charges.chapter_code) from cost_entry ce
                left join lateral (select bl.account_code, ta.chapter_code from budget_line bl
                        join budget_version bv on bv.id = bl.version_id join budget b on b.id = bv.budget_id
                        join template_account ta on ta.template_code = b.template_code and ta.code = bl.account_code
                        where bl.lineage = ce.lineage order by bv.number desc limit 1) line on true
                left join lateral (select cl.account_code, ta.chapter_code from charges_line cl
                        join budget b on b.id = cl.budget_id
                        join template_account ta on ta.template_code = b.template_code and ta.code = cl.account_code
                        where cl.lineage = ce.lineage) charges on true
                where ce.production_id = ?1 and ce.source = 'CREW' and ce.kind = 'ACTUAL'
                and ce.booked_on between ?2 and ?3
                and not exists (select 1 from payroll_posting_item p where p.cost_entry_id = ce.id)
                order by ce.booked_on, ce.created_at, ce.id""").setParameter(1, productionId).setParameter(2, first)
                .setParameter(3, last).getResultList();
        int alreadyPosted = Integer.parseInt(already.toString());
        List<PayrollPosting.Cost> costs = new ArrayList<>();
        for (Object[] row : fresh) {
            // a labour cost is always booked on a budget line; the salaries chapter is the safe reading otherwise
            String accountCode = row[2] == null ? "2" : (String) row[2];
            boolean charges = CHARGES_CHAPTER.equals(row[3]);
            AccountMapping m = mappingFor(accountCode);
            costs.add(new PayrollPosting.Cost(row[2] == null ? null : accountCode, charges, m.pcgAccount, m.pcgLabel,
                    new BigDecimal(row[1].toString())));
        }
        List<PayrollPosting.Line> lines = PayrollPosting.lines(costs, creditAccount(PayrollAccount.GROSS),
                creditAccount(PayrollAccount.CHARGES));
        if (lines.isEmpty()) {
            // nothing new (or new costs that cancel out, which stay to be posted with the next ones)
            return new PayrollPostingDto(month.toString(), 0, alreadyPosted, null);
        }
        JournalEntry e = newEntry(productionId, PAYROLL, "Paie", last, "PAIE-" + month, last, "OD de paie " + month);
        e.payrollMonth = month.toString();
        e.persist();
        int position = 0;
        for (PayrollPosting.Line l : lines) {
            line(e, ++position, l.account(), l.accountLabel(), null, null, l.analyticCode(), l.debit(), l.credit());
        }
        markPosted(fresh, e.id);
        JournalLine.flush();
        JournalEntryDto dto = toDto(e);
        audit.record("payroll.posted", "journal_entry", e.id, null, dto);
        return new PayrollPostingDto(month.toString(), fresh.size(), alreadyPosted, dto);
    }

    private static void markPosted(List<Object[]> costs, UUID entryId) {
        for (Object[] row : costs) {
            JournalEntry.getEntityManager().createNativeQuery(
                    "insert into payroll_posting_item (cost_entry_id, entry_id) values (cast(?1 as uuid), ?2)")
                    .setParameter(1, row[0]).setParameter(2, entryId).executeUpdate();
        }
    }

    private static PayrollPosting.CreditAccount creditAccount(String kind) {
        PayrollAccount a = PayrollAccount.findById(kind);
        return new PayrollPosting.CreditAccount(a.pcgAccount, a.pcgLabel);
    }

    /** One writer per production at a time, so that its entry numbers and lettering codes follow without gaps. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(UUID productionId) {
        ProductionLocks.lock("journal", productionId);
    }

    /** A new entry with the production's next number; the caller links it to its source and persists it. */
    private JournalEntry newEntry(UUID productionId, String journalCode, String journalLabel, LocalDate entryDate,
            String pieceRef, LocalDate pieceDate, String label) {
        lock(productionId);
        Object max = JournalEntry.getEntityManager()
                .createNativeQuery("select coalesce(max(sequence), 0) from journal_entry where production_id = ?1")
                .setParameter(1, productionId).getSingleResult();
        long sequence = Long.parseLong(max.toString()) + 1;
        JournalEntry e = new JournalEntry();
        e.id = UUID.randomUUID();
        e.productionId = productionId;
        e.sequence = sequence;
        e.number = journalCode + String.format("%06d", sequence);
        e.journalCode = journalCode;
        e.journalLabel = journalLabel;
        e.entryDate = entryDate;
        e.pieceRef = pieceRef;
        e.pieceDate = pieceDate;
        e.label = label;
        e.validDate = LocalDate.now(clock);
        e.createdAt = Instant.now(clock);
        return e;
    }

    /** The supplier sub-ledger account: F and the SIREN (the first 9 digits of the SIRET). */
    static String supplierAux(String supplierSiret) {
        return "F" + supplierSiret.substring(0, 9);
    }

    private static void line(JournalEntry e, int position, String account, String label, String auxNumber, String auxLabel,
            String analytic, BigDecimal debit, BigDecimal credit) {
        JournalLine l = new JournalLine();
        l.id = UUID.randomUUID();
        l.entryId = e.id;
        l.position = position;
        l.account = account;
        l.accountLabel = label;
        l.auxNumber = auxNumber;
        l.auxLabel = auxLabel;
        l.analyticCode = analytic;
        l.debit = debit;
        l.credit = credit;
        l.persist();
    }

    /** The mapping of the account, else of its closest parent code ("2201", "220", "22", then chapter "2"). */
    static AccountMapping mappingFor(String budgetAccountCode) {
        for (int len = budgetAccountCode.length(); len > 0; len--) {
            Optional<AccountMapping> m = AccountMapping.findByIdOptional(budgetAccountCode.substring(0, len));
            if (m.isPresent()) {
                return m.get();
            }
        }
        AccountMapping fallback = new AccountMapping();
        fallback.pcgAccount = "604";
        fallback.pcgLabel = "Achats d'études et prestations de services";
        return fallback;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public JournalEntryList entries(UUID productionId, LocalDate from, LocalDate to) {
        requireProduction(productionId);
        return new JournalEntryList(find(productionId, from, to).stream().map(JournalService::toDto).toList());
    }

    /** The FEC of the period, named after the delegated producer's SIREN and the period's closing date. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FecFile fec(UUID productionId, LocalDate from, LocalDate to) {
        Production production = requireProduction(productionId);
        if (to.isBefore(from)) {
            throw ProblemException.badRequest("to", "must not be before from");
        }
        List<JournalEntry> entries = find(productionId, from, to);
        if (entries.isEmpty()) {
            throw ProblemException.businessRule("empty-fec-period", "no journal entry was validated between " + from
                    + " and " + to + ": there is no FEC to export");
        }
        List<FecWriter.Entry> fec = new ArrayList<>();
        for (JournalEntry e : entries) {
            List<FecWriter.Movement> movements = lines(e).stream().map(l -> new FecWriter.Movement(l.account, l.accountLabel,
                    l.auxNumber, l.auxLabel, l.debit, l.credit, l.lettering, l.letteredOn)).toList();
            fec.add(new FecWriter.Entry(e.journalCode, e.journalLabel, e.number, e.entryDate, e.pieceRef, e.pieceDate, e.label,
                    e.validDate, movements));
        }
        String text = FecWriter.write(fec);
        return new FecFile(FecWriter.fileName(production.producerSiret.substring(0, 9), to), text.getBytes(FecWriter.CHARSET));
    }

    public record FecFile(String fileName, byte[] content) {
    }

    /** The generic CSV journal of the period: the FEC's entries, one row per line; 422 when the period is empty. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FecFile journalCsv(UUID productionId, LocalDate from, LocalDate to) {
        requireProduction(productionId);
        if (to.isBefore(from)) {
            throw ProblemException.badRequest("to", "must not be before from");
        }
        List<JournalEntry> entries = find(productionId, from, to);
        if (entries.isEmpty()) {
            throw ProblemException.businessRule("empty-journal-period", "no journal entry was validated between " + from
                    + " and " + to + ": there is no journal to export");
        }
        List<JournalCsv.Row> rows = new ArrayList<>();
        for (JournalEntry e : entries) {
            for (JournalLine l : lines(e)) {
                rows.add(new JournalCsv.Row(e.journalCode, e.number, e.entryDate, l.account, l.accountLabel, l.auxNumber,
                        l.analyticCode, e.pieceRef, e.pieceDate, e.label, l.debit, l.credit, l.lettering));
            }
        }
        return new FecFile(JournalCsv.fileName(from, to), JournalCsv.write(rows).getBytes(JournalCsv.CHARSET));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PayrollAccountList payrollAccounts() {
        return new PayrollAccountList(PayrollAccount.<PayrollAccount> listAll(Sort.by("kind")).stream()
                .map(JournalService::toDto).toList());
    }

    @Transactional
    public PayrollAccountDto putPayrollAccount(PayrollAccountKind kind, PayrollAccountInput input) {
        PayrollAccount a = PayrollAccount.findById(kind.name());
        PayrollAccountDto before = toDto(a);
        a.pcgAccount = input.pcgAccount();
        a.pcgLabel = input.pcgLabel().strip();
        a.persist();
        PayrollAccount.flush();
        PayrollAccountDto after = toDto(a);
        audit.record("payroll-account.updated", "payroll_account", kind.name(), before, after);
        return after;
    }

    private static PayrollAccountDto toDto(PayrollAccount a) {
        return new PayrollAccountDto(PayrollAccountKind.valueOf(a.kind), a.pcgAccount, a.pcgLabel, a.version);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AccountMappingList mappings() {
        return new AccountMappingList(AccountMapping.<AccountMapping> listAll(Sort.by("budgetAccountCode")).stream()
                .map(m -> new AccountMappingDto(m.budgetAccountCode, m.pcgAccount, m.pcgLabel, m.version)).toList());
    }

    @Transactional
    public AccountMappingDto putMapping(String budgetAccountCode, AccountMappingInput input) {
        AccountMapping m = AccountMapping.findById(budgetAccountCode);
        AccountMappingDto before = null;
        if (m == null) {
            m = new AccountMapping();
            m.budgetAccountCode = budgetAccountCode;
        } else {
            before = new AccountMappingDto(m.budgetAccountCode, m.pcgAccount, m.pcgLabel, m.version);
        }
        m.pcgAccount = input.pcgAccount();
        m.pcgLabel = input.pcgLabel().strip();
        m.persist();
        AccountMapping.flush();
        AccountMappingDto after = new AccountMappingDto(m.budgetAccountCode, m.pcgAccount, m.pcgLabel, m.version);
        audit.record("account-mapping.updated", "account_mapping", budgetAccountCode, before, after);
        return after;
    }

    private static List<JournalEntry> find(UUID productionId, LocalDate from, LocalDate to) {
        return JournalEntry.list("productionId = ?1 and validDate >= ?2 and validDate <= ?3", Sort.by("sequence"),
                productionId, from, to);
    }

    private static List<JournalLine> lines(JournalEntry e) {
        return JournalLine.list("entryId", Sort.by("position"), e.id);
    }

    private static JournalEntryDto toDto(JournalEntry e) {
        return new JournalEntryDto(e.id, e.number, e.journalCode, e.entryDate, e.pieceRef, e.pieceDate, e.label, e.validDate,
                e.invoiceId, e.paymentId, e.payrollMonth, lines(e).stream().map(l -> new JournalLineDto(l.position, l.account,
                        l.accountLabel, l.auxNumber, l.auxLabel, l.analyticCode, l.debit.toPlainString(),
                        l.credit.toPlainString(), l.lettering, l.letteredOn)).toList());
    }

    private static Production requireProduction(UUID productionId) {
        Production p = Production.findById(productionId);
        if (p == null) {
            throw ProblemException.notFound("production", productionId);
        }
        return p;
    }
}
