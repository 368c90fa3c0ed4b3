package fr.bobine.crew.payroll;

import java.math.BigDecimal;
import java.util.List;

import fr.bobine.platform.csv.CsvExport;
import fr.bobine.platform.csv.CsvExport.Column;
import fr.bobine.platform.csv.CsvExport.Lang;

// GHS sPAIEctacle-style variable import (crew.md §4.2): one line per payroll item keyed by matricule, contract start date and item code.
public final class PayrollCsv {

    /*
     * The payroll software maps its import by these column codes and reads "O"/"N" in ajustement, so the header is the
     * same in both languages (Column.code) and the flag is not translated; lang only changes how numbers and dates are
     * written. The French file (decimal comma, dd/mm/yyyy) is the one the software imports.
     */
    static final List<Column> COLUMNS = List.of(Column.code("matricule"), Column.code("date_debut_contrat"),
            Column.code("code_rubrique"), Column.code("quantite"), Column.code("montant"), Column.code("ajustement"),
            Column.code("motif"));

    private PayrollCsv() {
    }

    /** Through CsvExport: BOM, semicolons, text cells neutralised; a reason is kept on its line for the importer. */
    public static String write(List<PayrollInputLineDto> lines, Lang lang) {
        CsvExport csv = CsvExport.of(lang, COLUMNS);
        for (PayrollInputLineDto l : lines) {
            csv.row(l.employeeNumber(), l.contractStartDate(), l.itemCode(), new BigDecimal(l.quantity()), l.amount(),
                    l.adjustment() ? "O" : "N", l.reason() == null ? null : l.reason().replace('\r', ' ').replace('\n', ' '));
        }
        return csv.toText();
    }
}
