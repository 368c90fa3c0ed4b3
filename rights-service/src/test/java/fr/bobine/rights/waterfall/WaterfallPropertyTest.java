package fr.bobine.rights.waterfall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Random waterfalls and receipts (seeded, so a failure replays): every cent that enters is allocated, no position
 * goes above its cap or its recoupment target, and recomputing from scratch gives the incremental result. The
 * waterfalls split receipts at thresholds (most of them; some judge a receipt whole), with thresholds on receipts, on
 * what a position received and on recoupment multiples; investments with interest on the amount invested or on what is
 * outstanding; MG and pre-sales entering where RNPP is measured, for authors of every RNPP definition.
 */
class WaterfallPropertyTest {

    static final int CASES = 500;
    static final PositionKind[] CHAIN_KINDS = { PositionKind.EXHIBITOR_SHARE, PositionKind.PLATFORM_SHARE,
            PositionKind.TAX_INCLUDED, PositionKind.TAX_ON_GROSS, PositionKind.COMMISSION, PositionKind.EXPENSES, PositionKind.MG_RECOUPMENT,
            PositionKind.FIXED_AMOUNT, PositionKind.CORRIDOR, PositionKind.PERCENT_OF_GROSS, PositionKind.PERCENT_OF_NET,
            PositionKind.INVESTMENT, PositionKind.RNPP, PositionKind.AUTHOR_RNPP, PositionKind.AUTHOR_PUBLIC_PRICE,
            PositionKind.PER_TICKET };

