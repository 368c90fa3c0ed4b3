package fr.bobine.crew.contract;

import java.util.ArrayList;
import java.util.List;

import fr.bobine.crew.grid.Engagement;
import fr.bobine.platform.problem.Problem;

// CCN IDCC 3097 Titre II art. 17 (and C. trav. L1242-12 for every CDD): the mentions a CDDU must carry before it is signed.
public final class MandatoryMentions {

    private MandatoryMentions() {
    }

    /** The missing mentions, one field error each; empty when the contract may be signed. */
    public static List<Problem.FieldError> missing(ContractTerms t) {
        List<Problem.FieldError> missing = new ArrayList<>();
        if (t.filmTitle() == null || t.filmTitle().isBlank()) {
            missing.add(new Problem.FieldError("productionId", "the film title must be known (production not received yet)"));
        }
        if (t.positionLabel() == null || t.cadre() == null) {
            missing.add(new Problem.FieldError("positionCode", "the function and its cadre or non-cadre status are required"));
        }
        if (t.agreement() == null) {
            missing.add(new Problem.FieldError("agreement", "the collective agreement must be named"));
        }
        if (t.startDate() == null || t.firstHour() == null) {
            missing.add(new Problem.FieldError("startDate", "the start date and first hour are required"));
        }
        if (t.endDate() == null) {
            missing.add(new Problem.FieldError("endDate", "the end date (or planned duration) is required"));
        }
        if (t.rate() == null || t.rate().signum() <= 0) {
            missing.add(new Problem.FieldError("rate", "the pay and its periodicity are required"));
        }
        if (t.engagement() == Engagement.WEEKLY && t.weeklyHours() == null) {
            missing.add(new Problem.FieldError("weeklyHours", "the weekly reference duration is required"));
        }
        if (t.budgetLineCode() == null || t.budgetLineCode().isBlank()) {
            missing.add(new Problem.FieldError("budgetLineCode", "the budget line the contract is charged to is required"));
        }
        return missing;
    }
}
