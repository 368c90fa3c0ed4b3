package fr.bobine.rights.statement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.bobine.platform.audit.AuditTrail;
import fr.bobine.platform.csv.CsvExport;
import fr.bobine.platform.csv.CsvExport.Column;
import fr.bobine.platform.csv.CsvExport.Lang;
import fr.bobine.platform.money.Money;
import fr.bobine.platform.outbox.Outbox;
import fr.bobine.platform.problem.ProblemException;
import fr.bobine.rights.receipt.ReceiptRecord;
import fr.bobine.rights.receipt.ReceiptSource;
import fr.bobine.rights.version.Allocation;
import fr.bobine.rights.version.WaterfallLedger;
import fr.bobine.rights.version.WaterfallVersion;
import fr.bobine.rights.version.WaterfallVersionService;
import fr.bobine.rights.waterfall.Position;
import fr.bobine.rights.waterfall.PositionKind;
import fr.bobine.rights.waterfall.Step;
import fr.bobine.rights.waterfall.WaterfallDefinition;

@ApplicationScoped
public class StatementService {

    public static final String ISSUED = "rights.statement.issued";
    /** Holders of these kinds only (the State, the CNC, exhibitors) get no statement from the producer. */
    private static final Set<PositionKind> NOT_STATED = Set.of(PositionKind.TAX_INCLUDED, PositionKind.TAX_ON_GROSS,
            PositionKind.EXHIBITOR_SHARE, PositionKind.PLATFORM_SHARE);

    @Inject
    WaterfallVersionService versions;

    @Inject
    WaterfallLedger ledger;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    ObjectMapper mapper;

    Clock clock = Clock.systemUTC();

