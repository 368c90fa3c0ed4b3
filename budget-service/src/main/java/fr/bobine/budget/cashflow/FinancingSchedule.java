package fr.bobine.budget.cashflow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.bobine.budget.cashflow.CashFlowCalculator.Item;

/**
 * When the money of one financing source comes in. Instalments come in on their received date, else are expected on
 * their due date. A source without instalments is one movement on its actual date when received, else on its expected
 * date (undated without one). Minimum-guarantee instalments that fell due (distribution.mg.instalment.fell-due) date
 * the money of a distribution contract: on a source without instalments they are its dated movements and the rest of
 * its amount is not dated yet; on a source with instalments, one already on that date with that amount is left alone,
 * otherwise the first instalment not received with the same amount moves to the date it fell due.
 */
public final class FinancingSchedule {

    private FinancingSchedule() {
    }

    public record Source(String id, String label, BigDecimal amount, boolean confirmed, boolean received,
            LocalDate expectedDate, LocalDate actualDate) {
    }

    public record Instalment(int position, LocalDate dueDate, BigDecimal amount, LocalDate receivedDate) {
    }

    public record Due(String instalmentId, LocalDate dueOn, BigDecimal amount, String label) {
    }

    public static List<Item> items(Source s, List<Instalment> instalments, List<Due> dues) {
        List<Item> items = new ArrayList<>();
        if (instalments.isEmpty()) {
            if (!dues.isEmpty()) {
                BigDecimal dated = BigDecimal.ZERO;
                for (Due d : dues) {
                    items.add(new Item(d.dueOn(), CashCategory.FINANCING, "MG_INSTALMENT", d.instalmentId(),
                            s.label() + " — " + d.label(), d.amount(), false, s.confirmed()));
                    dated = dated.add(d.amount());
                }
                BigDecimal rest = s.amount().subtract(dated);
                if (rest.signum() > 0) {
                    items.add(new Item(null, CashCategory.FINANCING, "FINANCING_SOURCE", s.id(),
                            s.label() + " — reste du minimum garanti, pas encore exigible", rest, false, s.confirmed()));
                }
                return items;
            }
            boolean received = s.received() && s.actualDate() != null;
            items.add(new Item(received ? s.actualDate() : s.expectedDate(), CashCategory.FINANCING, "FINANCING_SOURCE",
                    s.id(), s.label(), s.amount(), received, s.confirmed()));
            return items;
        }
        Set<Integer> moved = new HashSet<>();
        Map<Integer, LocalDate> dueOn = new HashMap<>();
        for (Due d : dues) {
            boolean already = instalments.stream()
                    .anyMatch(i -> i.dueDate().equals(d.dueOn()) && i.amount().compareTo(d.amount()) == 0);
            if (already) {
                continue;
            }
            for (Instalment i : instalments) {
                if (i.receivedDate() == null && !moved.contains(i.position()) && i.amount().compareTo(d.amount()) == 0) {
                    moved.add(i.position());
                    dueOn.put(i.position(), d.dueOn());
                    break;
                }
            }
        }
        for (Instalment i : instalments) {
            boolean received = i.receivedDate() != null;
            LocalDate on = received ? i.receivedDate() : dueOn.getOrDefault(i.position(), i.dueDate());
            items.add(new Item(on, CashCategory.FINANCING, "FINANCING_INSTALMENT", s.id() + "#" + i.position(),
                    s.label() + " — échéance " + i.position() + (received ? " reçue" : ""), i.amount(), received,
                    s.confirmed()));
        }
        return items;
    }
}
