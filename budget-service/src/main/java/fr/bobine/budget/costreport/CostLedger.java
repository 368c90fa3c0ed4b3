package fr.bobine.budget.costreport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * What is committed and actual on each budget line (by lineage), from the orders, the matched invoices, the labour
 * costs booked from crew, the rights fees booked from rights and whatever another source books in {@code cost_entry}.
 * Committed is the open part only: an order line less the invoices matched on it, a labour contract less the approved
 * hours booked against it, a rights contract's total due, never below zero.
 */
@ApplicationScoped
public class CostLedger {

    @Inject
    EntityManager em;

    public record Position(BigDecimal committed, BigDecimal actual) {
        static final Position NONE = new Position(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));

        Position plus(Position o) {
            return new Position(committed.add(o.committed), actual.add(o.actual));
        }
    }

    public Map<String, Position> positions(UUID productionId) {
        return positions(productionId, null);
    }

    /**
     * The positions as they stood on {@code asOf}: entries booked on or before it, orders dated on or before it less the
     * invoices dated on or before it (an invoice's actual is booked on its invoice date). Null means everything booked so
     * far, whatever its date: an order entered today but dated next month is already a commitment.
     * <p>
     * Every source other than invoices (crew, rights, distribution, and any later one) follows the same rule: its open
     * commitment on a line is what it committed less what it booked as actual there, never below zero, so a source that
     * books only actuals (a festival fee) commits nothing.
     */
    public Map<String, Position> positions(UUID productionId, LocalDate asOf) {
        LocalDate until = asOf == null ? LocalDate.of(9999, 12, 31) : asOf;
        Map<String, Position> out = new HashMap<>();
        merge(out, query("""
                select cast(lineage as text), 0, sum(amount) from cost_entry
                where production_id = ?1 and kind = 'ACTUAL' and booked_on <= ?2 group by lineage""", productionId, until));
        merge(out, query("""
                select cast(pol.lineage as text), sum(greatest(pol.amount - coalesce(inv.total, 0), 0)), 0
                from purchase_order_line pol join purchase_order po on po.id = pol.order_id
                left join (select order_line_id, sum(amount) total from cost_entry
                           where kind = 'ACTUAL' and source = 'INVOICE' and production_id = ?1 and booked_on <= ?2
                           group by order_line_id) inv
                       on inv.order_line_id = pol.id
                where po.production_id = ?1 and po.order_date <= ?2 group by pol.lineage""", productionId, until));
        merge(out, query("""
                select lineage, sum(open), 0 from (
                    select cast(lineage as text) lineage, greatest(sum(case when kind = 'COMMITMENT' then amount else 0 end)
                           - sum(case when kind = 'ACTUAL' then amount else 0 end), 0) open
                    from cost_entry where production_id = ?1 and source <> 'INVOICE' and booked_on <= ?2
                    group by source, lineage) by_source
                group by lineage""", productionId, until));
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> query(String sql, UUID productionId, LocalDate until) {
        return em.createNativeQuery(sql).setParameter(1, productionId).setParameter(2, until).getResultList();
    }

    private static void merge(Map<String, Position> out, List<Object[]> rows) {
        for (Object[] row : rows) {
            Position p = new Position(decimal(row[1]), decimal(row[2]));
            out.merge((String) row[0], p, Position::plus);
        }
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : new BigDecimal(value.toString()).setScale(2);
    }
}
