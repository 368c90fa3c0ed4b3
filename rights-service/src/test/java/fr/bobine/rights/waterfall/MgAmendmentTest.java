package fr.bobine.rights.waterfall;

import static fr.bobine.rights.waterfall.WaterfallTest.advance;
import static fr.bobine.rights.waterfall.WaterfallTest.assertCents;
import static fr.bobine.rights.waterfall.WaterfallTest.eur;
import static fr.bobine.rights.waterfall.WaterfallTest.position;
import static fr.bobine.rights.waterfall.WaterfallTest.receipt;
import static fr.bobine.rights.waterfall.WaterfallTest.took;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * An amended MG in the waterfall (MgAmendment), worked by hand. The waterfall: the distributor's net receipts enter at
 * its MG recoupment, then RNPP, the director's 2% of RNPP, the producer. Protocole d'accord du 16/12/2010, art. 3.2: an
 * MG counts as RNPP in full when the producer receives it, so the receipts that recoup it must not count again; the
 * director's RNPP is always what the producer received of the MG plus the receipts beyond what the distributor recoups.
 */
class MgAmendmentTest {

    static final UUID CONTRACT = UUID.fromString("8b0c2a1e-4a51-4d7e-9a40-0c1d3e5f7a91");

    static WaterfallDefinition waterfall(String mg) {
        return new WaterfallDefinition("EUR", "mg", List.of(
                new Position("mg", "Haut et Court Distribution", PositionKind.MG_RECOUPMENT, null, eur(mg), null, null, null,
                        null, null, null, null, null, null, "rnpp", null, null, null, CONTRACT),
                position("rnpp", "Les Films du Quai", PositionKind.RNPP, null, null, null, "director"),
                position("director", "Claire Vasseur (réalisatrice)", PositionKind.AUTHOR_RNPP, "0.02", null, null, "producer"),
                position("producer", "Les Films du Quai", PositionKind.RESIDUAL, null, null, null, null)), List.of());
    }

    static WaterfallDefinition amended(String signedMg, String amendedMg, String received) {
        BigDecimal target = MgAmendment.recoupable(eur(amendedMg), eur(received));
        // empty when the target is the signed MG: nothing to change
        return MgAmendment.apply(waterfall(signedMg), CONTRACT, target).orElseGet(() -> waterfall(signedMg));
    }

    static Receipt mg(String id, String date, String amount) {
        return advance(id, date, amount, ReceiptKind.MINIMUM_GUARANTEE, true);
    }

    /** Runs the receipts in order from scratch (as a recompute does) and returns the director's RNPP share. */
    static BigDecimal director(WaterfallDefinition definition, Receipt... receipts) {
        WaterfallState state = new WaterfallState();
        Waterfall waterfall = Waterfall.of(definition);
        for (Receipt r : receipts) {
            waterfall.run(r, state);
        }
        return state.entitlement("director");
    }

    @Test
    void theDistributorRecoupsTheAmendedMgButNeverLessThanWhatItHasPaid() {
        assertCents("120000.00", MgAmendment.recoupable(eur("120000.00"), eur("100000.00")));
        assertCents("100000.00", MgAmendment.recoupable(eur("80000.00"), eur("100000.00")));
        assertCents("80000.00", MgAmendment.recoupable(eur("80000.00"), eur("40000.00")));
        assertCents("80000.00", MgAmendment.recoupable(eur("80000.00"), eur("80000.00")));
        assertCents("0", MgAmendment.recoupable(null, BigDecimal.ZERO));
        assertThrows(IllegalArgumentException.class, () -> MgAmendment.recoupable(eur("-1.00"), BigDecimal.ZERO));
    }

    @Test
    void onlyThePositionsThatNameTheContractTakeTheAmendedMg() {
        WaterfallDefinition two = new WaterfallDefinition("EUR", "mg", List.of(
                waterfall("100000.00").positions().get(0),
                new Position("mg-tv", "Canal+", PositionKind.MG_RECOUPMENT, null, eur("50000.00"), null, null, null, null, null,
                        null, null, null, null, "rnpp", null, null, null, UUID.randomUUID()),
                position("rnpp", "Les Films du Quai", PositionKind.RNPP, null, null, null, "producer"),
                position("producer", "Les Films du Quai", PositionKind.RESIDUAL, null, null, null, null)), List.of());
        WaterfallDefinition after = MgAmendment.apply(two, CONTRACT, eur("120000.00")).orElseThrow();
        assertCents("120000.00", after.positions().get(0).amount());
        assertCents("50000.00", after.positions().get(1).amount());
        assertEquals(CONTRACT, after.positions().get(0).contractId());
        // the same amount again (a replay) changes nothing
        assertTrue(MgAmendment.apply(after, CONTRACT, eur("120000.00")).isEmpty());
        assertTrue(MgAmendment.apply(two, UUID.randomUUID(), eur("1.00")).isEmpty());
    }

