package fr.bobine.rights.waterfall;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A validated waterfall graph that runs receipts down its positions. Model: blockframes' waterfall (positions with
 * conditions, pari passu and sequential groups), in exact decimals: every cent that enters leaves to exactly one
 * holder, each allocation rounded once, half-up, at the currency's scale, and splits by largest remainder.
 */
public final class Waterfall {

    private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);

    private final WaterfallDefinition definition;
    private final Map<String, Position> positions = new LinkedHashMap<>();
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final int scale;

    private Waterfall(WaterfallDefinition definition, int scale) {
        this.definition = definition;
        this.scale = scale;
    }

    public WaterfallDefinition definition() {
        return definition;
    }

    public int scale() {
        return scale;
    }

    /** Checks the graph (ids, references, cycles, shares, rates, where the last euro goes) and builds it. */
    public static Waterfall of(WaterfallDefinition definition) {
        if (definition == null) {
            throw new InvalidWaterfallException("definition", "is required");
        }
        int scale;
        try {
            scale = Currency.getInstance(String.valueOf(definition.currency())).getDefaultFractionDigits();
        } catch (IllegalArgumentException e) {
            throw new InvalidWaterfallException("currency", "unknown ISO 4217 currency " + definition.currency());
        }
        Waterfall waterfall = new Waterfall(definition, Math.max(scale, 0));
        waterfall.index();
        waterfall.checkReferences();
        waterfall.checkAcyclic();
        return waterfall;
    }

    private void index() {
        List<Position> list = definition.positions() == null ? List.of() : definition.positions();
        List<Group> groupList = definition.groups() == null ? List.of() : definition.groups();
        for (int i = 0; i < list.size(); i++) {
            Position p = list.get(i);
            String field = "positions[" + i + "]";
            if (p == null || p.id() == null || p.id().isBlank()) {
                throw new InvalidWaterfallException(field + ".id", "is required");
            }
            if (positions.put(p.id(), p) != null) {
                throw new InvalidWaterfallException(field + ".id", "duplicate id " + p.id());
            }
            checkPosition(field, p);
        }
        for (int i = 0; i < groupList.size(); i++) {
            Group g = groupList.get(i);
            String field = "groups[" + i + "]";
            if (g == null || g.id() == null || g.id().isBlank()) {
                throw new InvalidWaterfallException(field + ".id", "is required");
            }
            if (positions.containsKey(g.id()) || groups.put(g.id(), g) != null) {
                throw new InvalidWaterfallException(field + ".id", "duplicate id " + g.id());
            }
            if (g.mode() == null) {
                throw new InvalidWaterfallException(field + ".mode", "is required");
            }
            if (g.members() == null || g.members().isEmpty()) {
                throw new InvalidWaterfallException(field + ".members", "a group needs at least one member");
            }
            if (g.next() == null) {
                throw new InvalidWaterfallException(field + ".next",
                        "a group needs a next node for what its members do not take");
            }
        }
        if (positions.isEmpty()) {
            throw new InvalidWaterfallException("positions", "a waterfall needs at least one position");
        }
    }

    private static void checkPosition(String field, Position p) {
        if (p.kind() == null) {
            throw new InvalidWaterfallException(field + ".kind", "is required");
        }
        if (p.holder() == null || p.holder().isBlank()) {
            throw new InvalidWaterfallException(field + ".holder", "every position has a holder");
        }
        requireFraction(field + ".rate", p.rate(), needsRate(p.kind()));
        requireFraction(field + ".share", p.share(), false);
        requireFraction(field + ".authorsCommissionCap", p.authorsCommissionCap(), false);
        requireNonNegative(field + ".cap", p.cap(), false);
        requireNonNegative(field + ".premium", p.premium(), false);
        requireNonNegative(field + ".interestRate", p.interestRate(), false);
        boolean needsAmount = switch (p.kind()) {
            case MG_RECOUPMENT, FIXED_AMOUNT, INVESTMENT, PER_TICKET -> true;
            default -> false;
        };
        requireNonNegative(field + ".amount", p.amount(), needsAmount);
        if (p.kind() == PositionKind.EXPENSES) {
            if (p.expenses() == null) {
                throw new InvalidWaterfallException(field + ".expenses", "an EXPENSES position lists its expenses");
            }
            for (int e = 0; e < p.expenses().size(); e++) {
                requireNonNegative(field + ".expenses[" + e + "].amount", p.expenses().get(e).amount(), true);
            }
        }
        if (p.kind() == PositionKind.INVESTMENT && p.interestRate() != null
                && (p.interestMode() == null || p.investedOn() == null)) {
            throw new InvalidWaterfallException(field + ".interestMode", "interest needs interestMode and investedOn");
        }
        if (p.interestBase() != null && (p.kind() != PositionKind.INVESTMENT || p.interestRate() == null)) {
            throw new InvalidWaterfallException(field + ".interestBase", "only an INVESTMENT with an interestRate has an interest base");
        }
        if (p.interestOnOutstanding() && p.premium() != null) {
            throw new InvalidWaterfallException(field + ".premium", "interest on what is outstanding and a premium do not go together");
        }
        if ((p.rnppDefinition() != null || p.countsFinancing() != null) && p.kind() != PositionKind.AUTHOR_RNPP) {
            throw new InvalidWaterfallException(field + ".rnppDefinition", "only an AUTHOR_RNPP position has an RNPP definition");
        }
        if (p.contractId() != null && p.kind() != PositionKind.MG_RECOUPMENT) {
            throw new InvalidWaterfallException(field + ".contractId", "only an MG_RECOUPMENT position names the contract of its MG");
        }
        if (p.kind() == PositionKind.RESIDUAL && p.next() != null) {
            throw new InvalidWaterfallException(field + ".next", "a RESIDUAL position takes everything and has no next");
        }
        Threshold t = p.condition() == null ? null : p.condition().threshold();
        if (t != null && (t.metric() == null || t.atLeast() == null
                || (t.metric() != ThresholdMetric.WATERFALL_RECEIPTS && t.positionId() == null))) {
            throw new InvalidWaterfallException(field + ".condition.threshold", "needs metric, atLeast and, for a position metric, positionId");
        }
    }

    private static boolean needsRate(PositionKind kind) {
        return switch (kind) {
            case EXHIBITOR_SHARE, PLATFORM_SHARE, TAX_INCLUDED, TAX_ON_GROSS, COMMISSION, CORRIDOR, PERCENT_OF_GROSS, PERCENT_OF_NET,
                    AUTHOR_RNPP, AUTHOR_PUBLIC_PRICE -> true;
            default -> false;
        };
    }

    private static void requireFraction(String field, BigDecimal value, boolean required) {
        if (value == null) {
            if (required) {
                throw new InvalidWaterfallException(field, "is required for this kind");
            }
            return;
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidWaterfallException(field, "must be a fraction between 0 and 1 (0.25 = 25%), got " + value.toPlainString());
        }
    }

    private static void requireNonNegative(String field, BigDecimal value, boolean required) {
        if (value == null) {
            if (required) {
                throw new InvalidWaterfallException(field, "is required for this kind");
            }
            return;
        }
        if (value.signum() < 0) {
            throw new InvalidWaterfallException(field, "must not be negative");
        }
    }

    private void checkReferences() {
        requireNode("entry", definition.entry());
        Set<String> members = new HashSet<>();
        int gi = 0;
        for (Group g : groups.values()) {
            String field = "groups[" + gi + "]";
            requireNode(field + ".next", g.next());
            BigDecimal shares = BigDecimal.ZERO;
            for (String member : g.members()) {
                Position p = positions.get(member);
                if (p == null) {
                    throw new InvalidWaterfallException(field + ".members",
                            "member " + member + " is not a position" + (groups.containsKey(member) ? " (groups do not nest)" : ""));
                }
                if (!members.add(member)) {
                    throw new InvalidWaterfallException(field + ".members", "position " + member + " is in more than one group");
                }
                if (p.next() != null) {
                    throw new InvalidWaterfallException(field + ".members",
                            "member " + member + " has a next; what a member does not take goes to the group's next");
                }
                if (g.mode() == GroupMode.PARI_PASSU) {
                    if (p.share() == null || p.share().signum() <= 0) {
                        throw new InvalidWaterfallException(field + ".members", "member " + member + " of a pari passu group needs a share above 0");
                    }
                    shares = shares.add(p.share());
                }
            }
            if (shares.compareTo(BigDecimal.ONE) > 0) {
                throw new InvalidWaterfallException(field + ".members", "the shares of pari passu group " + g.id()
                        + " add up to " + shares.movePointRight(2).stripTrailingZeros().toPlainString() + "%, above 100%");
            }
            gi++;
        }
        int pi = 0;
        for (Position p : positions.values()) {
            String field = "positions[" + pi + "]";
            if (p.next() != null) {
                requireNode(field + ".next", p.next());
                if (members.contains(p.next())) {
                    throw new InvalidWaterfallException(field + ".next", p.next() + " is a group member; point to its group");
                }
            } else if (!members.contains(p.id()) && p.kind() != PositionKind.RESIDUAL) {
                throw new InvalidWaterfallException(field + ".next", "position " + p.id()
                        + " has no next and is not RESIDUAL: what it does not take would have no holder");
            }
            Threshold t = p.condition() == null ? null : p.condition().threshold();
            if (t != null && t.positionId() != null && !positions.containsKey(t.positionId())) {
                throw new InvalidWaterfallException(field + ".condition.threshold.positionId", "unknown position " + t.positionId());
            }
            pi++;
        }
        if (members.contains(definition.entry())) {
            throw new InvalidWaterfallException("entry", definition.entry() + " is a group member; enter at its group");
        }
        if (definition.advanceEntry() != null) {
            requireNode("advanceEntry", definition.advanceEntry());
            if (members.contains(definition.advanceEntry())) {
                throw new InvalidWaterfallException("advanceEntry", definition.advanceEntry() + " is a group member; enter at its group");
            }
        }
    }

    private void requireNode(String field, String id) {
        if (id == null || (!positions.containsKey(id) && !groups.containsKey(id))) {
            throw new InvalidWaterfallException(field, "unknown node " + id);
        }
    }

    private List<String> edges(String id) {
        List<String> out = new ArrayList<>();
        Group g = groups.get(id);
        if (g != null) {
            out.addAll(g.members());
            out.add(g.next());
        } else if (positions.get(id).next() != null) {
            out.add(positions.get(id).next());
        }
        return out;
    }

    private void checkAcyclic() {
        Map<String, Integer> colour = new HashMap<>();
        for (String id : allIds()) {
            visit(id, colour, new ArrayList<>());
        }
    }

    private List<String> allIds() {
        List<String> ids = new ArrayList<>(positions.keySet());
        ids.addAll(groups.keySet());
        return ids;
    }

    private void visit(String id, Map<String, Integer> colour, List<String> path) {
        int c = colour.getOrDefault(id, 0);
        if (c == 2) {
            return;
        }
        path.add(id);
        if (c == 1) {
            List<String> cycle = path.subList(path.indexOf(id), path.size());
            throw new InvalidWaterfallException("positions", "the waterfall has a cycle: " + String.join(" -> ", cycle));
        }
        colour.put(id, 1);
        for (String next : edges(id)) {
            visit(next, colour, path);
        }
        colour.put(id, 2);
        path.remove(path.size() - 1);
    }

    /**
     * Runs one receipt down the graph, updating {@code state}; the steps' amounts add up to the receipt's gross. An
     * exploitation receipt enters at {@code entry}, an MG or pre-sale where RNPP is measured. With threshold splitting,
     * a receipt that would open a threshold condition (receipts so far, what a position received, a recoupment
     * multiple) is run in parts: the part that reaches the threshold under the rule before it, the rest under the rule
     * after it, each part with its own steps after a SPLIT step naming it.
     */
    public ReceiptRun run(Receipt receipt, WaterfallState state) {
        BigDecimal gross = receipt.gross();
        if (gross == null || gross.signum() < 0 || gross.stripTrailingZeros().scale() > scale) {
            throw new IllegalArgumentException("receipt " + receipt.id() + " gross must be a non-negative amount at the currency's scale");
        }
        String entry = entryOf(receipt);
        BigDecimal left = gross.setScale(scale);
        Integer admissionsLeft = receipt.admissions();
        WaterfallState current = state;
        List<Step> steps = new ArrayList<>();
        int part = 0;
        do {
            Run run = new Run(receipt.part(left, admissionsLeft), current, entry);
            Set<String> closed = definition.splits() ? closedThresholds(receipt, current) : Set.of();
            Set<String> opened = opened(closed, run.after);
            if (!opened.isEmpty()) {
                run = firstPartOpening(receipt, current, entry, left, admissionsLeft, closed);
                opened = opened(closed, run.after);
            }
            BigDecimal cut = run.receipt.gross();
            part++;
            if (part > 1 || cut.compareTo(left) < 0) {
                steps.add(new Step(steps.size() + 1, "part-" + part, SPLIT_HOLDER, "SPLIT", cut, BigDecimal.ZERO,
                        "part " + part + " of receipt " + gross.toPlainString() + ": " + cut.toPlainString()
                                + (opened.isEmpty() ? "" : ", up to the threshold that opens " + String.join(", ", opened))));
            }
            for (Step s : run.steps) {
                steps.add(new Step(steps.size() + 1, s.nodeId(), s.holder(), s.kind(), s.reached(), s.took(), s.reason()));
            }
            current = run.after;
            left = left.subtract(cut);
            admissionsLeft = admissionsLeft == null ? null : admissionsLeft - run.receipt.admissions();
        } while (left.signum() > 0);
        current.runs++;
        copyInto(current, state);
        return new ReceiptRun(receipt.id(), gross.setScale(scale), List.copyOf(steps));
    }

    /** Holder of the SPLIT steps that say where a receipt was cut; they take nothing. */
    public static final String SPLIT_HOLDER = "split";

    /**
     * Where a receipt enters: MG and pre-sales where RNPP is measured (advanceEntry, else the first RNPP position, or
     * its group).
     */
    String entryOf(Receipt receipt) {
        if (!receipt.kind().isAdvance()) {
            return definition.entry();
        }
        if (definition.advanceEntry() != null) {
            return definition.advanceEntry();
        }
        String rnpp = positions.values().stream().filter(p -> p.kind() == PositionKind.RNPP).map(Position::id).findFirst()
                .orElseThrow(() -> new InvalidWaterfallException("advanceEntry", "a " + receipt.kind()
                        + " enters where RNPP is measured: this waterfall has no RNPP position and no advanceEntry"));
        // an RNPP position inside a group is entered through its group
        return groups.values().stream().filter(g -> g.members().contains(rnpp)).map(Group::id).findFirst().orElse(rnpp);
    }

    /**
     * The shortest first part of {@code left} after which one of the {@code closed} thresholds holds, found by halving
     * on whole cents (the metrics grow with the money run). Runs it from {@code from}.
     */
    private Run firstPartOpening(Receipt receipt, WaterfallState from, String entry, BigDecimal left, Integer admissions,
            Set<String> closed) {
        long lo = 0;
        long hi = left.unscaledValue().longValueExact();
        Run opening = null;
        while (hi - lo > 1) {
            long mid = lo + (hi - lo) / 2;
            Run trial = trial(receipt, from, entry, left, admissions, mid);
            if (opened(closed, trial.after).isEmpty()) {
                lo = mid;
            } else {
                hi = mid;
                opening = trial;
            }
        }
        // opening is the trial at hi whenever hi moved; hi still at the whole amount means the whole part opens it
        return opening != null ? opening : trial(receipt, from, entry, left, admissions, hi);
    }

    private Run trial(Receipt receipt, WaterfallState from, String entry, BigDecimal left, Integer admissions, long units) {
        BigDecimal part = BigDecimal.valueOf(units, scale);
        Integer partAdmissions = admissions == null ? null : part.compareTo(left) == 0 ? admissions
                : new BigDecimal(admissions).multiply(part).divide(left, 0, RoundingMode.HALF_UP).intValueExact();
        return new Run(receipt.part(part, partAdmissions), from, entry);
    }

    /** Positions that could take this receipt but for a threshold not reached on {@code state}. */
    private Set<String> closedThresholds(Receipt receipt, WaterfallState state) {
        Set<String> closed = new TreeSet<>();
        for (Position p : positions.values()) {
            Condition c = p.condition();
            if (c != null && c.threshold() != null && blockedOtherwise(c, receipt) == null && !reached(c.threshold(), state)) {
                closed.add(p.id());
            }
        }
        return closed;
    }

    private Set<String> opened(Set<String> closed, WaterfallState after) {
        Set<String> opened = new TreeSet<>();
        for (String id : closed) {
            if (reached(positions.get(id).condition().threshold(), after)) {
                opened.add(id);
            }
        }
        return opened;
    }

    private boolean reached(Threshold t, WaterfallState state) {
        return metric(t, state).compareTo(t.atLeast()) >= 0;
    }

    private BigDecimal metric(Threshold t, WaterfallState state) {
        return switch (t.metric()) {
            case WATERFALL_RECEIPTS -> state.receipts;
            case POSITION_RECEIVED -> state.received(t.positionId());
            case RECOUPMENT_MULTIPLE -> {
                Position of = positions.get(t.positionId());
                yield of.amount() == null || of.amount().signum() == 0 ? BigDecimal.ZERO
                        : state.received(of.id()).divide(of.amount(), MathContext.DECIMAL128);
            }
        };
    }

    /** Why the dates, media or territories of condition {@code c} exclude {@code receipt}; null when they do not. */
    private static String blockedOtherwise(Condition c, Receipt receipt) {
        if (c.from() != null && receipt.date().isBefore(c.from())) {
            return "not before " + c.from();
        }
        if (c.until() != null && receipt.date().isAfter(c.until())) {
            return "not after " + c.until();
        }
        if (c.media() != null && !c.media().isEmpty() && !c.media().contains(receipt.media())) {
            return "media " + receipt.media() + " not in " + c.media();
        }
        if (c.territories() != null && !c.territories().isEmpty() && !c.territories().contains(receipt.territory())) {
            return "territory " + receipt.territory() + " not in " + c.territories();
        }
        return null;
    }

    private static void copyInto(WaterfallState from, WaterfallState to) {
        to.received = from.received;
        to.entitlement = from.entitlement;
        to.balances = from.balances;
        to.receipts = from.receipts;
        to.runs = from.runs;
    }

    /** The target a recoupment position stops at on {@code date}; null when it has none. */
    public BigDecimal target(Position p, LocalDate date) {
        return target(p, date, new WaterfallState());
    }

    /**
     * The target a recoupment position stops at on {@code date}, after {@code state}: for an investment whose interest
     * runs on what is outstanding, what it received plus what it is owed on that date; null when it has none.
     */
    public BigDecimal target(Position p, LocalDate date, WaterfallState state) {
        return switch (p.kind()) {
            case MG_RECOUPMENT, FIXED_AMOUNT -> p.amount();
            case EXPENSES -> expensesTarget(p);
            case INVESTMENT -> p.interestOnOutstanding()
                    ? state.received(p.id()).add(accrued(p, state.balances.get(p.id()), date).owed())
                    : investmentTarget(p, date);
            default -> null;
        };
    }

    // blockframes expense.ts, and its issue #9677: min(sum of capped, cap) + sum of uncapped.
    private static BigDecimal expensesTarget(Position p) {
        BigDecimal capped = BigDecimal.ZERO;
        BigDecimal uncapped = BigDecimal.ZERO;
        for (Expense e : p.expenses()) {
            if (e.capped()) {
                capped = capped.add(e.amount());
            } else {
                uncapped = uncapped.add(e.amount());
            }
        }
        if (p.cap() != null) {
            capped = capped.min(p.cap());
        }
        return capped.add(uncapped);
    }

    // blockframes interest.ts: 365-day year, compounding on each anniversary; here on the whole amount invested.
    private BigDecimal investmentTarget(Position p, LocalDate date) {
        BigDecimal amount = p.amount();
        if (p.premium() != null) {
            return amount.multiply(BigDecimal.ONE.add(p.premium())).setScale(scale, RoundingMode.HALF_UP);
        }
        if (p.interestRate() == null || date == null || !date.isAfter(p.investedOn())) {
            return amount;
        }
        BigDecimal r = p.interestRate();
        BigDecimal factor;
        if (p.interestMode() == InterestMode.SIMPLE) {
            long days = ChronoUnit.DAYS.between(p.investedOn(), date);
            factor = BigDecimal.ONE.add(r.multiply(BigDecimal.valueOf(days)).divide(DAYS_PER_YEAR, MathContext.DECIMAL128));
        } else {
            long years = ChronoUnit.YEARS.between(p.investedOn(), date);
            long days = ChronoUnit.DAYS.between(p.investedOn().plusYears(years), date);
            factor = BigDecimal.ONE.add(r).pow((int) years, MathContext.DECIMAL128)
                    .multiply(BigDecimal.ONE.add(r.multiply(BigDecimal.valueOf(days)).divide(DAYS_PER_YEAR, MathContext.DECIMAL128)));
        }
        return amount.multiply(factor).setScale(scale, RoundingMode.HALF_UP);
    }

    /**
     * An investment's balance with interest accrued on what is outstanding up to {@code date} (actual days / 365, each
     * period's interest rounded at the cent; compound interest joins the principal on each anniversary of the
     * investment). A first balance is the amount invested on the investment date.
     */
    WaterfallState.Balance accrued(Position p, WaterfallState.Balance balance, LocalDate date) {
        WaterfallState.Balance b = balance != null ? balance
                : new WaterfallState.Balance(p.amount(), BigDecimal.ZERO.setScale(scale), p.investedOn());
        if (date == null || !date.isAfter(b.asOf())) {
            return b;
        }
        BigDecimal principal = b.principal();
        BigDecimal interest = b.interest();
        LocalDate from = b.asOf();
        if (p.interestMode() == InterestMode.COMPOUND) {
            LocalDate anniversary = p.investedOn().plusYears(Math.max(1, ChronoUnit.YEARS.between(p.investedOn(), from) + 1));
            while (!anniversary.isAfter(date)) {
                interest = interest.add(interestOn(principal, p.interestRate(), from, anniversary));
                principal = principal.add(interest);
                interest = BigDecimal.ZERO.setScale(scale);
                from = anniversary;
                anniversary = anniversary.plusYears(1);
            }
        }
        interest = interest.add(interestOn(principal, p.interestRate(), from, date));
        return new WaterfallState.Balance(principal, interest, date);
    }

    private BigDecimal interestOn(BigDecimal principal, BigDecimal rate, LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return principal.multiply(rate).multiply(BigDecimal.valueOf(days)).divide(DAYS_PER_YEAR, scale, RoundingMode.HALF_UP);
    }

    private final class Run {
        final Receipt receipt;
        final WaterfallState before;
        final WaterfallState after;
        final BigDecimal gross;
        final List<Step> steps = new ArrayList<>();
        BigDecimal commissionAboveAuthorsCap = BigDecimal.ZERO;
        BigDecimal rnpp;

        /**
         * Runs {@code receipt} (a receipt or a part of one) from {@code entry} on a copy of {@code state}: {@code state}
         * stays as it was, {@code after} is the state once it ran.
         */
        Run(Receipt receipt, WaterfallState state, String entry) {
            this.receipt = receipt;
            this.before = state;
            this.after = state.copy();
            this.gross = receipt.gross();
            BigDecimal left = flow(entry, gross);
            if (left.signum() != 0) {
                throw new IllegalStateException("waterfall left " + left + " without a holder");
            }
            after.receipts = after.receipts.add(gross);
        }

        /** Sends {@code amount} into node {@code id}; returns what that node and everything after it did not take. */
        BigDecimal flow(String id, BigDecimal amount) {
            Group group = groups.get(id);
            if (group != null) {
                return flowGroup(group, amount);
            }
            Position p = positions.get(id);
            BigDecimal took = take(p, amount);
            BigDecimal rest = amount.subtract(took);
            return p.next() == null ? rest : flow(p.next(), rest);
        }

        BigDecimal flowGroup(Group group, BigDecimal amount) {
            BigDecimal notTaken = BigDecimal.ZERO;
            if (group.mode() == GroupMode.SEQUENTIAL) {
                step(group.id(), "group", "SEQUENTIAL", amount, BigDecimal.ZERO, "passed to the members in order");
                BigDecimal rest = amount;
                for (String member : group.members()) {
                    Position p = positions.get(member);
                    rest = rest.subtract(take(p, rest));
                }
                notTaken = rest;
            } else {
                List<BigDecimal> weights = new ArrayList<>();
                BigDecimal shares = BigDecimal.ZERO;
                for (String member : group.members()) {
                    weights.add(positions.get(member).share());
                    shares = shares.add(positions.get(member).share());
                }
                BigDecimal unshared = BigDecimal.ONE.subtract(shares);
                if (unshared.signum() > 0) {
                    weights.add(unshared);
                }
                List<BigDecimal> slices = LargestRemainder.split(amount, weights, scale);
                step(group.id(), "group", "PARI_PASSU", amount, BigDecimal.ZERO,
                        "split at once by share " + weights + " (largest remainder): " + slices);
                for (int i = 0; i < group.members().size(); i++) {
                    Position p = positions.get(group.members().get(i));
                    BigDecimal slice = slices.get(i);
                    notTaken = notTaken.add(slice.subtract(take(p, slice)));
                }
                if (unshared.signum() > 0) {
                    notTaken = notTaken.add(slices.get(slices.size() - 1));
                }
            }
            return flow(group.next(), notTaken);
        }

        /** What position {@code p} takes from {@code reached}, recorded as a step and in the state. */
        BigDecimal take(Position p, BigDecimal reached) {
            String blocked = blockedBy(p);
            if (blocked != null) {
                step(p.id(), p.holder(), p.kind().name(), reached, BigDecimal.ZERO, blocked);
                return BigDecimal.ZERO;
            }
            BigDecimal received = after.received(p.id());
            WaterfallState.Balance balance = null;
            BigDecimal want;
            String why;
            switch (p.kind()) {
                case EXHIBITOR_SHARE, PLATFORM_SHARE, CORRIDOR, PERCENT_OF_NET -> {
                    want = cents(reached.multiply(p.rate()));
                    why = pct(p.rate()) + " of " + reached.toPlainString();
                }
                case COMMISSION -> {
                    want = cents(reached.multiply(p.rate()));
                    why = pct(p.rate()) + " commission on " + reached.toPlainString();
                }
                case TAX_INCLUDED -> {
                    want = cents(reached.multiply(p.rate()).divide(BigDecimal.ONE.add(p.rate()), MathContext.DECIMAL128));
                    why = "tax of " + pct(p.rate()) + " included in " + reached.toPlainString();
                }
                case TAX_ON_GROSS -> {
                    want = cents(gross.multiply(p.rate()));
                    why = "tax of " + pct(p.rate()) + " on the price " + gross.toPlainString();
                }
                case INVESTMENT -> {
                    if (p.interestOnOutstanding()) {
                        balance = accrued(p, after.balances.get(p.id()), receipt.date());
                        want = balance.owed();
                        why = "owes " + balance.principal().toPlainString() + " principal and " + balance.interest().toPlainString()
                                + " interest at " + pct(p.interestRate()) + " " + p.interestMode() + " on what is outstanding, to "
                                + balance.asOf();
                    } else {
                        BigDecimal target = target(p, receipt.date());
                        want = target.subtract(received).max(BigDecimal.ZERO);
                        why = "recoups up to " + target.toPlainString() + ", " + received.toPlainString() + " recouped before";
                    }
                }
                case EXPENSES, MG_RECOUPMENT, FIXED_AMOUNT -> {
                    BigDecimal target = target(p, receipt.date());
                    want = target.subtract(received).max(BigDecimal.ZERO);
                    why = "recoups up to " + target.toPlainString() + ", " + received.toPlainString() + " recouped before";
                }
                case PERCENT_OF_GROSS -> {
                    want = accrue(p, cents(gross.multiply(p.rate())));
                    why = pct(p.rate()) + " of gross " + gross.toPlainString() + " (entitlement carried over)";
                }
                case AUTHOR_PUBLIC_PRICE -> {
                    want = accrue(p, cents(gross.multiply(p.rate())));
                    why = pct(p.rate()) + " of public price " + gross.toPlainString() + " (entitlement carried over)";
                }
                case AUTHOR_RNPP -> {
                    BigDecimal base;
                    String basis;
                    if (receipt.kind().isAdvance() && receipt.inFinancingPlan() && !p.countsFinancingOrDefault()) {
                        base = BigDecimal.ZERO.setScale(scale);
                        basis = ": a " + receipt.kind() + " of the final financing plan is not a receipt under " + p.rnpp();
                    } else if (rnpp == null) {
                        base = reached;
                        basis = " " + base.toPlainString();
                    } else if (p.rnpp().protocolCommissionCap()) {
                        base = rnpp.add(commissionAboveAuthorsCap);
                        basis = " " + base.toPlainString() + (commissionAboveAuthorsCap.signum() > 0
                                ? " (commission above the 2010 protocol cap " + commissionAboveAuthorsCap.toPlainString() + " added back)" : "");
                    } else {
                        base = rnpp;
                        basis = " " + base.toPlainString();
                    }
                    if (receipt.kind().isAdvance() && base.signum() > 0) {
                        basis += ", a " + receipt.kind() + " counting when received";
                    }
                    want = accrue(p, cents(base.multiply(p.rate())));
                    why = pct(p.rate()) + " of authors' RNPP" + basis + " (" + p.rnpp() + ", entitlement carried over)";
                }
                case PER_TICKET -> {
                    int admissions = receipt.admissions() == null ? 0 : receipt.admissions();
                    want = accrue(p, cents(p.amount().multiply(BigDecimal.valueOf(admissions))));
                    why = p.amount().toPlainString() + " x " + admissions + " admissions (entitlement carried over)";
                }
                case RNPP -> {
                    rnpp = reached;
                    why = "RNPP reached: " + reached.toPlainString() + (receipt.kind().isAdvance()
                            ? " (" + receipt.kind() + (receipt.inFinancingPlan() ? " of the final financing plan" : "")
                                    + " entered here: it counts as RNPP when received, protocol of 16/12/2010 art. 3.2)"
                            : commissionAboveAuthorsCap.signum() > 0 ? ", authors' RNPP " + reached.add(commissionAboveAuthorsCap)
                                    .toPlainString() + " adds back commission above the protocol cap "
                                    + commissionAboveAuthorsCap.toPlainString() : "");
                    want = BigDecimal.ZERO;
                }
                case RESIDUAL -> {
                    want = reached;
                    why = "residual: everything that reaches it";
                }
                default -> throw new IllegalStateException("kind " + p.kind());
            }
            if (p.cap() != null && p.kind() != PositionKind.EXPENSES) {
                BigDecimal room = p.cap().subtract(received).max(BigDecimal.ZERO);
                if (want.compareTo(room) > 0) {
                    want = room;
                    why += ", capped at " + p.cap().toPlainString();
                }
            }
            BigDecimal took = want.min(reached);
            if (took.compareTo(want) < 0) {
                why += ", limited to what reached it";
            }
            if (p.kind() == PositionKind.COMMISSION && p.authorsCommissionCap() != null) {
                BigDecimal above = took.subtract(cents(reached.multiply(p.authorsCommissionCap())));
                if (above.signum() > 0) {
                    commissionAboveAuthorsCap = commissionAboveAuthorsCap.add(above);
                }
            }
            if (balance != null) {
                // a repayment pays the interest accrued first, then the principal
                BigDecimal toInterest = took.min(balance.interest());
                after.balances.put(p.id(), new WaterfallState.Balance(balance.principal().subtract(took.subtract(toInterest)),
                        balance.interest().subtract(toInterest), balance.asOf()));
            }
            if (took.signum() != 0) {
                after.received.put(p.id(), received.add(took));
            }
            step(p.id(), p.holder(), p.kind().name(), reached, took, why);
            return took;
        }

        /** Adds {@code due} to the position's entitlement; returns what is owed and not yet paid. */
        BigDecimal accrue(Position p, BigDecimal due) {
            BigDecimal entitled = after.entitlement(p.id()).add(due);
            if (p.cap() != null) {
                entitled = entitled.min(p.cap());
            }
            after.entitlement.put(p.id(), entitled);
            return entitled.subtract(after.received(p.id())).max(BigDecimal.ZERO);
        }

        String blockedBy(Position p) {
            Condition c = p.condition();
            if (c == null) {
                return null;
            }
            String otherwise = blockedOtherwise(c, receipt);
            if (otherwise != null) {
                return otherwise;
            }
            Threshold t = c.threshold();
            if (t != null && !reached(t, before)) {
                return "threshold " + t.metric() + (t.positionId() == null ? "" : " of " + t.positionId()) + " at "
                        + metric(t, before).stripTrailingZeros().toPlainString() + ", below " + t.atLeast().toPlainString();
            }
            return null;
        }

        BigDecimal cents(BigDecimal amount) {
            return amount.setScale(scale, RoundingMode.HALF_UP);
        }

        void step(String id, String holder, String kind, BigDecimal reached, BigDecimal took, String reason) {
            steps.add(new Step(steps.size() + 1, id, holder, kind, reached, took, reason));
        }
    }

    private static String pct(BigDecimal rate) {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
