package fr.bobine.crew.payroll;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.bobine.platform.money.Money;

class PayrollCsvTest {

    @Test
    void oneLinePerItemKeyedByEmployeeNumberStartDateAndItemCode() {
        UUID contract = UUID.fromString("00000000-0000-0000-0000-000000000001");
        String csv = PayrollCsv.write(List.of(
                new PayrollInputLineDto("S000042", contract, LocalDate.of(2027, 3, 1), "HS25", "8", Money.eur("60.00"), false, null),
                new PayrollInputLineDto("S000042", contract, LocalDate.of(2027, 3, 1), "HS25", "1", Money.eur("7.50"), true,
                        "Heure oubliée; le 4 \"mars\"")));
        assertEquals("matricule;date_debut_contrat;code_rubrique;quantite;montant;ajustement;motif\r\n"
                + "S000042;01/03/2027;HS25;8;60,00;N;\r\n"
                + "S000042;01/03/2027;HS25;1;7,50;O;\"Heure oubliée; le 4 \"\"mars\"\"\"\r\n", csv);
    }
}
