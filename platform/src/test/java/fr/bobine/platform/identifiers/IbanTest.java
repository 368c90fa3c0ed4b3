package fr.bobine.platform.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class IbanTest {

    /**
     * FR76 3000 6000 0112 3456 7890 189: rearranged 30006000011234567890189 + FR76, F = 15, R = 27,
     * number 30006000011234567890189152776, mod 97 = 1.
     */
    @Test
    void frenchIbanPassesModulo97() {
        assertEquals(1, new BigInteger("30006000011234567890189152776").mod(BigInteger.valueOf(97)).intValue());
        assertTrue(Iban.problem("FR7630006000011234567890189").isEmpty());
        assertTrue(Iban.problem("DE89370400440532013000").isEmpty());
        assertTrue(Iban.problem("GB82WEST12345698765432").isEmpty());
    }

    @Test
    void wrongCheckDigitsOrLengthAreRefused() {
        // the last digit changed: 30006000011234567890188152776 mod 97 = 0, not 1
        assertEquals("check digits do not match the account number", Iban.problem("FR7630006000011234567890188").orElseThrow());
        assertEquals("an IBAN of FR has 27 characters", Iban.problem("FR763000600001123456789018").orElseThrow());
        assertEquals("an IBAN of DE has 22 characters", Iban.problem("DE8937040044053201300").orElseThrow());
        assertTrue(Iban.problem("7630006000011234567890189").isPresent());
        assertEquals("XX is not a country with IBANs", Iban.problem("XX7630006000011234567890189").orElseThrow());
        assertEquals("FR7630006000011234567890189", Iban.normalize("fr76 3000 6000 0112 3456 7890 189").orElseThrow());
    }

    @Test
    void maskShowsCountryAndLastFour() {
        assertEquals("FR76 **** 0189", Iban.mask("FR7630006000011234567890189"));
    }

    /** The example IBAN of every SEPA country in the SWIFT IBAN registry, with the length the registry gives it. */
    static Map<String, Integer> sepa() {
        return Map.ofEntries(Map.entry("AD1200012030200359100100", 24), Map.entry("AT611904300234573201", 20),
                Map.entry("BE68539007547034", 16), Map.entry("BG80BNBG96611020345678", 22),
                Map.entry("CH9300762011623852957", 21), Map.entry("CY17002001280000001200527600", 28),
                Map.entry("CZ6508000000192000145399", 24), Map.entry("DE89370400440532013000", 22),
                Map.entry("DK5000400440116243", 18), Map.entry("EE382200221020145685", 20),
                Map.entry("ES9121000418450200051332", 24), Map.entry("FI2112345600000785", 18),
                Map.entry("FR1420041010050500013M02606", 27), Map.entry("GB29NWBK60161331926819", 22),
                Map.entry("GI75NWBK000000007099453", 23), Map.entry("GR1601101250000000012300695", 27),
                Map.entry("HR1210010051863000160", 21), Map.entry("HU42117730161111101800000000", 28),
                Map.entry("IE29AIBK93115212345678", 22), Map.entry("IS140159260076545510730339", 26),
                Map.entry("IT60X0542811101000000123456", 27), Map.entry("LI21088100002324013AA", 21),
                Map.entry("LT121000011101001000", 20), Map.entry("LU280019400644750000", 20),
                Map.entry("LV80BANK0000435195001", 21), Map.entry("MC5811222000010123456789030", 27),
                Map.entry("MT84MALT011000012345MTLCAST001S", 31), Map.entry("NL91ABNA0417164300", 18),
                Map.entry("NO9386011117947", 15), Map.entry("PL61109010140000071219812874", 28),
                Map.entry("PT50000201231234567890154", 25), Map.entry("RO49AAAA1B31007593840000", 24),
                Map.entry("SE4550000000058398257466", 24), Map.entry("SI56263300012039086", 19),
                Map.entry("SK3112000000198742637541", 24), Map.entry("SM86U0322509800000000270100", 27),
                Map.entry("VA59001123000012345678", 22));
    }

    static java.util.stream.Stream<Map.Entry<String, Integer>> sepaCountries() {
        return sepa().entrySet().stream();
    }

    @ParameterizedTest
    @MethodSource("sepaCountries")
    void everySepaCountryHasItsLengthAndItsKey(Map.Entry<String, Integer> example) {
        String iban = example.getKey();
        assertEquals(example.getValue(), iban.length());
        assertTrue(Iban.problem(iban).isEmpty(), iban + " is a valid IBAN");
        // one character short, then one too many: the country's length is checked
        assertTrue(Iban.problem(iban.substring(0, iban.length() - 1)).isPresent(), iban + " minus one character");
        assertTrue(Iban.problem(iban + "0").isPresent(), iban + " plus one character");
        // the check digits moved by one: the mod-97 key no longer holds
        int check = Integer.parseInt(iban.substring(2, 4));
        String wrongKey = iban.substring(0, 2) + String.format("%02d", check == 98 ? 2 : check + 1) + iban.substring(4);
        assertEquals("check digits do not match the account number", Iban.problem(wrongKey).orElseThrow(), wrongKey);
    }
}
