package fr.bobine.budget.carbon;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A carbon statement: each line's activity quantity times the emission factor in force on the statement's date,
 * rounded once per line to the gram (half-up), then summed per category and in total. Emissions = activity data ×
 * emission factor is the Bilan Carbone method (ADEME, Base Empreinte documentation); where only spend is known the
 * factor is a monetary ratio in kgCO2e per euro excluding VAT.
 */
public final class CarbonFootprint {

    /** kilograms to the gram */
    static final int KG_SCALE = 3;

    private CarbonFootprint() {
    }

    public record Activity(String code, CarbonCategory category, String unit, String labelFr, String labelEn, int position) {
    }

    public record Factor(UUID id, String activityCode, BigDecimal kgCo2ePerUnit, LocalDate validFrom, String source) {
    }

    /** The factors of every activity with their history; the one in force on a date is the latest valid from it. */
    public static final class Factors {
        private final Map<String, List<Factor>> byActivity = new HashMap<>();

        public Factors(Collection<Factor> all) {
            for (Factor f : all) {
                byActivity.computeIfAbsent(f.activityCode(), k -> new ArrayList<>()).add(f);
            }
            byActivity.values().forEach(l -> l.sort(Comparator.comparing(Factor::validFrom).reversed()));
        }

        /** The factor of {@code activityCode} with the latest valid-from on or before {@code on}; a later one is not yet in force. */
        public Optional<Factor> inForce(String activityCode, LocalDate on) {
            return byActivity.getOrDefault(activityCode, List.of()).stream().filter(f -> !f.validFrom().isAfter(on))
                    .findFirst();
        }
    }

    /** A line before it is counted: an activity and its quantity, with where it comes from. */
    public record Input(CarbonOrigin origin, Activity activity, BigDecimal quantity, String accountCode,
            String description, UUID lineId) {
    }

    public record Line(Input input, Factor factor, BigDecimal kgCo2e) {
    }

    /** Lines counted, the kilograms per category (every category, zero included) and in total; inputs with no factor in force. */
    public record Result(LocalDate on, List<Line> lines, Map<CarbonCategory, BigDecimal> categories, BigDecimal totalKg,
            List<Input> withoutFactor) {

        /** tonnes, exact: kilograms to the gram are tonnes to six decimals */
        public static BigDecimal tonnes(BigDecimal kg) {
            return kg.movePointLeft(3);
        }
    }

    public static Result compute(List<Input> inputs, Factors factors, LocalDate on) {
        Map<CarbonCategory, BigDecimal> categories = new EnumMap<>(CarbonCategory.class);
        for (CarbonCategory c : CarbonCategory.values()) {
            categories.put(c, BigDecimal.ZERO.setScale(KG_SCALE));
        }
        List<Line> lines = new ArrayList<>();
        List<Input> withoutFactor = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(KG_SCALE);
        List<Input> sorted = new ArrayList<>(inputs);
        sorted.sort(Comparator.comparing((Input i) -> i.activity().category()).thenComparing(Input::origin)
                .thenComparing(i -> i.activity().position()).thenComparing(i -> i.accountCode() == null ? "" : i.accountCode()));
        for (Input input : sorted) {
            Optional<Factor> factor = factors.inForce(input.activity().code(), on);
            if (factor.isEmpty()) {
                withoutFactor.add(input);
                continue;
            }
            BigDecimal kg = input.quantity().multiply(factor.get().kgCo2ePerUnit()).setScale(KG_SCALE, RoundingMode.HALF_UP);
            lines.add(new Line(input, factor.get(), kg));
            categories.merge(input.activity().category(), kg, BigDecimal::add);
            total = total.add(kg);
        }
        return new Result(on, lines, categories, total, withoutFactor);
    }

    /** An amount spent (budgeted or actual, euros excluding VAT) on a devis account. */
    public record Spend(String accountCode, BigDecimal amount) {
    }

    /** A devis account as the derivation needs it: its parent, and its label for the statement. */
    public record Account(String code, String parentCode, String label) {
    }

    /**
     * The monetary lines of a statement: each spend counted under the activity mapped to its account or, failing that,
     * to its nearest mapped ancestor, summed per mapped account. Spend on an account covered by entered activity data
     * (the account itself or an ancestor is linked to an entered line) is left out, so that a journey is not counted
     * both in km and in euros; spend with no mapped account (rights, salaries, charges, insurance) is not counted, and
     * a mapped account whose sum is not positive gives no line.
     */
    public static List<Input> fromSpend(CarbonOrigin origin, List<Spend> spend, Map<String, Account> accounts,
            Map<String, Activity> mappings, Set<String> covered) {
        Map<String, BigDecimal> perAccount = new LinkedHashMap<>();
        for (Spend s : spend) {
            String mapped = null;
            boolean isCovered = false;
            for (String code = s.accountCode(); code != null; code = parentOf(accounts, code)) {
                isCovered |= covered.contains(code);
                if (mapped == null && mappings.containsKey(code)) {
                    mapped = code;
                }
            }
            if (mapped != null && !isCovered) {
                perAccount.merge(mapped, s.amount(), BigDecimal::add);
            }
        }
        List<Input> out = new ArrayList<>();
        perAccount.forEach((code, amount) -> {
            if (amount.signum() > 0) {
                Account a = accounts.get(code);
                out.add(new Input(origin, mappings.get(code), amount, code, a == null ? null : a.label(), null));
            }
        });
        return out;
    }

    private static String parentOf(Map<String, Account> accounts, String code) {
        Account a = accounts.get(code);
        return a == null ? null : a.parentCode();
    }
}
