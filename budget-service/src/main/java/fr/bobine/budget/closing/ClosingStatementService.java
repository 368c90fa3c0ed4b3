package fr.bobine.budget.closing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.bobine.budget.costreport.CostReportDto;
import fr.bobine.budget.costreport.CostReportLineDto;
import fr.bobine.budget.costreport.CostReportService;
import fr.bobine.budget.costreport.LockedLines;
import fr.bobine.budget.devis.DevisCalculator;
import fr.bobine.budget.production.Production;
import fr.bobine.platform.audit.AuditTrail;
import fr.bobine.platform.http.Etags;
import fr.bobine.platform.money.Money;
import fr.bobine.platform.problem.ProblemException;

/**
 * The final cost statement (coût définitif): computed from the books until the accountant closes it, then frozen. It
 * is read from the cost report of everything booked so far (so every source of cost, whatever service booked it, is in
 * it) and the locked version's percentage rules; {@link FinalCost} holds the rules.
 */
@ApplicationScoped
public class ClosingStatementService {

    @Inject
    CostReportService reports;

    @Inject
    LockedLines lockedLines;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.SUPPORTS)
    public ClosingStatementDto statement(UUID productionId) {
        requireProduction(productionId);
        ClosedStatement closed = ClosedStatement.findById(productionId);
        return closed != null ? read(closed.statement) : compute(productionId);
    }

    @Transactional
    public ExplanationDto explain(UUID productionId, String chapterCode, String ifMatch, ExplanationInput input) {
        requireProduction(productionId);
        if (ClosedStatement.findById(productionId) != null) {
            throw ProblemException.conflict("the final cost statement is closed: its explanations no longer change");
        }
        ClosingStatementDto current = compute(productionId);
        if (current.chapters().stream().noneMatch(c -> c.code().equals(chapterCode))) {
            throw ProblemException.notFound("chapter of the final cost statement", chapterCode);
        }
        ClosingExplanation e = ClosingExplanation.findById(new ClosingExplanation.Key(productionId, chapterCode));
        String before = null;
        if (e == null) {
            e = new ClosingExplanation();
            e.productionId = productionId;
            e.chapterCode = chapterCode;
        } else {
            // the first explanation needs no If-Match; changing one somebody else may have written does
            Etags.requireMatch(ifMatch, e.version);
            before = e.explanation;
        }
        e.explanation = input.explanation().strip();
        e.updatedAt = Instant.now(clock);
        e.updatedBy = audit.actor();
        e.persist();
        em.flush();
        audit.record("closing-statement.chapter.explained", "closing_explanation", productionId + "/" + chapterCode, before,
                e.explanation);
        return new ExplanationDto(productionId, chapterCode, e.explanation, e.updatedAt, e.updatedBy, e.version);
    }

    /**
     * Freezes the statement. Refused (409, nothing stored) while items are open unless the accountant states why the
     * cost is final anyway; a closed statement is never closed again (409).
     */
    @Transactional
    public ClosingStatementDto close(UUID productionId, CloseInput input) {
        requireProduction(productionId);
        if (ClosedStatement.findById(productionId) != null) {
            throw ProblemException.conflict("the final cost statement is already closed");
        }
        ClosingStatementDto s = compute(productionId);
        String reason = input == null || input.reason() == null || input.reason().isBlank() ? null : input.reason().strip();
        if (!s.blockingItems().isEmpty() && reason == null) {
            throw ProblemException.conflict(s.blockingItems().size() + " item(s) still open ("
                    + s.blockingItems().stream().map(BlockingItemDto::reference).limit(5).collect(Collectors.joining(", "))
                    + (s.blockingItems().size() > 5 ? ", …" : "")
                    + "): a cost with open items is not final; settle them or state a reason to close anyway");
        }
        Instant now = Instant.now(clock);
        String actor = audit.actor();
        ClosingStatementDto frozen = new ClosingStatementDto(s.productionId(), s.productionTitle(), s.budgetId(),
                s.versionId(), s.versionNumber(), s.currency(), ClosingStatementDto.Status.CLOSED, now, actor, reason,
                s.blockingItems(), s.chapters(), s.accounts(), s.lines(), s.total());
        ClosedStatement c = new ClosedStatement();
        c.productionId = productionId;
        c.versionId = s.versionId();
        c.statement = write(frozen);
        c.overrideReason = reason;
        c.closedAt = now;
        c.closedBy = actor;
        c.persist();
        audit.record("closing-statement.closed", "closing_statement", productionId, null,
                Map.of("executed", s.total().executed(), "budget", s.total().budget(),
                        "openItems", s.blockingItems().size()));
        return frozen;
    }

    ClosingStatementDto compute(UUID productionId) {
        CostReportDto report = reports.report(productionId);
        LockedLines.Locked locked = lockedLines.of(productionId).orElseThrow();
        String cur = report.currency();
        Set<String> ruleCodes = locked.rules().stream().map(DevisCalculator.Rule::code).collect(Collectors.toSet());
        List<FinalCost.Line> lines = new ArrayList<>();
        for (CostReportLineDto l : report.lines()) {
            lines.add(new FinalCost.Line(l.key(), l.accountCode(), l.chapterCode(), l.label(), ruleCodes.contains(l.key()),
                    l.figures().budget().amount(), l.figures().actual().amount()));
        }
        FinalCost.Result r = FinalCost.compute(lines, locked.rules(),
                Math.max(0, Currency.getInstance(cur).getDefaultFractionDigits()));
        Map<String, ClosingExplanation> explanations = new HashMap<>();
        ClosingExplanation.<ClosingExplanation> list("productionId", productionId)
                .forEach(e -> explanations.put(e.chapterCode, e));
        List<ClosingChapterDto> chapters = r.chapters().stream().map(c -> {
            ClosingExplanation e = explanations.get(c.code());
            return new ClosingChapterDto(c.code(), ClosingFiguresDto.of(c.figures(), cur),
                    c.contributors().stream().map(k -> new ContributorDto(k.key(), k.label(), new Money(k.variance(), cur),
                            k.share().toPlainString())).toList(),
                    e == null ? null : e.explanation, e == null ? null : Etags.of(e.version), e == null ? null : e.updatedAt,
                    e == null ? null : e.updatedBy);
        }).toList();
        Map<String, String> labels = new HashMap<>();
        report.lines().forEach(l -> labels.put(l.key(), l.label()));
        return new ClosingStatementDto(productionId, report.productionTitle(), report.budgetId(), report.versionId(),
                report.versionNumber(), cur, ClosingStatementDto.Status.OPEN, null, null, null,
                blockingItems(productionId, cur, labels), chapters,
                r.accounts().entrySet().stream().map(a -> new ClosingTotalDto(a.getKey(), ClosingFiguresDto.of(a.getValue(), cur)))
                        .toList(),
                r.lines().stream().map(l -> new ClosingLineDto(l.line().key(), l.line().accountCode(), l.line().chapterCode(),
                        l.line().label(), l.line().rule(), ClosingFiguresDto.of(l.figures(), cur))).toList(),
                ClosingFiguresDto.of(r.total(), cur));
    }

    @SuppressWarnings("unchecked")
    List<BlockingItemDto> blockingItems(UUID productionId, String cur, Map<String, String> lineLabels) {
        List<BlockingItemDto> out = new ArrayList<>();
        List<Object[]> orders = em.createNativeQuery("""
                select cast(po.id as text), po.number, po.description, sum(greatest(pol.amount - coalesce(inv.total, 0), 0))
                from purchase_order po join purchase_order_line pol on pol.order_id = po.id
                left join (select order_line_id, sum(amount) total from cost_entry
                           where kind = 'ACTUAL' and source = 'INVOICE' and production_id = ?1 group by order_line_id) inv
                       on inv.order_line_id = pol.id
                where po.production_id = ?1
                group by po.id, po.number, po.description
                having sum(greatest(pol.amount - coalesce(inv.total, 0), 0)) > 0
                order by po.number""").setParameter(1, productionId).getResultList();
        for (Object[] o : orders) {
            out.add(new BlockingItemDto(BlockingItemDto.Kind.OPEN_ORDER, UUID.fromString((String) o[0]), (String) o[1],
                    "order not fully invoiced: " + o[2], money(o[3], cur)));
        }
        List<Object[]> invoices = em.createNativeQuery("""
                select cast(id as text), number, array_to_string(mismatch_reasons, '; '), gross_amount from invoice
                where production_id = ?1 and status = 'MISMATCHED' order by invoice_date, number""")
                .setParameter(1, productionId).getResultList();
        for (Object[] i : invoices) {
            out.add(new BlockingItemDto(BlockingItemDto.Kind.MISMATCHED_INVOICE, UUID.fromString((String) i[0]),
                    (String) i[1], "invoice not matched: " + i[2], money(i[3], cur)));
        }
        List<Object[]> commitments = em.createNativeQuery("""
                select source, cast(lineage as text), greatest(sum(case when kind = 'COMMITMENT' then amount else 0 end)
                       - sum(case when kind = 'ACTUAL' then amount else 0 end), 0) open
                from cost_entry where production_id = ?1 and source <> 'INVOICE'
                group by source, lineage
                having sum(case when kind = 'COMMITMENT' then amount else 0 end)
                       > sum(case when kind = 'ACTUAL' then amount else 0 end)
                order by source, lineage""").setParameter(1, productionId).getResultList();
        for (Object[] c : commitments) {
            String line = lineLabels.getOrDefault((String) c[1], (String) c[1]);
            out.add(new BlockingItemDto(BlockingItemDto.Kind.OPEN_COMMITMENT, null, c[0] + " " + line,
                    c[0] + " commitment not yet actual cost on line " + line, money(c[2], cur)));
        }
        return out;
    }

    private static Money money(Object value, String cur) {
        return new Money(new BigDecimal(value.toString()).setScale(2), cur);
    }

    private static void requireProduction(UUID productionId) {
        if (Production.findById(productionId) == null) {
            throw ProblemException.notFound("production", productionId);
        }
    }

    private String write(ClosingStatementDto s) {
        try {
            return mapper.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot freeze the final cost statement", e);
        }
    }

    private ClosingStatementDto read(String json) {
        try {
            return mapper.readValue(json, ClosingStatementDto.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a closed final cost statement cannot be read back", e);
        }
    }
}
