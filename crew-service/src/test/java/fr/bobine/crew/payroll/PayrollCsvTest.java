package fr.bobine.crew.payroll;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.bobine.platform.csv.CsvExport.Lang;
import fr.bobine.platform.money.Money;

class PayrollCsvTest {

    static final UUID CONTRACT = UUID.fromString("00000000-0000-0000-0000-000000000001");

    static List<PayrollInputLineDto> lines(String reason) {
        return List.of(
                new PayrollInputLineDto("S000042", CONTRACT, LocalDate.of(2027, 3, 1), "HS25", "8", Money.eur("60.00"), false, null),
                new PayrollInputLineDto("S000042", CONTRACT, LocalDate.of(2027, 3, 1), "HS25", "1.5", Money.eur("11.25"), true, reason));
    }

    @Test
    void oneLinePerItemKeyedByEmployeeNumberStartDateAndItemCode() {
        // BOM, the software's column codes, French dates and decimal commas; a reason with ; and " is quoted, its line
        // break turned into a space so that the importer still reads one line per item
        assertEquals("\uFEFFmatricule;date_debut_contrat;code_rubrique;quantite;montant;ajustement;motif\r\n"
                + "S000042;01/03/2027;HS25;8;60,00;N;\r\n"
                + "S000042;01/03/2027;HS25;1,5;11,25;O;\"Heure oubliée; le 4 \"\"mars\"\" \"\r\n",
                PayrollCsv.write(lines("Heure oubliée; le 4 \"mars\"\n"), Lang.fr));
    }

    @Test
    void inEnglishTheCodesStayAndNumbersAndDatesChange() {
        assertEquals("\uFEFFmatricule;date_debut_contrat;code_rubrique;quantite;montant;ajustement;motif\r\n"
                + "S000042;2027-03-01;HS25;8;60.00;N;\r\n"
                + "S000042;2027-03-01;HS25;1.5;11.25;O;'=1+1\r\n",
                PayrollCsv.write(lines("=1+1"), Lang.en));
    }
}
