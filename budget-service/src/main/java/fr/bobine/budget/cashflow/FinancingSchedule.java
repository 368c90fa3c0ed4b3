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
 * otherwise the first instalment not received with the same amount moves to the date it fell due. An MG instalment the
 * distributor paid (distribution.mg.instalment.received) comes in on the day it was received, as received.
 */
public final class FinancingSchedule {

    private FinancingSchedule() {
    }

    public record Source(String id, String label, BigDecimal amount, boolean confirmed, boolean received,
            LocalDate expectedDate, LocalDate actualDate) {
    }

    public record Instalment(int position, LocalDate dueDate, BigDecimal amount, LocalDate receivedDate) {
    }

    /** An MG instalment that fell due, and the day the distributor paid it (null while it is only owed). */
    public record Due(String instalmentId, LocalDate dueOn, BigDecimal amount, String label, LocalDate receivedOn) {

        public Due(String instalmentId, LocalDate dueOn, BigDecimal amount, String label) {
            this(instalmentId, dueOn, amount, label, null);
        }
    }

    public static List<Item> items(Source s, List<Instalment> instalments, List<Due> dues) {
        List<Item> items = new ArrayList<>();
        if (instalments.isEmpty()) {
            if (!dues.isEmpty()) {
                BigDecimal dated = BigDecimal.ZERO;
                for (Due d : dues) {
                    boolean received = d.receivedOn() != null;
                    items.add(new Item(received ? d.receivedOn() : d.dueOn(), CashCategory.FINANCING, "MG_INSTALMENT",
                            d.instalmentId(), s.label() + " — " + d.label() + (received ? " reçue" : ""), d.amount(),
                            received, s.confirmed()));
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
        Set<Integer> claimed = new HashSet<>();
        Map<Integer, LocalDate> dueOn = new HashMap<>();
        Map<Integer, LocalDate> receivedOn = new HashMap<>();
        for (Due d : dues) {
            Instalment onItsDate = instalments.stream().filter(i -> !claimed.contains(i.position())
                    && i.dueDate().equals(d.dueOn()) && i.amount().compareTo(d.amount()) == 0).findFirst().orElse(null);
            Instalment target = onItsDate != null ? onItsDate : instalments.stream().filter(i -> i.receivedDate() == null
                    && !claimed.contains(i.position()) && i.amount().compareTo(d.amount()) == 0).findFirst().orElse(null);
            if (target == null) {
                continue;
            }
            claimed.add(target.position());
            if (onItsDate == null) {
                dueOn.put(target.position(), d.dueOn());
            }
            if (d.receivedOn() != null) {
                receivedOn.put(target.position(), d.receivedOn());
            }
        }
        for (Instalment i : instalments) {
            LocalDate receivedDate = i.receivedDate() != null ? i.receivedDate() : receivedOn.get(i.position());
            boolean received = receivedDate != null;
            LocalDate on = received ? receivedDate : dueOn.getOrDefault(i.position(), i.dueDate());
            items.add(new Item(on, CashCategory.FINANCING, "FINANCING_INSTALMENT", s.id() + "#" + i.position(),
                    s.label() + " — échéance " + i.position() + (received ? " reçue" : ""), i.amount(), received,
                    s.confirmed()));
        }
        return items;
    }
}
