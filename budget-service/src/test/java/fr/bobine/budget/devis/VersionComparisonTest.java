package fr.bobine.budget.devis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.bobine.budget.devis.VersionComparison.Difference;
import fr.bobine.budget.devis.VersionComparison.LineState;

class VersionComparisonTest {

    static final UUID LOCATION = UUID.randomUUID();
    static final UUID DIRECTOR = UUID.randomUUID();
    static final UUID INSURANCE = UUID.randomUUID();
    static final UUID CATERING = UUID.randomUUID();

    static LineState line(UUID lineage, String account, String quantity, String rate, String cost) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("accountCode", account);
        fields.put("quantity", new BigDecimal(quantity));
        fields.put("rate", new BigDecimal(rate));
        return new LineState(lineage, account, account.substring(0, 1), "ligne " + account, fields, new BigDecimal(cost));
    }

    /**
     * Before: location 10 x 1 000.00 = 10 000.00; director 8 x 2 000.00 + 52 % = 24 320.00; insurance 3 000.00.
     * After: location 12 x 1 000.00 = 12 000.00 (changed, +2 000.00); director unchanged, though sent as 8.0000
     * (same number, other scale); insurance gone (-3 000.00); catering 30 x 50.00 = 1 500.00 added.
     */
    @Test
    void linesAreMatchedOnTheirLineageAndOnlyRealChangesAreReported() {
        List<Difference> d = VersionComparison.lines(
                List.of(line(LOCATION, "52", "10", "1000.00", "10000.00"), line(DIRECTOR, "2201", "8", "2000.00", "24320.00"),
                        line(INSURANCE, "91", "1", "3000.00", "3000.00")),
                List.of(line(DIRECTOR, "2201", "8.0000", "2000.00", "24320.00"), line(LOCATION, "52", "12", "1000.00", "12000.00"),
                        line(CATERING, "65", "30", "50.00", "1500.00")));
        assertEquals(3, d.size());
        assertEquals(LineChange.CHANGED, d.get(0).change());
        assertEquals(LOCATION, d.get(0).lineage());
        assertEquals(List.of("quantity"), d.get(0).changedFields());
        assertEquals(new BigDecimal("2000.00"), d.get(0).delta());
        assertEquals(LineChange.ADDED, d.get(1).change());
        assertEquals(new BigDecimal("1500.00"), d.get(1).delta());
        assertEquals(LineChange.REMOVED, d.get(2).change());
        assertEquals(new BigDecimal("-3000.00"), d.get(2).delta());
    }

    /** A line moved to another account with the same cost is a change of accountCode, with a zero delta. */
    @Test
    void aMovedLineIsAChangeNotARemovalAndAnAddition() {
        List<Difference> d = VersionComparison.lines(List.of(line(LOCATION, "52", "10", "1000.00", "10000.00")),
                List.of(line(LOCATION, "51", "10", "1000.00", "10000.00")));
        assertEquals(1, d.size());
        assertEquals(LineChange.CHANGED, d.get(0).change());
        assertEquals(List.of("accountCode"), d.get(0).changedFields());
        assertEquals(0, d.get(0).delta().signum());
    }
}
