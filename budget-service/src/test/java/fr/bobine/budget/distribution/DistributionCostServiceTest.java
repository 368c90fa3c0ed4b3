package fr.bobine.budget.distribution;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.bobine.budget.devis.TemplateAccount;

class DistributionCostServiceTest {

    static Map<String, TemplateAccount> tree(String... codeAndParent) {
        Map<String, TemplateAccount> out = new HashMap<>();
        for (int i = 0; i < codeAndParent.length; i += 2) {
            TemplateAccount a = new TemplateAccount();
            a.code = codeAndParent[i];
            a.parentCode = codeAndParent[i + 1];
            out.put(a.code, a);
        }
        return out;
    }

    @Test
    void aLineIsUnderTheMappedAccountByTheTemplateTreeNotByTheTextOfItsCode() {
        // audiovisual codes: "10.1" starts with "1" but sits under heading 10, not under heading 1
        Map<String, TemplateAccount> accounts = tree("1", null, "1.1", "1", "10", null, "10.1", "10", "9", null, "92", "9",
                "9201", "92");
        assertTrue(DistributionCostService.under("92", "92", accounts));
        assertTrue(DistributionCostService.under("9201", "92", accounts));
        assertTrue(DistributionCostService.under("9201", "9", accounts));
        assertTrue(DistributionCostService.under("1.1", "1", accounts));
        assertFalse(DistributionCostService.under("10.1", "1", accounts));
        assertFalse(DistributionCostService.under("9", "92", accounts));
        assertFalse(DistributionCostService.under("unknown", "92", accounts));
    }
}
