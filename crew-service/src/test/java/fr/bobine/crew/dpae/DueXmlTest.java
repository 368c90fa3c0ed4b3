package fr.bobine.crew.dpae;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import fr.bobine.platform.csv.CsvExport.Lang;

class DueXmlTest {

    static DpaeDeclaration declaration() {
        return new DpaeDeclaration("Les Films du Quai", "73282932000074", "5911C", "117", "12 rue du Quai", "75010", "Paris",
                "Thalie Santé", "Le Bihan-Kerhervé", "Anaïs Françoise", 2, "253072A07300443", LocalDate.of(1953, 7, 14),
                "Ajaccio", "2A", LocalDate.of(2027, 3, 1), LocalTime.of(8, 0), LocalDate.of(2027, 4, 11), "CDD");
    }

    @Test
    void nirIsSplitInNumberAndKeyAndTextIsUpperCaseWithoutAccents() {
        String xml = DueXml.write(declaration(), true);
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><FR_DUE_Upload"), xml);
        assertTrue(xml.contains("<FR_DUE_Upload.Test.Indicator>1</FR_DUE_Upload.Test.Indicator>"));
        assertTrue(xml.contains("<rxpers:FR_NNI.NIR.Identifier>253072A073004</rxpers:FR_NNI.NIR.Identifier>"));
        assertTrue(xml.contains("<rxpers:FR_NNI.NIRKey.Text>43</rxpers:FR_NNI.NIRKey.Text>"));
        assertTrue(xml.contains("<rxpers:FR_PersonIdentity.Surname.Text>LE BIHAN-KERHERVE</rxpers:FR_PersonIdentity.Surname.Text>"));
        assertTrue(xml.contains("<rxpers:FR_PersonIdentity.ChristianName.Text>ANAIS FRANCOISE</rxpers:FR_PersonIdentity.ChristianName.Text>"));
        assertTrue(xml.contains("<FR_Contract.StartContract.Time>08:00</FR_Contract.StartContract.Time>"));
        assertTrue(xml.contains("<FR_Contract.Nature.Code>CDD</FR_Contract.Nature.Code>"));
        assertTrue(xml.contains("<rxorg:FR_Organization.SIRET.Identifier>73282932000074</rxorg:FR_Organization.SIRET.Identifier>"));
        assertTrue(DueXml.write(declaration(), false).contains("<FR_DUE_Upload.Test.Indicator>120<"));
    }

    @Test
    void textIsCutAt32Characters() {
        assertEquals("SOCIETE DE PRODUCTION CINEMATOGR", DueText.of("Société de production cinématographique du Phare"));
        assertEquals(32, DueText.of("Société de production cinématographique du Phare").length());
    }

    @Test
    void csvCarriesTheSameFieldsUnderTheDueCodesInBothLanguages() {
        String header = "\uFEFFsiret;raison_sociale;code_ape;adresse;code_postal;ville;service_sante;nom;prenoms;sexe;nir;cle;"
                + "date_naissance;lieu_naissance;departement_naissance;date_embauche;heure_embauche;date_fin;nature\r\n";
        assertEquals(header + "73282932000074;LES FILMS DU QUAI;5911C;12 RUE DU QUAI;75010;PARIS;THALIE SANTE;LE BIHAN-KERHERVE;"
                + "ANAIS FRANCOISE;2;253072A073004;43;14/07/1953;AJACCIO;2A;01/03/2027;08:00;11/04/2027;CDD\r\n",
                DpaeService.csv(declaration(), Lang.fr));
        assertEquals(header + "73282932000074;LES FILMS DU QUAI;5911C;12 RUE DU QUAI;75010;PARIS;THALIE SANTE;LE BIHAN-KERHERVE;"
                + "ANAIS FRANCOISE;2;253072A073004;43;1953-07-14;AJACCIO;2A;2027-03-01;08:00;2027-04-11;CDD\r\n",
                DpaeService.csv(declaration(), Lang.en));
    }
}
