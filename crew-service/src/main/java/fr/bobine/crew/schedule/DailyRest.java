package fr.bobine.crew.schedule;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.crew.timesheet.rules.Minutes;
import fr.bobine.platform.money.DecimalString;

// C. trav. L3131-1 and D3131-6 (11 h, never below 9 h by agreement); CCN 3097 Titre II art. 27 and 35, Titre III; CCN 2642 art. VI.3.1.2.
public final class DailyRest {

    /**
     * An agreement's daily rest, as dated reference data gives it: the rest asked for, the floor below which no call
     * is allowed, how many shortened rests a civil week allows (null: no weekly limit) and the premium of the hours
     * that cut into the rest as a fraction of the base hourly rate, 1.00 = +100 % (null when the agreement compensates
     * them otherwise or the premium is not established).
     */
    public record Terms(int restMinutes, int floorMinutes, Integer reductionsPerWeek, BigDecimal premiumRate, String source) {

        public Terms {
            if (floorMinutes <= 0 || floorMinutes > restMinutes) {
                throw new IllegalArgumentException("the floor must be positive and at most the rest");
            }
        }
    }

    /** One day of work of a person: from the call to the wrap. */
    public record Span(LocalDateTime start, LocalDateTime end) {
    }

    @Schema(name = "RestVerdict")
    public enum Verdict {
        /** The rest is shorter than the agreement asks but the agreement allows it, with the compensation it names. */
        WARNING,
        /** No call is allowed there: below the floor, or one shortened rest more than the week allows. */
        REFUSAL
    }

    /** A rest shorter than asked: between the end of a day and the next call. */
    public record Finding(Verdict verdict, LocalDateTime previousEnd, LocalDateTime nextStart, long restMinutes,
            long shortfallMinutes, String reason) {
    }

    private DailyRest() {
    }

    /**
     * The rests between consecutive days of one person that are shorter than the terms ask. Days are sorted by their
     * start; a rest below the floor is refused (D3131-6 forbids any agreement to go below 9 h), one between the floor
     * and the rest asked is a warning, unless the terms cap the shortened rests of a civil week (Monday to Sunday, the
     * week of the next call) and that cap is already used, which is refused.
     */
    public static List<Finding> check(List<Span> days, Terms terms) {
        List<Span> ordered = days.stream().sorted(Comparator.comparing(Span::start)).toList();
        List<Finding> findings = new ArrayList<>();
        Map<LocalDate, Integer> reductionsByWeek = new HashMap<>();
        for (int i = 1; i < ordered.size(); i++) {
            LocalDateTime end = ordered.get(i - 1).end();
            LocalDateTime start = ordered.get(i).start();
            long rest = Duration.between(end, start).toMinutes();
            if (rest >= terms.restMinutes()) {
                continue;
            }
            long shortfall = terms.restMinutes() - rest;
            if (rest < terms.floorMinutes()) {
                findings.add(new Finding(Verdict.REFUSAL, end, start, rest, shortfall, "a rest of " + Minutes.text(rest)
                        + " between " + end + " and " + start + " is below the floor of " + Minutes.text(terms.floorMinutes())
                        + " (" + terms.source() + ")"));
                continue;
            }
            LocalDate week = start.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            int reductions = reductionsByWeek.merge(week, 1, Integer::sum);
            if (terms.reductionsPerWeek() != null && reductions > terms.reductionsPerWeek()) {
                findings.add(new Finding(Verdict.REFUSAL, end, start, rest, shortfall, "shortened rest number " + reductions
                        + " in the week of " + week + ": the agreement allows " + terms.reductionsPerWeek() + " ("
                        + terms.source() + ")"));
                continue;
            }
            String compensation = terms.premiumRate() == null ? "compensated as the agreement provides"
                    : "paid +" + DecimalString.percent(terms.premiumRate());
            findings.add(new Finding(Verdict.WARNING, end, start, rest, shortfall, "a rest of " + Minutes.text(rest)
                    + " between " + end + " and " + start + ": " + Minutes.text(shortfall) + " cut into the "
                    + Minutes.text(terms.restMinutes()) + " rest, " + compensation + " (" + terms.source() + ")"));
        }
        return findings;
    }
}
