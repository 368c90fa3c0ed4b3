package fr.bobine.crew.dpae;

import java.io.StringWriter;
import java.time.format.DateTimeFormatter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

// URSSAF FR_DUE_Upload element map as used by public DPAE EDI clients (crew.md §1.3; check against URSSAF guide 5492 before production use).
public final class DueXml {

    static final String ORG = "http://www.repxml.org/Organization";
    static final String ADDRESS = "http://www.repxml.org/PostalAddress";
    static final String PERSON = "http://www.repxml.org/PersonIdentity";

    private DueXml() {
    }

    /** {@code test} = true sets Test.Indicator 1 (URSSAF runs the checks and records nothing), else 120. */
    public static String write(DpaeDeclaration d, boolean test) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("ISO-8859-1", "1.0");
            x.writeStartElement("FR_DUE_Upload");
            x.writeNamespace("rxorg", ORG);
            x.writeNamespace("rxpadr", ADDRESS);
            x.writeNamespace("rxpers", PERSON);
            text(x, null, "FR_DUE_Upload.Test.Indicator", test ? "1" : "120");
            x.writeStartElement("FR_Employer");
            text(x, ORG, "FR_Organization.SIRET.Identifier", d.employerSiret());
            text(x, ORG, "FR_Organization.Designation.Text", DueText.of(d.employerName()));
            text(x, ORG, "FR_Organization.APE.Code", d.apeCode());
            text(x, null, "FR_Employer.URSSAF.Code", d.urssafCode());
            text(x, ADDRESS, "FR_PostalAddress.StreetDesignation.Text", DueText.of(d.employerStreet()));
            text(x, ADDRESS, "FR_PostalAddress.Town.Text", DueText.of(d.employerTown()));
            text(x, ADDRESS, "FR_PostalAddress.Postal.Code", d.employerPostcode());
            x.writeEndElement();
            x.writeStartElement("FR_Employee");
            text(x, PERSON, "FR_PersonIdentity.Surname.Text", DueText.of(d.surname()));
            text(x, PERSON, "FR_PersonIdentity.ChristianName.Text", DueText.of(d.firstNames()));
            text(x, PERSON, "FR_PersonIdentity.Sex.Code", String.valueOf(d.sexCode()));
            if (d.nir() != null) {
                text(x, PERSON, "FR_NNI.NIR.Identifier", d.nir().substring(0, 13));
                text(x, PERSON, "FR_NNI.NIRKey.Text", d.nir().substring(13));
            }
            text(x, PERSON, "FR_Birth.Date", DateTimeFormatter.ISO_LOCAL_DATE.format(d.birthDate()));
            text(x, PERSON, "FR_Birth.Town.Text", DueText.of(d.birthPlace()));
            text(x, null, "FR_EmployeeComplement.Birth_Department.Code", d.birthDepartement());
            x.writeEndElement();
            x.writeStartElement("FR_Contract");
            text(x, null, "FR_Contract.StartContract.Date", DateTimeFormatter.ISO_LOCAL_DATE.format(d.startDate()));
            text(x, null, "FR_Contract.StartContract.Time", DateTimeFormatter.ofPattern("HH:mm").format(d.startTime()));
            if (d.endDate() != null) {
                text(x, null, "FR_Contract.EndContract.Date", DateTimeFormatter.ISO_LOCAL_DATE.format(d.endDate()));
            }
            text(x, null, "FR_Contract.Nature.Code", d.natureCode());
            text(x, null, "FR_Contract.HealthService.Text", DueText.of(d.healthService()));
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the DPAE XML cannot be written", e);
        }
        return out.toString();
    }

    private static void text(XMLStreamWriter x, String namespace, String name, String value) throws XMLStreamException {
        if (namespace == null) {
            x.writeStartElement(name);
        } else {
            x.writeStartElement(namespace, name);
        }
        x.writeCharacters(value == null ? "" : value);
        x.writeEndElement();
    }
}
