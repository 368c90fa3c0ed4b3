package fr.bobine.crew.contract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import fr.bobine.crew.grid.Engagement;

// CCN IDCC 3097 Titre II art. 16 and 34 (day engagement paid by the day) and art. 25 (weekly engagement): committed gross at signature and after each amendment (avenant).
public final class ContractCost {

    private ContractCost() {
    }

    public record Estimate(BigDecimal committedGross, BigDecimal allowances, BigDecimal employerContributions,
            BigDecimal employerCost) {
    }

    /** The rate and allowances of a version of the contract, in force from {@code from}. */
    public record Terms(LocalDate from, BigDecimal rate, List<Allowance> allowances) {
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
        return estimate(engagement, start, end, List.of(new Terms(start, rate, allowances)), employerRate);
    }

    /**
     * The same over the versions of an amended contract: each unit of the contract (a day of a daily engagement, a week
     * of a weekly one, counted from the start date) is paid at the rate, with the allowances, of the version in force on
     * the unit's first day; allowances per week follow the version of each week; flat allowances are due once, as the
     * version in force on the last day states them. Every sum is rounded once, half-up at the cent.
     */
    public static Estimate estimate(Engagement engagement, LocalDate start, LocalDate end, List<Terms> versions,
            BigDecimal employerRate) {
        List<Terms> ordered = versions.stream().sorted(Comparator.comparing(Terms::from)).toList();
        boolean daily = engagement == Engagement.DAILY;
        long units = daily ? days(start, end) : weeks(start, end);
        BigDecimal gross = BigDecimal.ZERO;
        BigDecimal allowanceTotal = BigDecimal.ZERO;
        for (long k = 0; k < units; k++) {
            Terms terms = inForce(ordered, daily ? start.plusDays(k) : start.plusWeeks(k));
            gross = gross.add(terms.rate());
            for (Allowance a : terms.allowances()) {
                if (a.basis() == AllowanceBasis.PER_WORKED_DAY) {
                    allowanceTotal = allowanceTotal.add(a.amount().amount().multiply(BigDecimal.valueOf(daily ? 1 : 5)));
                }
            }
        }
        long weeks = weeks(start, end);
        for (long w = 0; w < weeks; w++) {
            for (Allowance a : inForce(ordered, start.plusWeeks(w)).allowances()) {
                if (a.basis() == AllowanceBasis.PER_WEEK) {
                    allowanceTotal = allowanceTotal.add(a.amount().amount());
                }
            }
        }
        for (Allowance a : inForce(ordered, end).allowances()) {
            if (a.basis() == AllowanceBasis.FLAT) {
                allowanceTotal = allowanceTotal.add(a.amount().amount());
            }
        }
        gross = gross.setScale(2, RoundingMode.HALF_UP);
        allowanceTotal = allowanceTotal.setScale(2, RoundingMode.HALF_UP);
        BigDecimal contributions = gross.multiply(employerRate).setScale(2, RoundingMode.HALF_UP);
        return new Estimate(gross, allowanceTotal, contributions, gross.add(contributions).add(allowanceTotal));
    }

    /** The version in force on {@code day}: the last one starting on or before it (the first one before any). */
    public static Terms inForce(List<Terms> ordered, LocalDate day) {
        Terms found = ordered.get(0);
        for (Terms t : ordered) {
            if (!t.from().isAfter(day)) {
                found = t;
            }
        }
        return found;
    }
}
