package fr.bobine.budget.carbon;

import java.math.BigDecimal;

import fr.bobine.platform.csv.CsvExport;
import fr.bobine.platform.csv.CsvExport.Column;
import fr.bobine.platform.csv.CsvExport.Lang;

/**
 * A statement as a file to keep with the filing: one row per line (category, origin, activity, quantity and unit,
 * the factor with its source and date, kgCO2e), then one row per category of the CNC calculators and the total, in kg
 * and tonnes. The figures are those to enter in the CNC-approved calculator the statement is filed through.
 */
public final class CarbonStatementCsv {

    static final String TOTAL = "TOTAL";

    private CarbonStatementCsv() {
    }

    public static byte[] of(CarbonStatementDto s, Lang lang) {
        String l = lang.name();
        CsvExport csv = CsvExport.of(lang,
                new Column("type", "type"), new Column("catégorie", "category"), new Column("origine", "origin"),
                new Column("activité", "activity"), new Column("libellé", "label"), new Column("compte", "account"),
                new Column("quantité", "quantity"), new Column("unité", "unit"),
                new Column("facteur (kgCO2e/unité)", "factor (kgCO2e/unit)"), new Column("facteur valable depuis", "factor valid from"),
                new Column("source du facteur", "factor source"), new Column("kgCO2e", "kgCO2e"), new Column("tCO2e", "tCO2e"));
        for (CarbonStatementLineDto line : s.lines()) {
            BigDecimal kg = new BigDecimal(line.kgCo2e());
            csv.row("line", line.category().label(l), line.origin(), line.activityCode(),
                    line.description() == null ? line.activityLabel() : line.activityLabel() + " - " + line.description(),
                    line.accountCode(), new BigDecimal(line.quantity()), line.unit(), new BigDecimal(line.factor().kgCo2ePerUnit()),
                    line.factor().validFrom(), line.factor().source(), kg, CarbonFootprint.Result.tonnes(kg));
        }
        for (CarbonCategoryTotalDto c : s.categories()) {
            csv.row("category", c.category().label(l), null, c.category().name(), null, null, null, null, null, null, null,
                    new BigDecimal(c.kgCo2e()), new BigDecimal(c.tonnesCo2e()));
        }
        csv.row("total", TOTAL, null, null, s.title(), null, null, null, null, s.factorsOn(), null,
                new BigDecimal(s.totalKgCo2e()), new BigDecimal(s.totalTonnesCo2e()));
        return csv.toBytes();
    }

    /** bilan-carbone-previsionnel-fr.csv, bilan-carbone-definitif-en.csv */
    static String fileName(CarbonBasis basis, Lang lang) {
        return "bilan-carbone-" + (basis == CarbonBasis.FORECAST ? "previsionnel" : "definitif") + "-" + lang.name() + ".csv";
    }
}
