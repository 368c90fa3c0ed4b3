package fr.bobine.budget.cashflow;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The week arithmetic of the cash-flow plan (plan de trésorerie, shared/domain/budget.md §3.2), with no framework.
 * <p>
 * Weeks are ISO weeks starting on Monday. The plan starts with the bank balance on the opening date; the first week is
 * the one holding that date. A movement that happens on its date whatever we do (a payment made, money received, a
 * payroll run) and is dated before the opening date is already in that balance and is left out. A movement still
 * expected (an unpaid invoice, an open order, an instalment not received) dated before the opening date is late: it
 * falls in the first week, flagged overdue. Money from sources that are not confirmed yet is shown per week but never
 * enters the balance. Each week: opening, money in and out by category, net, closing (the running balance), and a
 * shortfall flag when the closing balance is below the threshold.
 */
public final class CashFlowCalculator {

    private CashFlowCalculator() {
    }

    /**
     * A dated movement. {@code amount} is positive, its direction is its category's; {@code paidOnItsDate} says the
     * movement happens on its date (so, when past, it is in the opening balance); {@code confirmed} is false for money
     * in from a source not confirmed yet. {@code date} is null when the movement has no date yet.
     */
    public record Item(LocalDate date, CashCategory category, String sourceKind, String reference, String label,
            BigDecimal amount, boolean paidOnItsDate, boolean confirmed) {
    }

    /** An item as placed in a week; {@code overdue} when it was expected before the opening date. */
    public record Placed(Item item, boolean overdue) {
    }

    public record Week(LocalDate weekStart, BigDecimal opening, Map<CashCategory, BigDecimal> moneyIn,
            Map<CashCategory, BigDecimal> moneyOut, BigDecimal totalIn, BigDecimal totalOut, BigDecimal net,
            BigDecimal closing, boolean shortfall, BigDecimal notYetConfirmedIn, List<Placed> items) {
    }

    public record ShortfallWeek(LocalDate weekStart, BigDecimal closing) {
    }

    /** The weeks below the threshold; empty when none. The lowest balance is over all the weeks shown. */
    public record Shortfall(LocalDate firstWeek, LocalDate lowestWeek, BigDecimal lowestBalance, List<ShortfallWeek> weeks) {
        public boolean any() {
            return !weeks.isEmpty();
        }
    }

    public record Plan(LocalDate openingDate, BigDecimal openingBalance, BigDecimal threshold, LocalDate from, LocalDate to,
            List<Week> weeks, List<Item> undated, Shortfall shortfall) {
    }

    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The Monday of the last week with a dated item, never before the opening week. */
    public static LocalDate lastWeek(LocalDate openingDate, List<Item> items) {
        LocalDate last = weekOf(openingDate);
        for (Item i : items) {
            if (i.date() != null && weekOf(i.date()).isAfter(last)) {
                last = weekOf(i.date());
            }
        }
        return last;
    }

    /**
     * The plan from the week of {@code from} to the week of {@code to} (both clamped to the opening week at the
     * earliest); the weeks between the opening date and {@code from} are computed for the running balance, not shown.
     */
    public static Plan compute(LocalDate openingDate, BigDecimal openingBalance, BigDecimal threshold, List<Item> items,
            LocalDate from, LocalDate to) {
        LocalDate first = weekOf(openingDate);
        LocalDate shownFrom = from == null || weekOf(from).isBefore(first) ? first : weekOf(from);
        LocalDate last = to == null ? lastWeek(openingDate, items) : weekOf(to);
        if (last.isBefore(shownFrom)) {
            last = shownFrom;
        }
        TreeMap<LocalDate, List<Placed>> byWeek = new TreeMap<>();
        List<Item> undated = new ArrayList<>();
        for (Item i : items) {
            if (i.amount().signum() == 0) {
                continue;
            }
            if (i.date() == null) {
                undated.add(i);
                continue;
            }
            boolean past = i.date().isBefore(openingDate);
            if (past && i.paidOnItsDate()) {
                continue; // already in the opening balance
            }
            LocalDate week = past ? first : weekOf(i.date());
            if (week.isAfter(last)) {
                continue;
            }
            byWeek.computeIfAbsent(week, w -> new ArrayList<>()).add(new Placed(i, past));
        }
        List<Week> weeks = new ArrayList<>();
        BigDecimal balance = openingBalance;
        for (LocalDate week = first; !week.isAfter(last); week = week.plusWeeks(1)) {
            Map<CashCategory, BigDecimal> in = zeros(CashCategory.Direction.IN);
            Map<CashCategory, BigDecimal> out = zeros(CashCategory.Direction.OUT);
            BigDecimal unconfirmed = zero();
            List<Placed> placed = byWeek.getOrDefault(week, List.of()).stream()
                    .sorted(Comparator.comparing((Placed p) -> p.item().date()).thenComparing(p -> p.item().category())
                            .thenComparing(p -> p.item().reference()))
                    .toList();
            for (Placed p : placed) {
                Item i = p.item();
                if (!i.confirmed()) {
                    unconfirmed = unconfirmed.add(i.amount());
                } else if (i.category().direction == CashCategory.Direction.IN) {
                    in.merge(i.category(), i.amount(), BigDecimal::add);
                } else {
                    out.merge(i.category(), i.amount(), BigDecimal::add);
                }
            }
            BigDecimal totalIn = sum(in);
            BigDecimal totalOut = sum(out);
            BigDecimal net = totalIn.subtract(totalOut);
            BigDecimal opening = balance;
            balance = balance.add(net);
            if (!week.isBefore(shownFrom)) {
                weeks.add(new Week(week, opening, in, out, totalIn, totalOut, net, balance,
                        balance.compareTo(threshold) < 0, unconfirmed, placed));
            }
        }
        return new Plan(openingDate, openingBalance, threshold, shownFrom, last, weeks, undated, shortfall(weeks));
    }

    static Shortfall shortfall(List<Week> weeks) {
        LocalDate lowestWeek = null;
        BigDecimal lowest = null;
        List<ShortfallWeek> below = new ArrayList<>();
        for (Week w : weeks) {
            if (lowest == null || w.closing().compareTo(lowest) < 0) {
                lowest = w.closing();
                lowestWeek = w.weekStart();
            }
            if (w.shortfall()) {
                below.add(new ShortfallWeek(w.weekStart(), w.closing()));
            }
        }
        return new Shortfall(below.isEmpty() ? null : below.get(0).weekStart(), lowestWeek, lowest, List.copyOf(below));
    }

    private static Map<CashCategory, BigDecimal> zeros(CashCategory.Direction direction) {
        Map<CashCategory, BigDecimal> m = new EnumMap<>(CashCategory.class);
        for (CashCategory c : CashCategory.values()) {
            if (c.direction == direction) {
                m.put(c, zero());
            }
        }
        return m;
    }

    private static BigDecimal sum(Map<CashCategory, BigDecimal> m) {
        return m.values().stream().reduce(zero(), BigDecimal::add);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
