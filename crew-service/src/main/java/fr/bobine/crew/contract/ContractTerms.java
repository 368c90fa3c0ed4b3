package fr.bobine.crew.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import fr.bobine.crew.grid.Agreement;
import fr.bobine.crew.grid.Engagement;

/** What the plain rules of a contract look at, free of persistence. */
public record ContractTerms(Agreement agreement, String filmTitle, String positionLabel, Boolean cadre, Engagement engagement,
        Integer weeklyHours, LocalDate startDate, LocalTime firstHour, LocalDate endDate, BigDecimal rate, String budgetLineCode,
        List<Allowance> allowances) {
}
