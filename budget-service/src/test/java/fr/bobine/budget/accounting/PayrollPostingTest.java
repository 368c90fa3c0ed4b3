package fr.bobine.budget.accounting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.bobine.budget.accounting.PayrollPosting.Cost;
import fr.bobine.budget.accounting.PayrollPosting.CreditAccount;
import fr.bobine.budget.accounting.PayrollPosting.Line;

class PayrollPostingTest {

    static final CreditAccount GROSS = new CreditAccount("421", "Personnel - rémunérations dues");
    static final CreditAccount CHARGES = new CreditAccount("431", "Sécurité sociale");

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    static Cost salary(String account, String amount) {
        return new Cost(account, false, "6411", "Salaires, appointements", d(amount));
    }

    static Cost charges(String account, String amount) {
        return new Cost(account, true, "645", "Charges de sécurité sociale et de prévoyance", d(amount));
    }

    @Test
    void aMonthOfTwoWeeksOfTwoTechniciansWithTheirChargesIsOneBalancedEntry() {
        // line producer (2301): 2 weeks x 1 850.00 = 3 700.00; location manager (2302): 1 420.50 + 1 420.50 = 2 841.00;
        // charges at 52 % on account 42: 3 700.00 x 0.52 = 1 924.00 and 2 841.00 x 0.52 = 1 477.32
        List<Line> lines = PayrollPosting.lines(List.of(salary("2301", "1850.00"), salary("2302", "1420.50"),
                charges("42", "962.00"), salary("2301", "1850.00"), salary("2302", "1420.50"), charges("42", "962.00"),
                charges("42", "1477.32")), GROSS, CHARGES);
        assertEquals(List.of(
                new Line("6411", "Salaires, appointements", "2301", d("3700.00"), d("0.00")),
                new Line("6411", "Salaires, appointements", "2302", d("2841.00"), d("0.00")),
                new Line("645", "Charges de sécurité sociale et de prévoyance", "42", d("3401.32"), d("0.00")),
                // gross 3 700.00 + 2 841.00 = 6 541.00; charges 962.00 + 962.00 + 1 477.32 = 3 401.32
                new Line("421", "Personnel - rémunérations dues", null, d("0.00"), d("6541.00")),
                new Line("431", "Sécurité sociale", null, d("0.00"), d("3401.32"))), lines);
        // debit 3 700.00 + 2 841.00 + 3 401.32 = 9 942.32 = credit 6 541.00 + 3 401.32
        assertEquals(d("9942.32"), lines.stream().map(Line::debit).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertEquals(d("9942.32"), lines.stream().map(Line::credit).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void aCorrectionLargerThanTheMonthChangesSideAndTheEntryStillBalances() {
        // 500.00 booked, then a correction of -800.00 on the same line: -300.00 net, a credit of the expense
        List<Line> lines = PayrollPosting.lines(List.of(salary("2301", "500.00"), salary("2301", "-800.00")), GROSS, CHARGES);
        assertEquals(List.of(new Line("6411", "Salaires, appointements", "2301", d("0.00"), d("300.00")),
                new Line("421", "Personnel - rémunérations dues", null, d("300.00"), d("0.00"))), lines);
    }

    @Test
    void nothingToPostIsNoLine() {
        assertEquals(List.of(), PayrollPosting.lines(List.of(), GROSS, CHARGES));
    }
}
