package fr.bobine.budget.devis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Line-by-line difference between two versions. Lines are matched on their lineage (kept when a version is copied),
 * so a line moved or re-rated is "changed", not "removed and added". Each line is compared on its cost (amount plus
 * social charges) and on the fields a production manager edits.
 */
public final class VersionComparison {

    public record LineState(UUID lineage, String accountCode, String chapterCode, String label, Map<String, Object> fields,
            BigDecimal cost) {
    }

    public record Difference(UUID lineage, LineChange change, LineState before, LineState after, BigDecimal delta,
            List<String> changedFields) {
    }

    private VersionComparison() {
    }

    public static List<Difference> lines(List<LineState> before, List<LineState> after) {
        Map<UUID, LineState> old = new LinkedHashMap<>();
        before.forEach(l -> old.put(l.lineage(), l));
        List<Difference> differences = new ArrayList<>();
        for (LineState now : after) {
            LineState was = old.remove(now.lineage());
            if (was == null) {
                differences.add(new Difference(now.lineage(), LineChange.ADDED, null, now, now.cost(), List.of()));
                continue;
            }
            List<String> changed = new ArrayList<>();
            for (Map.Entry<String, Object> field : now.fields().entrySet()) {
                Object previous = was.fields().get(field.getKey());
                boolean same = previous instanceof BigDecimal p && field.getValue() instanceof BigDecimal n ? p.compareTo(n) == 0
                        : Objects.equals(previous, field.getValue());
                if (!same) {
                    changed.add(field.getKey());
                }
            }
            BigDecimal delta = now.cost().subtract(was.cost());
            if (!changed.isEmpty() || delta.signum() != 0) {
                differences.add(new Difference(now.lineage(), LineChange.CHANGED, was, now, delta, changed));
            }
        }
        for (LineState gone : old.values()) {
            differences.add(new Difference(gone.lineage(), LineChange.REMOVED, gone, null, gone.cost().negate(), List.of()));
        }
        return differences;
    }
}