    @Test
    void aRaisedMgIsRecoupedInFullSoReceiptsExactlyAtItLeaveNothingToRnpp() {
        // Signed at 100,000.00, amended to 120,000.00 before any exploitation receipt; received 100,000.00 then the
        // amendment's 20,000.00: the director's 2% = 2,000.00 + 400.00 = 2,400.00 = 2% x 120,000.00, the amended MG.
        WaterfallDefinition definition = amended("100000.00", "120000.00", "100000.00");
        assertCents("120000.00", definition.positions().get(0).amount());
        WaterfallState state = new WaterfallState();
        Waterfall waterfall = Waterfall.of(definition);
        assertCents("2000.00", took(waterfall.run(mg("mg-1", "2026-02-02", "100000.00"), state), "director"));
        assertCents("400.00", took(waterfall.run(mg("mg-2", "2026-03-01", "20000.00"), state), "director"));
        // receipts of exactly 120,000.00: all recoup the MG, nothing reaches RNPP (the MG counted when received)
        ReceiptRun exactly = waterfall.run(receipt("w1", "2026-03-10", "120000.00"), state);
        assertCents("120000.00", took(exactly, "mg"));
        assertCents("0", took(exactly, "director"));
        // the next 1,000.00 is beyond the MG: 2% = 20.00; RNPP 120,000.00 + 1,000.00, director 2,420.00
        ReceiptRun beyond = waterfall.run(receipt("w2", "2026-03-17", "1000.00"), state);
        assertCents("0", took(beyond, "mg"));
        assertCents("20.00", took(beyond, "director"));
        assertCents("2420.00", state.entitlement("director"));
        // left at the signed 100,000.00, the 20,000.00 between the two MGs would count twice: 2,000 + 400 + 400 + 20
        assertCents("2820.00", director(waterfall("100000.00"), mg("mg-1", "2026-02-02", "100000.00"),
                mg("mg-2", "2026-03-01", "20000.00"), receipt("w1", "2026-03-10", "120000.00"), receipt("w2", "2026-03-17", "1000.00")));
    }

    @Test
    void aMgRaisedAfterItWasRecoupedTakesBackWhatHadReachedRnppAndTheTotalStaysTwoPercentOfAllReceipts() {
        // MG 100,000.00 received (2,000.00), then 150,000.00 of receipts recoup it and send 50,000.00 to RNPP (1,000.00).
        assertCents("3000.00", director(waterfall("100000.00"), mg("mg-1", "2026-02-02", "100000.00"),
                receipt("w1", "2026-03-10", "150000.00")));
        // Amended to 120,000.00 and its 20,000.00 received; recomputed from scratch: the MG 2,000.00; of the 150,000.00
        // the distributor recoups 120,000.00 and 30,000.00 reach RNPP (600.00); the top-up 400.00: 3,000.00 =
        // 2% x (120,000.00 MG + 30,000.00 beyond it), where the signed MG would give 3,400.00.
        assertCents("3000.00", director(amended("100000.00", "120000.00", "100000.00"), mg("mg-1", "2026-02-02", "100000.00"),
                receipt("w1", "2026-03-10", "150000.00"), mg("mg-2", "2026-04-01", "20000.00")));
        assertCents("3400.00", director(waterfall("100000.00"), mg("mg-1", "2026-02-02", "100000.00"),
                receipt("w1", "2026-03-10", "150000.00"), mg("mg-2", "2026-04-01", "20000.00")));
    }

    @Test
    void anMgReducedAfterItWasReceivedStillRecoupsWhatTheDistributorPaid() {
        // 100,000.00 received, then amended to 80,000.00 with nothing repaid: the distributor recoups 100,000.00.
        assertTrue(MgAmendment.apply(waterfall("100000.00"), CONTRACT, MgAmendment.recoupable(eur("80000.00"), eur("100000.00")))
                .isEmpty(), "the position already recoups 100,000.00");
        WaterfallDefinition definition = amended("100000.00", "80000.00", "100000.00");
        assertCents("100000.00", definition.positions().get(0).amount());
        WaterfallState state = new WaterfallState();
        Waterfall waterfall = Waterfall.of(definition);
        waterfall.run(mg("mg-1", "2026-02-02", "100000.00"), state);
        // receipts of exactly 100,000.00 leave nothing to RNPP; recouping 80,000.00 only would send 20,000.00 there
        // (400.00), a second time for euros the MG already counted
        assertCents("0", took(waterfall.run(receipt("w1", "2026-03-10", "100000.00"), state), "director"));
        assertCents("20.00", took(waterfall.run(receipt("w2", "2026-03-17", "1000.00"), state), "director"));
        assertCents("2020.00", state.entitlement("director"));
    }

    @Test
    void anMgReducedBeforeItWasReceivedInFullCountsTheReducedMg() {
        // 40,000.00 of 100,000.00 received, amended to 80,000.00; the last 40,000.00 received: MG in RNPP 80,000.00 (1,600.00);
        // receipts of exactly 80,000.00 recoup it (0.00), the next 1,000.00 gives 20.00: 1,620.00
        WaterfallDefinition definition = amended("100000.00", "80000.00", "40000.00");
        assertCents("80000.00", definition.positions().get(0).amount());
        WaterfallState state = new WaterfallState();
        Waterfall waterfall = Waterfall.of(definition);
        waterfall.run(mg("mg-1", "2026-02-02", "40000.00"), state);
        waterfall.run(mg("mg-2", "2026-03-01", "40000.00"), state);
        assertCents("1600.00", state.entitlement("director"));
        ReceiptRun exactly = waterfall.run(receipt("w1", "2026-03-10", "80000.00"), state);
        assertCents("80000.00", took(exactly, "mg"));
        assertCents("0", took(exactly, "director"));
        assertCents("20.00", took(waterfall.run(receipt("w2", "2026-03-17", "1000.00"), state), "director"));
        assertCents("1620.00", state.entitlement("director"));
    }

    @Test
    void onlyAnMgRecoupmentNamesAContract() {
        WaterfallDefinition wrong = new WaterfallDefinition("EUR", "rnpp", List.of(
                new Position("rnpp", "Les Films du Quai", PositionKind.RNPP, null, null, null, null, null, null, null, null, null,
                        null, null, "producer", null, null, null, CONTRACT),
                position("producer", "Les Films du Quai", PositionKind.RESIDUAL, null, null, null, null)), List.of());
        assertEquals("positions[0].contractId", assertThrows(InvalidWaterfallException.class, () -> Waterfall.of(wrong)).field());
    }
}