    @Test
    void allocationsSumToReceiptsCapsHoldAndRecomputeEqualsIncremental() {
        Random random = new Random(20261122L);
        int splits = 0;
        for (int c = 0; c < CASES; c++) {
            WaterfallDefinition definition = randomWaterfall(random);
            List<Receipt> receipts = randomReceipts(random, takesAdvances(definition));
            String label = "case " + c + ": " + definition;

            // incremental: each receipt runs on a freshly built waterfall, with the state as it was stored after the last one
            WaterfallState stored = new WaterfallState();
            Map<String, BigDecimal> incrementalByHolder = new HashMap<>();
            for (Receipt receipt : receipts) {
                Waterfall waterfall = Waterfall.of(definition);
                WaterfallState state = stored.copy();
                ReceiptRun run = waterfall.run(receipt, state);
                assertEquals(0, run.allocated().compareTo(receipt.gross()), label + " receipt " + receipt);
                splits += run.steps().stream().filter(s -> s.kind().equals("SPLIT")).count() > 0 ? 1 : 0;
                run.byHolder().forEach((h, a) -> incrementalByHolder.merge(h, a, BigDecimal::add));
                for (Step step : run.steps()) {
                    assertTrue(step.took().signum() >= 0 && step.took().compareTo(step.reached()) <= 0, label + " " + step);
                }
                stored = state;
            }
            Waterfall waterfall = Waterfall.of(definition);
            for (Position p : definition.positions()) {
                BigDecimal received = stored.received(p.id());
                if (p.cap() != null && p.kind() != PositionKind.EXPENSES) {
                    assertTrue(received.compareTo(p.cap()) <= 0, label + " " + p.id() + " above its cap");
                }
                BigDecimal target = waterfall.target(p, LocalDate.parse("2040-01-01"), stored);
                if (target != null) {
                    assertTrue(received.compareTo(target) <= 0, label + " " + p.id() + " above its target");
                }
            }

            // recompute from scratch, all receipts in the same order on one state
            WaterfallState fresh = new WaterfallState();
            Map<String, BigDecimal> recomputedByHolder = new HashMap<>();
            BigDecimal total = BigDecimal.ZERO;
            for (Receipt receipt : receipts) {
                waterfall.run(receipt, fresh).byHolder().forEach((h, a) -> recomputedByHolder.merge(h, a, BigDecimal::add));
                total = total.add(receipt.gross());
            }
            assertEquals(stored, fresh, label);
            assertEquals(incrementalByHolder, recomputedByHolder, label);
            assertEquals(0, total.compareTo(incrementalByHolder.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)), label);
        }
        // the thresholds are not there for show: many receipts were split at one
        assertTrue(splits > 50, "only " + splits + " receipts were split");
    }

    static boolean takesAdvances(WaterfallDefinition d) {
        return d.advanceEntry() != null || d.positions().stream().anyMatch(p -> p.kind() == PositionKind.RNPP);
    }

    static WaterfallDefinition randomWaterfall(Random random) {
        int chain = 1 + random.nextInt(8);
        List<Position> positions = new ArrayList<>();
        List<Group> groups = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < chain; i++) {
            ids.add("p" + i);
        }
        boolean withGroup = random.nextBoolean();
        String afterChain = withGroup ? "g" : "residual";
        for (int i = 0; i < chain; i++) {
            PositionKind kind = CHAIN_KINDS[random.nextInt(CHAIN_KINDS.length)];
            positions.add(randomPosition(random, ids.get(i), kind, null, i + 1 < chain ? ids.get(i + 1) : afterChain));
        }
        if (withGroup) {
            int members = 1 + random.nextInt(4);
            List<String> memberIds = new ArrayList<>();
            BigDecimal left = BigDecimal.ONE;
            GroupMode mode = random.nextBoolean() ? GroupMode.PARI_PASSU : GroupMode.SEQUENTIAL;
            for (int m = 0; m < members; m++) {
                BigDecimal share = mode == GroupMode.PARI_PASSU
                        ? left.multiply(BigDecimal.valueOf(1 + random.nextInt(9999))).movePointLeft(4).setScale(6, java.math.RoundingMode.DOWN)
                        : null;
                if (share != null && share.signum() == 0) {
                    share = new BigDecimal("0.000001");
                }
                if (share != null) {
                    left = left.subtract(share);
                }
                PositionKind kind = CHAIN_KINDS[random.nextInt(CHAIN_KINDS.length)];
                positions.add(randomPosition(random, "m" + m, kind, share, null));
                memberIds.add("m" + m);
            }
            groups.add(new Group("g", mode, memberIds, "residual"));
        }
        positions.add(new Position("residual", "Producteur", PositionKind.RESIDUAL, null, null, null, null, null, null, null,
                null, null, null, null, null));
        List<String> all = positions.stream().map(Position::id).toList();
        for (int i = 0; i < positions.size(); i++) {
            Position p = positions.get(i);
            if (p.condition() != null && p.condition().threshold() != null && random.nextBoolean()) {
                Threshold t = random.nextBoolean()
                        ? new Threshold(ThresholdMetric.POSITION_RECEIVED, all.get(random.nextInt(all.size())),
                                BigDecimal.valueOf(random.nextInt(100_000_00)).movePointLeft(2))
                        : new Threshold(ThresholdMetric.RECOUPMENT_MULTIPLE, all.get(random.nextInt(all.size())),
                                BigDecimal.valueOf(random.nextInt(300)).movePointLeft(2));
                Condition c = p.condition();
                positions.set(i, withCondition(p, new Condition(c.from(), c.until(), c.media(), c.territories(), t)));
            }
        }
        List<String> entries = new ArrayList<>(ids);
        entries.add(afterChain);
        String advanceEntry = random.nextInt(3) == 0 ? entries.get(random.nextInt(entries.size())) : null;
        Boolean split = random.nextInt(5) == 0 ? Boolean.FALSE : random.nextBoolean() ? Boolean.TRUE : null;
        return new WaterfallDefinition("EUR", "p0", positions, groups, advanceEntry, split);
    }

    static Position withCondition(Position p, Condition c) {
        return new Position(p.id(), p.holder(), p.kind(), p.rate(), p.amount(), p.cap(), p.expenses(), p.premium(),
                p.interestRate(), p.interestMode(), p.investedOn(), p.authorsCommissionCap(), p.share(), c, p.next(),
                p.interestBase(), p.rnppDefinition(), p.countsFinancing());
    }

    static Position randomPosition(Random random, String id, PositionKind kind, BigDecimal share, String next) {
        BigDecimal rate = BigDecimal.valueOf(random.nextInt(10001)).movePointLeft(4);
        BigDecimal amount = BigDecimal.valueOf(random.nextInt(5_000_000)).movePointLeft(2);
        if (kind == PositionKind.PER_TICKET) {
            amount = BigDecimal.valueOf(random.nextInt(200)).movePointLeft(2);
        }
        BigDecimal cap = random.nextInt(3) == 0 ? BigDecimal.valueOf(random.nextInt(3_000_000)).movePointLeft(2) : null;
        List<Expense> expenses = null;
        if (kind == PositionKind.EXPENSES) {
            expenses = new ArrayList<>();
            for (int e = random.nextInt(4); e >= 0; e--) {
                expenses.add(new Expense("e" + e, BigDecimal.valueOf(random.nextInt(1_000_000)).movePointLeft(2), random.nextBoolean()));
            }
        }
        BigDecimal premium = null;
        BigDecimal interest = null;
        InterestMode mode = null;
        LocalDate investedOn = null;
        if (kind == PositionKind.INVESTMENT) {
            if (random.nextBoolean()) {
                premium = BigDecimal.valueOf(random.nextInt(30)).movePointLeft(2);
            } else {
                interest = BigDecimal.valueOf(random.nextInt(15)).movePointLeft(2);
                mode = random.nextBoolean() ? InterestMode.SIMPLE : InterestMode.COMPOUND;
                investedOn = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(700));
            }
        }
        InterestBase base = interest != null && random.nextBoolean() ? InterestBase.OUTSTANDING
                : interest != null && random.nextBoolean() ? InterestBase.INVESTED : null;
        RnppDefinition definition = null;
        Boolean countsFinancing = null;
        if (kind == PositionKind.AUTHOR_RNPP) {
            RnppDefinition[] definitions = RnppDefinition.values();
            definition = random.nextBoolean() ? definitions[random.nextInt(definitions.length)] : null;
            countsFinancing = random.nextInt(3) == 0 ? random.nextBoolean() : null;
        }
        Condition condition = null;
        if (random.nextInt(3) == 0) {
            condition = new Condition(random.nextBoolean() ? LocalDate.of(2026, 1, 1).plusDays(random.nextInt(400)) : null, null,
                    random.nextBoolean() ? List.of(Media.THEATRICAL, Media.VOD) : null, random.nextBoolean() ? List.of("FR") : null,
                    random.nextBoolean() ? new Threshold(ThresholdMetric.WATERFALL_RECEIPTS, null,
                            BigDecimal.valueOf(random.nextInt(200_000))) : null);
        }
        return new Position(id, "holder-" + random.nextInt(5), kind, rate, amount, cap, expenses, premium, interest, mode,
                investedOn, random.nextBoolean() ? new BigDecimal("0.25") : null, share, condition, next, base, definition,
                countsFinancing);
    }

    static List<Receipt> randomReceipts(Random random, boolean advances) {
        List<Receipt> receipts = new ArrayList<>();
        Media[] media = Media.values();
        String[] territories = { "FR", "BE", "CH", "CA" };
        LocalDate date = LocalDate.of(2026, 1, 7);
        for (int r = 0, n = 1 + random.nextInt(25); r < n; r++) {
            date = date.plusDays(random.nextInt(30));
            BigDecimal gross = BigDecimal.valueOf(random.nextInt(3) == 0 ? random.nextInt(100) : random.nextLong(50_000_000)).movePointLeft(2);
            ReceiptKind kind = advances && random.nextInt(4) == 0 ? (random.nextBoolean() ? ReceiptKind.MINIMUM_GUARANTEE
                    : ReceiptKind.PRE_SALE) : ReceiptKind.EXPLOITATION;
            receipts.add(new Receipt("r" + r, date, media[random.nextInt(media.length)], territories[random.nextInt(4)], gross,
                    random.nextBoolean() ? random.nextInt(20_000) : null, kind, kind.isAdvance() && random.nextBoolean()));
        }
        return receipts;
    }
}
