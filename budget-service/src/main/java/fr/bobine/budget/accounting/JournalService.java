package fr.bobine.budget.accounting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.bobine.budget.production.Production;
import fr.bobine.platform.audit.AuditTrail;
import fr.bobine.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;

/** Journal entries generated from matched invoices, the editable PCG mapping, and the FEC of a period. */
@ApplicationScoped
public class JournalService {

    static final String PURCHASES = "AC";
    static final String VAT_ACCOUNT = "44566";
    static final String SUPPLIERS_ACCOUNT = "401";

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
        // one writer per production at a time, so that its entry numbers follow each other without gaps
        JournalEntry.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext(cast(?1 as text)))")
                .setParameter(1, productionId.toString()).getSingleResult();
        Object max = JournalEntry.getEntityManager()
                .createNativeQuery("select coalesce(max(sequence), 0) from journal_entry where production_id = ?1")
                .setParameter(1, productionId).getSingleResult();
        long sequence = Long.parseLong(max.toString()) + 1;
        JournalEntry e = new JournalEntry();
        e.id = UUID.randomUUID();
        e.productionId = productionId;
        e.sequence = sequence;
        e.number = PURCHASES + String.format("%06d", sequence);
        e.journalCode = PURCHASES;
        e.journalLabel = "Achats";
        e.entryDate = invoiceDate;
        e.pieceRef = invoiceNumber;
        e.pieceDate = invoiceDate;
        e.label = supplierName + " " + invoiceNumber;
        e.validDate = LocalDate.now(clock);
        e.invoiceId = invoiceId;
        e.createdAt = Instant.now(clock);
        e.persist();
        int position = 0;
        for (Expense x : expenses) {
            AccountMapping m = mappingFor(x.budgetAccountCode());
            line(e, ++position, m.pcgAccount, m.pcgLabel, null, null, x.budgetAccountCode(), x.net(), BigDecimal.ZERO);
        }
        if (vat.signum() != 0) {
            line(e, ++position, VAT_ACCOUNT, "TVA sur autres biens et services", null, null, null, vat, BigDecimal.ZERO);
        }
        line(e, ++position, SUPPLIERS_ACCOUNT, "Fournisseurs", "F" + supplierSiret.substring(0, 9), supplierName, null,
                BigDecimal.ZERO, gross);
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
                    l.auxNumber, l.auxLabel, l.debit, l.credit)).toList();
            fec.add(new FecWriter.Entry(e.journalCode, e.journalLabel, e.number, e.entryDate, e.pieceRef, e.pieceDate, e.label,
                    e.validDate, movements));
        }
        String text = FecWriter.write(fec);
        return new FecFile(FecWriter.fileName(production.producerSiret.substring(0, 9), to), text.getBytes(FecWriter.CHARSET));
    }

    public record FecFile(String fileName, byte[] content) {
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
                e.invoiceId, lines(e).stream().map(l -> new JournalLineDto(l.position, l.account, l.accountLabel, l.auxNumber,
                        l.auxLabel, l.analyticCode, l.debit.toPlainString(), l.credit.toPlainString())).toList());
    }

    private static Production requireProduction(UUID productionId) {
        Production p = Production.findById(productionId);
        if (p == null) {
            throw ProblemException.notFound("production", productionId);
        }
        return p;
    }
}