    /** Computes and issues a statement, freezing its figures, and publishes rights.statement.issued. */
    @Transactional
    public StatementDto issue(UUID productionId, NewStatement request) {
        if (request.periodEnd().isBefore(request.periodStart())) {
            throw ProblemException.badRequest("periodEnd", "must not be before periodStart");
        }
        WaterfallVersion version = versions.require(productionId, request.waterfallId());
        WaterfallDefinition definition = ledger.definition(version);
        if (definition.positions().stream().noneMatch(p -> request.holder().equals(p.holder()))) {
            throw ProblemException.businessRule("unknown-participant", request.holder() + " holds no position in waterfall version "
                    + version.name);
        }
        if (StatementRecord.count("waterfallId = ?1 and holder = ?2 and periodStart <= ?3 and periodEnd >= ?4", version.id,
                request.holder(), request.periodEnd(), request.periodStart()) > 0) {
            throw ProblemException.conflict("a statement to " + request.holder() + " already covers part of "
                    + request.periodStart() + " to " + request.periodEnd());
        }
        BigDecimal previouslyDue = StatementRecord.<StatementRecord> list("waterfallId = ?1 and holder = ?2 and periodEnd < ?3",
                version.id, request.holder(), request.periodStart()).stream().map(s -> s.amountDue).reduce(BigDecimal.ZERO, BigDecimal::add);
        StatementDto figures = StatementCalculator.compute(request.holder(), request.periodStart(), request.periodEnd(),
                version.currency, definition.positions(), paths(version.id, request.periodEnd()), previouslyDue);
        StatementRecord record = new StatementRecord();
        record.id = UUID.randomUUID();
        record.productionId = productionId;
        record.waterfallId = version.id;
        record.holder = request.holder();
        record.periodStart = request.periodStart();
        record.periodEnd = request.periodEnd();
        record.currency = version.currency;
        record.amountDue = figures.amountDue().amount();
        record.issuedAt = Instant.now(clock);
        StatementDto issued = new StatementDto(record.id, productionId, version.id, version.name, figures.holder(),
                figures.periodStart(), figures.periodEnd(), figures.lines(), figures.receipts(), figures.deductions(),
                figures.share(), figures.shareToDate(), figures.advances(), figures.advancesRecouped(), figures.previouslyDue(),
                figures.amountDue(), record.issuedAt);
        record.document = ledger.write(issued);
        record.persist();
        outbox.publish(ISSUED, productionId, new StatementIssued(record.id, productionId, version.id, record.holder,
                record.periodStart, record.periodEnd, issued.share(), issued.amountDue(), record.issuedAt));
        audit.record("statement.issue", "statement", record.id, null, issued);
        return issued;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StatementDto> find(UUID productionId, UUID id) {
        return Optional.ofNullable(StatementRecord.<StatementRecord> findById(id)).filter(s -> s.productionId.equals(productionId))
                .map(this::read);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StatementList list(UUID productionId, String holder) {
        WaterfallVersionService.requireProduction(productionId);
        List<StatementRecord> found = holder == null
                ? StatementRecord.list("productionId = ?1 order by periodEnd desc, holder", productionId)
                : StatementRecord.list("productionId = ?1 and holder = ?2 order by periodEnd desc", productionId, holder);
        return new StatementList(found.stream().map(this::read).toList());
    }

    static final List<Column> HEADER_COLUMNS = List.of(new Column("relevé", "statement"), new Column("participant", "participant"),
            new Column("début de période", "period start"), new Column("fin de période", "period end"),
            new Column("devise", "currency"));
    static final List<Column> LINE_COLUMNS = List.of(new Column("mode d'exploitation", "media"),
            new Column("nature de recette", "receipt kind"), new Column("recettes", "receipts"), new Column("déductions", "deductions"),
            new Column("assiette", "base"), new Column("part", "share"));
    static final List<Column> SUMMARY_COLUMNS = List.of(new Column("poste", "item"), new Column("montant", "amount"));

    /**
     * The statement as CSV, three tables: who and which period; one line per mode of exploitation (CPI L132-28) then
     * the totals; what was recouped and what is due, the same figures and words as the PDF.
     */
    public String csv(StatementDto s, Lang lang) {
        boolean fr = lang == Lang.fr;
        CsvExport csv = CsvExport.of(lang, HEADER_COLUMNS)
                .row(s.id().toString(), s.holder(), s.periodStart(), s.periodEnd(), s.amountDue().currency())
                .table(LINE_COLUMNS);
        for (StatementLine line : s.lines()) {
            csv.row(line.media(), line.receiptKind(), line.receipts(), line.deductions(), line.base(), line.share());
        }
        csv.row("TOTAL", null, s.receipts(), s.deductions(), null, s.share())
                .table(SUMMARY_COLUMNS)
                .row(fr ? "Part de la période" : "Share of the period", s.share())
                .row(fr ? "Part depuis la première recette" : "Share to date", s.shareToDate())
                .row(fr ? "MG et à-valoir" : "MG and advances", s.advances())
                .row(fr ? "MG et à-valoir récupérés à ce jour" : "MG and advances recouped so far", s.advancesRecouped())
                .row(fr ? "Déjà dû aux relevés antérieurs" : "Previously due", s.previouslyDue())
                .row(fr ? "Montant dû" : "Amount due", s.amountDue());
        return csv.toText();
    }

    /**
     * Deadlines as of {@code asOf}: each participant at least yearly from the release (or the last period stated), and
     * the distributor's first account 6 months after the release until a distribution report arrives.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    /** The deadlines of one production, or of every production in {@code visible} (all when empty). */
    public StatementDeadlineList deadlines(UUID productionId, Optional<Set<UUID>> visible, LocalDate asOf, boolean overdueOnly) {
        LocalDate today = asOf != null ? asOf : LocalDate.now(clock);
        List<WaterfallVersion> all = productionId == null ? WaterfallVersion.listAll() : WaterfallVersion.ofProduction(productionId);
        if (productionId == null && visible.isPresent()) {
            all = all.stream().filter(v -> visible.get().contains(v.productionId)).toList();
        }
        List<StatementDeadline> items = new ArrayList<>();
        for (WaterfallVersion version : all) {
            WaterfallDefinition definition = ledger.definition(version);
            LocalDate start = version.releaseDate != null ? version.releaseDate
                    : version.createdAt.atZone(java.time.ZoneOffset.UTC).toLocalDate();
            for (String holder : statedHolders(definition)) {
                Optional<StatementRecord> last = StatementRecord.<StatementRecord> find(
                        "waterfallId = ?1 and holder = ?2 order by periodEnd desc", version.id, holder).firstResultOptional();
                LocalDate lastEnd = last.map(s -> s.periodEnd).orElse(null);
                LocalDate due = (lastEnd != null ? lastEnd : start).plusYears(1);
                items.add(new StatementDeadline(version.productionId, version.id, version.name, DeadlineKind.PARTICIPANT_STATEMENT,
                        holder, lastEnd, due, today.isAfter(due)));
            }
            if (version.releaseDate != null && ReceiptRecord.count("productionId = ?1 and source = ?2", version.productionId,
                    ReceiptSource.DISTRIBUTION) == 0) {
                LocalDate due = version.releaseDate.plusMonths(6);
                items.add(new StatementDeadline(version.productionId, version.id, version.name, DeadlineKind.DISTRIBUTOR_FIRST_ACCOUNT,
                        distributorOf(definition), null, due, today.isAfter(due)));
            }
        }
        return new StatementDeadlineList(today, items.stream().filter(d -> !overdueOnly || d.overdue())
                .sorted(Comparator.comparing(StatementDeadline::dueOn).thenComparing(StatementDeadline::holder)).toList());
    }

    private static Set<String> statedHolders(WaterfallDefinition definition) {
        Set<String> producer = new LinkedHashSet<>();
        Set<String> holders = new LinkedHashSet<>();
        for (Position p : definition.positions()) {
            if (p.kind() == PositionKind.RESIDUAL || p.kind() == PositionKind.RNPP) {
                producer.add(p.holder());
            }
        }
        for (Position p : definition.positions()) {
            if (!NOT_STATED.contains(p.kind()) && !producer.contains(p.holder())) {
                holders.add(p.holder());
            }
        }
        return holders;
    }

    private static String distributorOf(WaterfallDefinition definition) {
        return definition.positions().stream().filter(p -> p.kind() == PositionKind.COMMISSION || p.kind() == PositionKind.MG_RECOUPMENT)
                .map(Position::holder).findFirst().orElse("distributor");
    }

    /** For a participant (or everyone) and a period, the path each receipt took down the waterfall version. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Explanation explain(UUID productionId, UUID waterfallId, String holder, LocalDate from, LocalDate to) {
        WaterfallVersion version = versions.require(productionId, waterfallId);
        LocalDate start = from != null ? from : LocalDate.of(1900, 1, 1);
        LocalDate end = to != null ? to : LocalDate.of(9999, 12, 31);
        if (end.isBefore(start)) {
            throw ProblemException.badRequest("to", "must not be before from");
        }
        List<ReceiptPath> receipts = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<ReceiptRecord, List<Allocation>> e : allocations(version.id, end).entrySet()) {
            ReceiptRecord r = e.getKey();
            if (r.receivedOn.isBefore(start)) {
                continue;
            }
            BigDecimal took = e.getValue().stream().filter(a -> a.holder.equals(holder)).map(a -> a.took)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (holder != null && e.getValue().stream().noneMatch(a -> a.holder.equals(holder))) {
                continue;
            }
            total = total.add(took);
            receipts.add(new ReceiptPath(r.id, r.receivedOn, r.media, r.territory, r.kind, r.grossMoney(), new Money(took, r.currency),
                    e.getValue().stream().map(a -> new ExplainedStep(a.stepOrder, a.nodeId, a.holder, a.kind,
                            new Money(a.reached, r.currency), new Money(a.took, r.currency), a.reason)).toList()));
        }
        return new Explanation(version.id, holder, from, to, new Money(total, version.currency).rounded(), receipts);
    }

    private Map<ReceiptRecord, List<Allocation>> allocations(UUID waterfallId, LocalDate end) {
        List<Object[]> rows = Allocation.getEntityManager().createQuery("""
                select r, a from Allocation a, ReceiptRecord r
                where a.receiptId = r.id and a.waterfallId = ?1 and r.receivedOn <= ?2
                order by r.seq, a.stepOrder""", Object[].class).setParameter(1, waterfallId).setParameter(2, end).getResultList();
        Map<ReceiptRecord, List<Allocation>> byReceipt = new LinkedHashMap<>();
        for (Object[] row : rows) {
            byReceipt.computeIfAbsent((ReceiptRecord) row[0], k -> new ArrayList<>()).add((Allocation) row[1]);
        }
        return byReceipt;
    }

    private List<StatementCalculator.Path> paths(UUID waterfallId, LocalDate end) {
        List<StatementCalculator.Path> paths = new ArrayList<>();
        for (Map.Entry<ReceiptRecord, List<Allocation>> e : allocations(waterfallId, end).entrySet()) {
            ReceiptRecord r = e.getKey();
            paths.add(new StatementCalculator.Path(r.receivedOn, r.media, r.kind, r.gross, e.getValue().stream()
                    .map(a -> new Step(a.stepOrder, a.nodeId, a.holder, a.kind, a.reached, a.took, a.reason)).toList()));
        }
        return paths;
    }

    private StatementDto read(StatementRecord record) {
        try {
            return mapper.readValue(record.document, StatementDto.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("statement " + record.id + " cannot be read", e);
        }
    }
}
