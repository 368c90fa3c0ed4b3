package fr.bobine.rights.waterfall;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The path of one receipt down the waterfall; the steps' {@code took} add up to the receipt's gross. */
public record ReceiptRun(String receiptId, BigDecimal gross, List<Step> steps) {

    /** What each holder took from this receipt. */
    public Map<String, BigDecimal> byHolder() {
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        for (Step step : steps) {
            if (step.took().signum() != 0) {
                result.merge(step.holder(), step.took(), BigDecimal::add);
            }
        }
        return result;
    }

    public BigDecimal allocated() {
        return steps.stream().map(Step::took).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
