package fr.bobine.crew.payroll;

import java.time.format.DateTimeFormatter;
import java.util.List;

// GHS sPAIEctacle-style variable import (crew.md §4.2): one line per payroll item keyed by matricule, contract start date and item code.
public final class PayrollCsv {

    public static final String HEADER = "matricule;date_debut_contrat;code_rubrique;quantite;montant;ajustement;motif";
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private PayrollCsv() {
    }

    /** Semicolon-separated, French dates and decimal commas, as French payroll software imports them. */
    public static String write(List<PayrollInputLineDto> lines) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (PayrollInputLineDto l : lines) {
            csv.append(l.employeeNumber()).append(';')
                    .append(FRENCH_DATE.format(l.contractStartDate())).append(';')
                    .append(l.itemCode()).append(';')
                    .append(l.quantity().replace('.', ',')).append(';')
                    .append(l.amount().amount().toPlainString().replace('.', ',')).append(';')
                    .append(l.adjustment() ? "O" : "N").append(';')
                    .append(l.reason() == null ? "" : quote(l.reason()))
                    .append("\r\n");
        }
        return csv.toString();
    }

    private static String quote(String text) {
        return "\"" + text.replace("\"", "\"\"").replace("\r", " ").replace("\n", " ") + "\"";
    }
}
