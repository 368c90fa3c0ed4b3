package fr.bobine.distribution.revenue;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * When a distributor's next account is due. Source: Code du cinéma L213-28 (first compte d'exploitation within 6
 * months of the theatrical release, then at least once a year); a contract may ask for more often.
 */
public final class ReportingSchedule {

    private ReportingSchedule() {
    }

    /**
     * The due date of the next account: release + min(6, frequency) months when none was received yet, else the
     * last account received + min(12, frequency) months.
     */
    public static LocalDate nextDue(LocalDate releaseDate, int contractFrequencyMonths, List<LocalDate> accountsReceived) {
        if (accountsReceived.isEmpty()) {
            return releaseDate.plusMonths(Math.min(6, contractFrequencyMonths));
        }
        LocalDate last = accountsReceived.stream().max(Comparator.naturalOrder()).orElseThrow();
        return last.plusMonths(Math.min(12, contractFrequencyMonths));
    }

    public static boolean overdue(LocalDate releaseDate, int contractFrequencyMonths, List<LocalDate> accountsReceived,
            LocalDate today) {
        return today.isAfter(nextDue(releaseDate, contractFrequencyMonths, accountsReceived));
    }
}
