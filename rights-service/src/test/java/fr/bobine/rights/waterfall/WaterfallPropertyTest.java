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
 * goes above its cap or its recoupment target, and recomputing from scratch gives the incremental result.
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
        for (int c = 0; c < CASES; c++) {
            WaterfallDefinition definition = randomWaterfall(random);
            List<Receipt> receipts = randomReceipts(random);
            String label = "case " + c + ": " + definition;

            // incremental: each receipt runs on a freshly built waterfall, with the state as it was stored after the last one
            WaterfallState stored = new WaterfallState();
            Map<String, BigDecimal> incrementalByHolder = new HashMap<>();
            for (Receipt receipt : receipts) {
                Waterfall waterfall = Waterfall.of(definition);
                WaterfallState state = stored.copy();
                ReceiptRun run = waterfall.run(receipt, state);
                assertEquals(0, run.allocated().compareTo(receipt.gross()), label + " receipt " + receipt);
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
                BigDecimal target = waterfall.target(p, LocalDate.parse("2040-01-01"));
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
        return new WaterfallDefinition("EUR", "p0", positions, groups);
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
        Condition condition = null;
        if (random.nextInt(4) == 0) {
            condition = new Condition(random.nextBoolean() ? LocalDate.of(2026, 1, 1).plusDays(random.nextInt(400)) : null, null,
                    random.nextBoolean() ? List.of(Media.THEATRICAL, Media.VOD) : null, random.nextBoolean() ? List.of("FR") : null,
                    random.nextBoolean() ? new Threshold(ThresholdMetric.WATERFALL_RECEIPTS, null,
                            BigDecimal.valueOf(random.nextInt(200_000))) : null);
        }
        return new Position(id, "holder-" + random.nextInt(5), kind, rate, amount, cap, expenses, premium, interest, mode,
                investedOn, random.nextBoolean() ? new BigDecimal("0.25") : null, share, condition, next);
    }

    static List<Receipt> randomReceipts(Random random) {
        List<Receipt> receipts = new ArrayList<>();
        Media[] media = Media.values();
        String[] territories = { "FR", "BE", "CH", "CA" };
        LocalDate date = LocalDate.of(2026, 1, 7);
        for (int r = 0, n = 1 + random.nextInt(25); r < n; r++) {
            date = date.plusDays(random.nextInt(30));
            BigDecimal gross = BigDecimal.valueOf(random.nextInt(3) == 0 ? random.nextInt(100) : random.nextLong(50_000_000)).movePointLeft(2);
            receipts.add(new Receipt("r" + r, date, media[random.nextInt(media.length)], territories[random.nextInt(4)], gross,
                    random.nextBoolean() ? random.nextInt(20_000) : null));
        }
        return receipts;
    }
}
