package fr.bobine.rights.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.bobine.rights.waterfall.Media;
import fr.bobine.rights.waterfall.Position;
import fr.bobine.rights.waterfall.PositionKind;
import fr.bobine.rights.waterfall.Step;

class StatementCalculatorTest {

    static final String AUTHOR = "Scénariste";

    static Step step(int order, String node, String holder, String reached, String took) {
        return new Step(order, node, holder, "X", new BigDecimal(reached), new BigDecimal(took), "");
    }

    @Test
    void receiptsAreStatedByModeAndTheAdvanceIsRepaidBeforeAnythingIsDue() {
        List<Position> positions = List.of(
                new Position("d", "Distributeur", PositionKind.COMMISSION, new BigDecimal("0.25"), null, null, null, null, null,
                        null, null, null, null, null, "a"),
                new Position("a", AUTHOR, PositionKind.AUTHOR_RNPP, new BigDecimal("0.10"), new BigDecimal("50.00"), null, null,
                        null, null, null, null, null, null, null, "p"));
        List<StatementCalculator.Path> paths = List.of(
                // before the period: counts in the share to date only
                new StatementCalculator.Path(LocalDate.parse("2025-12-20"), Media.TV, new BigDecimal("400.00"),
                        List.of(step(1, "d", "Distributeur", "400.00", "100.00"), step(2, "a", AUTHOR, "300.00", "30.00"))),
                new StatementCalculator.Path(LocalDate.parse("2026-02-01"), Media.TV, new BigDecimal("1000.00"),
                        List.of(step(1, "d", "Distributeur", "1000.00", "250.00"), step(2, "a", AUTHOR, "750.00", "75.00"))),
                new StatementCalculator.Path(LocalDate.parse("2026-03-01"), Media.VOD, new BigDecimal("200.01"),
                        List.of(step(1, "d", "Distributeur", "200.01", "50.00"), step(2, "a", AUTHOR, "150.01", "15.00"))),
                // after the period: ignored
                new StatementCalculator.Path(LocalDate.parse("2027-01-05"), Media.VOD, new BigDecimal("999.00"),
                        List.of(step(1, "d", "Distributeur", "999.00", "249.75"), step(2, "a", AUTHOR, "749.25", "74.93"))));
        StatementDto s = StatementCalculator.compute(AUTHOR, LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"), "EUR",
                positions, paths, new BigDecimal("0.00"));
        // TV: receipts 1,000.00, deductions 250.00, base 750.00, share 75.00; VOD: 200.01, 50.00, 150.01, 15.00
        assertEquals(2, s.lines().size());
        assertEquals(Media.TV, s.lines().get(0).media());
        assertEquals("250.00", s.lines().get(0).deductions().amount().toPlainString());
        assertEquals("150.01", s.lines().get(1).base().amount().toPlainString());
        assertEquals("1200.01", s.receipts().amount().toPlainString());
        assertEquals("90.00", s.share().amount().toPlainString());
        // share to date 30.00 + 75.00 + 15.00 = 120.00; advance 50.00 repaid first: 120.00 - 50.00 = 70.00 due
        assertEquals("120.00", s.shareToDate().amount().toPlainString());
        assertEquals("50.00", s.advancesRecouped().amount().toPlainString());
        assertEquals("70.00", s.amountDue().amount().toPlainString());
        // had 20.00 been made due by an earlier statement, 50.00 would be left
        assertEquals("50.00", StatementCalculator.compute(AUTHOR, LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"),
                "EUR", positions, paths, new BigDecimal("20.00")).amountDue().amount().toPlainString());
    }
}
