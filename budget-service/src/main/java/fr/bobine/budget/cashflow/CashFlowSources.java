package fr.bobine.budget.cashflow;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import fr.bobine.budget.cashflow.CashFlowCalculator.Item;
import fr.bobine.platform.money.DecimalString;

/**
 * Reads what the cash-flow plan is made of into dated items, each with its source kind and reference so that a figure
 * can be traced: financing instalments, supplier invoices and the payments imported against them, the part of orders
 * not invoiced yet, crew payroll (approved weeks and the open part of signed contracts) and rights statements. All
 * amounts are in euros, VAT included where there is VAT (invoices at their gross, open orders plus the set rate).
 */
@ApplicationScoped
public class CashFlowSources {

    @Inject
    EntityManager em;

    public List<Item> items(UUID productionId, PaymentTerms terms, LocalDate openingDate) {
        List<Item> items = new ArrayList<>();
        financing(productionId, items);
        invoices(productionId, items);
        orders(productionId, terms, items);
        payroll(productionId, terms, openingDate, items);
        statements(productionId, terms, items);
        return items;
    }

    /** The financing sources in EUR with their instalments and the MG instalments that fell due ({@link FinancingSchedule}). */
    private void financing(UUID productionId, List<Item> items) {
        Map<String, List<FinancingSchedule.Due>> dues = new HashMap<>();
        for (Object[] d : rows("""
                select cast(d.source_id as text), d.due_on, d.amount, cast(d.instalment_id as text), d.label, d.received_on
                from financing_instalment_due d where d.production_id = ?1 order by d.due_on, d.instalment_id""",
                productionId)) {
            dues.computeIfAbsent((String) d[0], k -> new ArrayList<>()).add(new FinancingSchedule.Due((String) d[3],
                    date(d[1]), decimal(d[2]), (String) d[4], d[5] == null ? null : date(d[5])));
        }
        for (Object[] s : rows("""
                select cast(s.id as text), s.financier, s.kind, s.status, s.amount, s.expected_date, s.actual_date
                from financing_source s where s.production_id = ?1 and s.currency = 'EUR' order by s.created_at, s.id""",
                productionId)) {
            String sourceId = (String) s[0];
            String status = (String) s[3];
            FinancingSchedule.Source source = new FinancingSchedule.Source(sourceId, s[1] + " (" + s[2] + ", " + status + ")",
                    decimal(s[4]), "CONFIRMED".equals(status) || "RECEIVED".equals(status), "RECEIVED".equals(status),
                    s[5] == null ? null : date(s[5]), s[6] == null ? null : date(s[6]));
            List<FinancingSchedule.Instalment> instalments = rows("""
                    select position, due_date, amount, received_date from financing_instalment
                    where source_id = cast(?1 as uuid) order by position""", sourceId).stream()
                    .map(i -> new FinancingSchedule.Instalment(((Number) i[0]).intValue(), date(i[1]), decimal(i[2]),
                            i[3] == null ? null : date(i[3])))
                    .toList();
            items.addAll(FinancingSchedule.items(source, instalments, dues.getOrDefault(sourceId, List.of())));
        }
    }

    /** Each payment imported against an invoice on its date; what is still unpaid of its gross on the due date. */
    private void invoices(UUID productionId, List<Item> items) {
        Map<String, BigDecimal> paid = new HashMap<>();
        for (Object[] p : rows("""
                select cast(p.invoice_id as text), p.paid_on, p.amount, p.external_ref, i.number, s.name
                from payment p join invoice i on i.id = p.invoice_id join supplier s on s.id = i.supplier_id
                where p.production_id = ?1 and p.currency = 'EUR' order by p.paid_on, p.external_ref""", productionId)) {
            paid.merge((String) p[0], decimal(p[2]), BigDecimal::add);
            items.add(new Item(date(p[1]), CashCategory.SUPPLIER_INVOICES, "PAYMENT", (String) p[3],
                    "règlement facture " + p[4] + " " + p[5], decimal(p[2]), true, true));
        }
        for (Object[] i : rows("""
                select cast(i.id as text), i.number, i.due_date, i.gross_amount, i.status, s.name
                from invoice i join supplier s on s.id = i.supplier_id
                where i.production_id = ?1 and i.currency = 'EUR' order by i.due_date, i.number""", productionId)) {
            BigDecimal unpaid = decimal(i[3]).subtract(paid.getOrDefault((String) i[0], BigDecimal.ZERO));
            if (unpaid.signum() > 0) {
                items.add(new Item(date(i[2]), CashCategory.SUPPLIER_INVOICES, "INVOICE", (String) i[1],
                        "facture " + i[1] + " " + i[5] + ("MISMATCHED".equals(i[4]) ? " (non rapprochée)" : "")
                                + " TTC, reste à payer", unpaid, false, true));
            }
        }
    }

    /** The part of each order not invoiced yet (any invoice, matched or not), VAT added, at order date + terms. */
    private void orders(UUID productionId, PaymentTerms terms, List<Item> items) {
        for (Object[] o : rows("""
                select po.number, po.order_date, po.payment_terms_days, po.net_amount,
                       coalesce((select sum(i.net_amount) from invoice i where i.order_id = po.id), 0), s.name
                from purchase_order po join supplier s on s.id = po.supplier_id
                where po.production_id = ?1 and po.currency = 'EUR' order by po.order_date, po.number""", productionId)) {
            BigDecimal open = decimal(o[3]).subtract(decimal(o[4]));
            if (open.signum() <= 0) {
                continue;
            }
            LocalDate on = date(o[1]).plusDays(((Number) o[2]).longValue());
            items.add(new Item(on, CashCategory.PURCHASE_ORDERS, "PURCHASE_ORDER", (String) o[0],
                    "bon de commande " + o[0] + " " + o[5] + " : reste à facturer " + open.toPlainString() + " HT + TVA "
                            + DecimalString.percent(terms.vatRate()),
                    terms.withVat(open), false, true));
        }
    }

