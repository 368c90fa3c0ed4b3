package fr.bobine.rights.contract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import fr.bobine.platform.money.Money;

/**
 * The fixed amounts a rights contract makes payable (flat fees by instalment, then the minimum guarantee, recoupable from the
 * proportional remuneration), and the checks on its remuneration. Source: CPI L131-4 and L132-25; rights.md §1.4.
 */
public final class AmountsDue {

    private AmountsDue() {
    }

    /** Field and reason of each thing wrong with the remuneration; empty when it holds together. */
    public static List<String[]> problems(Remuneration r) {
        List<String[]> out = new ArrayList<>();
        String currency = null;
        for (int i = 0; i < r.flatFees().size(); i++) {
            Instalment fee = r.flatFees().get(i);
            if (fee.amount().signum() <= 0) {
                out.add(new String[] { "remuneration.flatFees[" + i + "].amount", "must be positive" });
            }
            if (fee.trigger() == PaymentTrigger.ON_DATE && fee.dueOn() == null) {
                out.add(new String[] { "remuneration.flatFees[" + i + "].dueOn", "is required when the trigger is ON_DATE" });
            }
            currency = sameCurrency(out, "remuneration.flatFees[" + i + "].amount", currency, fee.amount());
        }
        if (r.minimumGuarantee() != null) {
            if (r.minimumGuarantee().signum() <= 0) {
                out.add(new String[] { "remuneration.minimumGuarantee", "must be positive" });
            }
            if (r.rnppRate() == null && r.publicPriceRate() == null && r.perTicket() == null) {
                out.add(new String[] { "remuneration.minimumGuarantee", "needs a proportional remuneration to be recouped from" });
            }
            currency = sameCurrency(out, "remuneration.minimumGuarantee", currency, r.minimumGuarantee());
        }
        rate(out, "remuneration.rnppRate", r.rnppRate());
        rate(out, "remuneration.publicPriceRate", r.publicPriceRate());
        if (r.perTicket() != null) {
            currency = sameCurrency(out, "remuneration.perTicket", currency, r.perTicket());
        }
        for (int i = 0; i < r.bonuses().size(); i++) {
            currency = sameCurrency(out, "remuneration.bonuses[" + i + "].amount", currency, r.bonuses().get(i).amount());
        }
        return out;
    }

    /** A rate is a fraction: 0 to 1, six decimals at most (0.025 is 2.5 %). */
    private static void rate(List<String[]> out, String field, BigDecimal value) {
        if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0)) {
            out.add(new String[] { field, "must be a fraction between 0 and 1 (0.025 is 2.5 %)" });
        } else if (value != null && value.stripTrailingZeros().scale() > 6) {
            out.add(new String[] { field, "has more than 6 decimals" });
        }
    }

    private static String sameCurrency(List<String[]> out, String field, String currency, Money money) {
        if (currency != null && !currency.equals(money.currency())) {
            out.add(new String[] { field, "must be in " + currency + " like the other amounts" });
            return currency;
        }
        return money.currency();
    }

    /** Flat-fee instalments in order, then the minimum guarantee, payable at signature. */
    public static List<AmountDue> of(Remuneration r) {
        List<AmountDue> due = new ArrayList<>();
        for (Instalment fee : r.flatFees()) {
            due.add(new AmountDue(fee.label(), AmountDue.AmountKind.FLAT_FEE, fee.amount().rounded(), fee.trigger(), fee.dueOn(), false));
        }
        if (r.minimumGuarantee() != null) {
            due.add(new AmountDue("Minimum garanti (à-valoir)", AmountDue.AmountKind.MINIMUM_GUARANTEE, r.minimumGuarantee().rounded(),
                    PaymentTrigger.ON_SIGNATURE, null, true));
        }
        return due;
    }

    public static Money total(List<AmountDue> due, String currency) {
        return due.stream().map(AmountDue::amount).reduce(Money.zero(currency), Money::plus);
    }
}
