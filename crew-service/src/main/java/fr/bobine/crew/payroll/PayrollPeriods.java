package fr.bobine.crew.payroll;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;

import fr.bobine.platform.problem.ProblemException;

/** Pay periods are calendar months (the DSN and the AEM are monthly); a week belongs to the month it starts in. */
@ApplicationScoped
public class PayrollPeriods {

    @Inject
    EntityManager em;

    public static String periodOf(LocalDate date) {
        return YearMonth.from(date).toString();
    }

    public static YearMonth parse(String period) {
        if (period == null || !period.matches("[0-9]{4}-(0[1-9]|1[0-2])")) {
            throw ProblemException.badRequest("period", "must be a month as YYYY-MM");
        }
        return YearMonth.parse(period);
    }

    public boolean isClosed(UUID productionId, String period) {
        return !em.createNativeQuery("select 1 from payroll_period where production_id = ?1 and period = ?2 and status = 'CLOSED'")
                .setParameter(1, productionId).setParameter(2, period).getResultList().isEmpty();
    }
}
