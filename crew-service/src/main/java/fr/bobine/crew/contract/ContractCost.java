package fr.bobine.crew.contract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import fr.bobine.crew.grid.Engagement;

// CCN IDCC 3097 Titre II art. 16 and 34 (day engagement paid by the day) and art. 25 (weekly engagement): committed gross at signature.
public final class ContractCost {

    private ContractCost() {
    }

    public record Estimate(BigDecimal committedGross, BigDecimal allowances, BigDecimal employerContributions,
            BigDecimal employerCost) {
    }

    /** Days engaged, first and last included. */
    public static long days(LocalDate start, LocalDate end) {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** Weeks started: a 6-week contract of 42 days is 6, a 9-day one is 2. */
    public static long weeks(LocalDate start, LocalDate end) {
        return (days(start, end) + 6) / 7;
    }

    /** Worked days for day-based allowances: each day of a daily engagement, five per week of a weekly one. */
    public static long workedDays(Engagement engagement, LocalDate start, LocalDate end) {
        return engagement == Engagement.DAILY ? days(start, end) : 5 * weeks(start, end);
    }

    /**
     * Gross = rate × days (daily) or rate × weeks (weekly). Employer contributions = gross × the sum of the employer rates
     * in force, rounded half-up at the cent. Employer cost = gross + contributions + allowances (not subject to them).
     */
    public static Estimate estimate(Engagement engagement, LocalDate start, LocalDate end, BigDecimal rate,
            List<Allowance> allowances, BigDecimal employerRate) {
        long units = engagement == Engagement.DAILY ? days(start, end) : weeks(start, end);
        BigDecimal gross = rate.multiply(BigDecimal.valueOf(units)).setScale(2, RoundingMode.HALF_UP);
        BigDecimal allowanceTotal = BigDecimal.ZERO.setScale(2);
        for (Allowance a : allowances) {
            long times = switch (a.basis()) {
                case PER_WORKED_DAY -> workedDays(engagement, start, end);
                case PER_WEEK -> weeks(start, end);
                case FLAT -> 1;
            };
            allowanceTotal = allowanceTotal.add(a.amount().amount().multiply(BigDecimal.valueOf(times)));
        }
        allowanceTotal = allowanceTotal.setScale(2, RoundingMode.HALF_UP);
        BigDecimal contributions = gross.multiply(employerRate).setScale(2, RoundingMode.HALF_UP);
        return new Estimate(gross, allowanceTotal, contributions, gross.add(contributions).add(allowanceTotal));
    }
}