    /**
     * Approved weeks are paid on the payroll dates (gross on the salary date, charges on the contributions date); the
     * part of a signed contract not approved yet is spread evenly over its remaining weeks (from the later of its
     * start, the week after its last approved week and the opening week, to its end) and paid the same way.
     */
    private void payroll(UUID productionId, PaymentTerms terms, LocalDate openingDate, List<Item> items) {
        Map<String, LocalDate> lastWeek = new HashMap<>();
        Map<String, BigDecimal[]> approved = new HashMap<>();
        for (Object[] t : rows("""
                select cast(t.timesheet_id as text), cast(t.contract_id as text), t.week_start, t.gross, t.charges,
                       c.employee_number
                from crew_timesheet t join crew_contract c on c.contract_id = t.contract_id
                where t.production_id = ?1 order by t.week_start, t.timesheet_id""", productionId)) {
            String contract = (String) t[1];
            LocalDate week = date(t[2]);
            lastWeek.merge(contract, week, (a, b) -> a.isAfter(b) ? a : b);
            approved.merge(contract, new BigDecimal[] { decimal(t[3]), decimal(t[4]) },
                    (a, b) -> new BigDecimal[] { a[0].add(b[0]), a[1].add(b[1]) });
            LocalDate salaryOn = terms.salaryPaidOn(week);
            items.add(new Item(salaryOn, CashCategory.SALARIES, "TIMESHEET", (String) t[0],
                    "salaire brut " + t[5] + ", semaine du " + week, decimal(t[3]), true, true));
            items.add(new Item(terms.contributionsPaidOn(salaryOn), CashCategory.SOCIAL_CHARGES, "TIMESHEET",
                    t[0] + ":charges", "charges patronales " + t[5] + ", semaine du " + week, decimal(t[4]), true, true));
        }
        for (Object[] c : rows("""
                select cast(c.contract_id as text), c.employee_number, c.start_date, c.end_date, c.gross, c.charges
                from crew_contract c where c.production_id = ?1 and c.status = 'SIGNED'
                order by c.start_date, c.contract_id""", productionId)) {
            String contract = (String) c[0];
            BigDecimal[] done = approved.getOrDefault(contract, new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
            BigDecimal openGross = decimal(c[4]).subtract(done[0]).max(BigDecimal.ZERO.setScale(2));
            BigDecimal openCharges = decimal(c[5]).subtract(done[1]).max(BigDecimal.ZERO.setScale(2));
            if (openGross.signum() == 0 && openCharges.signum() == 0) {
                continue;
            }
            LocalDate from = CashFlowCalculator.weekOf(date(c[2]));
            LocalDate afterApproved = lastWeek.containsKey(contract)
                    ? CashFlowCalculator.weekOf(lastWeek.get(contract)).plusWeeks(1) : from;
            LocalDate opening = CashFlowCalculator.weekOf(openingDate);
            from = later(later(from, afterApproved), opening);
            LocalDate to = CashFlowCalculator.weekOf(date(c[3]));
            if (to.isBefore(from)) {
                to = from;
            }
            int weeks = (int) (java.time.temporal.ChronoUnit.WEEKS.between(from, to) + 1);
            List<BigDecimal> gross = PaymentTerms.split(openGross, weeks);
            List<BigDecimal> charges = PaymentTerms.split(openCharges, weeks);
            for (int w = 0; w < weeks; w++) {
                LocalDate week = from.plusWeeks(w);
                LocalDate salaryOn = terms.salaryPaidOn(week);
                items.add(new Item(salaryOn, CashCategory.SALARIES, "CREW_CONTRACT", contract + "@" + week,
                        "contrat " + c[1] + " : part ouverte, semaine du " + week, gross.get(w), false, true));
                items.add(new Item(terms.contributionsPaidOn(salaryOn), CashCategory.SOCIAL_CHARGES, "CREW_CONTRACT",
                        contract + "@" + week + ":charges", "contrat " + c[1] + " : charges de la part ouverte, semaine du "
                                + week, charges.get(w), false, true));
            }
        }
    }

    private void statements(UUID productionId, PaymentTerms terms, List<Item> items) {
        for (Object[] s : rows("""
                select cast(statement_id as text), holder, period_start, period_end, amount_due, issued_on
                from rights_statement_due where production_id = ?1 and amount_due > 0
                order by issued_on, statement_id""", productionId)) {
            items.add(new Item(terms.statementPaidOn(date(s[5])), CashCategory.RIGHTS_STATEMENTS, "RIGHTS_STATEMENT",
                    (String) s[0], "relevé de droits " + s[1] + " du " + s[2] + " au " + s[3], decimal(s[4]), false, true));
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object parameter) {
        return em.createNativeQuery(sql).setParameter(1, parameter).getResultList();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : new BigDecimal(value.toString()).setScale(2);
    }
}
