package fr.bobine.crew.dpae;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.bobine.crew.contract.Contract;
import fr.bobine.crew.contract.ContractService;
import fr.bobine.crew.contract.ContractStatus;
import fr.bobine.crew.person.PersonService;
import fr.bobine.crew.person.PersonalRecord;
import fr.bobine.crew.person.Sex;
import fr.bobine.crew.production.ProductionCopy;
import fr.bobine.platform.audit.AuditTrail;
import fr.bobine.platform.csv.CsvExport;
import fr.bobine.platform.csv.CsvExport.Column;
import fr.bobine.platform.csv.CsvExport.Lang;
import fr.bobine.platform.problem.Problem;
import fr.bobine.platform.problem.ProblemException;

@ApplicationScoped
public class DpaeService {

    @Inject
    ContractService contracts;

    @Inject
    PersonService people;

    @Inject
    UrssafDpaeGateway gateway;

    @Inject
    AuditTrail audit;

    @Inject
    fr.bobine.platform.outbox.Outbox outbox;

    @Inject
    EntityManager em;

    @Inject
    fr.bobine.platform.crypto.PersonalDataCipher cipher;

    @ConfigProperty(name = "bobine.crew.employer.ape-code")
    String apeCode;
    @ConfigProperty(name = "bobine.crew.employer.urssaf-code")
    String urssafCode;
    @ConfigProperty(name = "bobine.crew.employer.address")
    String street;
    @ConfigProperty(name = "bobine.crew.employer.postcode")
    String postcode;
    @ConfigProperty(name = "bobine.crew.employer.town")
    String town;
    @ConfigProperty(name = "bobine.crew.employer.health-service")
    String healthService;

    Clock clock = Clock.systemUTC();

    @Transactional
    public DpaeDto declare(UUID productionId, UUID contractId) {
        Contract c = contracts.require(productionId, contractId);
        if (c.status == ContractStatus.CANCELLED || c.status == ContractStatus.COMPLETED) {
            throw ProblemException.conflict("contract " + contractId + " is " + c.status);
        }
        if (Dpae.count("contractId", contractId) > 0) {
            throw ProblemException.conflict("contract " + contractId + " already has its DPAE");
        }
        LocalDateTime hireAt = c.startDate.atTime(c.firstHour);
        DpaeWindow.refusal(hireAt, Instant.now(clock)).ifPresent(reason -> {
            throw ProblemException.businessRule("dpae-outside-window", reason);
        });
        DpaeDeclaration declaration = declaration(c);
        List<Problem.FieldError> missing = new ArrayList<>();
        if (declaration.employerSiret() == null) {
            missing.add(new Problem.FieldError("employer.siret", "the employer's SIRET is required (R1221-1 1°)"));
        }
        if (declaration.endDate() == null) {
            missing.add(new Problem.FieldError("contract.endDate", "a CDD's term is required (R1221-1 4°)"));
        }
        if (!missing.isEmpty()) {
            throw ProblemException.businessRule("dpae-incomplete", "the DPAE lacks fields of art. R1221-1", missing);
        }
        Dpae d = new Dpae();
        d.id = UUID.randomUUID();
        d.contractId = contractId;
        d.productionId = productionId;
        d.status = DpaeStatus.TO_SEND;
        d.hireAt = hireAt;
        d.createdAt = Instant.now(clock);
        d.persistAndFlush();
        DpaeDto created = toDto(d);
        audit.record("dpae.create", "dpae", d.id, null, created);
        return created;
    }

    /** Deposits the XML through the gateway and records the request, encrypted since it carries the NIR. */
    @Transactional
    public DpaeDto send(UUID productionId, UUID contractId) {
        Dpae d = find(productionId, contractId);
        if (d.status != DpaeStatus.TO_SEND && d.status != DpaeStatus.REJECTED) {
            throw ProblemException.conflict("the DPAE is " + d.status);
        }
        String xml = DueXml.write(declaration(contracts.require(productionId, contractId)), false);
        UrssafDpaeGateway.Deposit deposit = gateway.deposit(xml);
        em.createNativeQuery("insert into dpae_transmission (id, dpae_id, requested_at, endpoint, request_body, response_body) "
                + "values (?1, ?2, ?3, ?4, ?5, ?6)").setParameter(1, UUID.randomUUID()).setParameter(2, d.id)
                .setParameter(3, Instant.now(clock)).setParameter(4, deposit.endpoint()).setParameter(5, cipher.encrypt(xml))
                .setParameter(6, deposit.response()).executeUpdate();
        DpaeDto before = toDto(d);
        d.status = DpaeStatus.SENT;
        d.sentAt = Instant.now(clock);
        d.fluxId = deposit.fluxId();
        d.rejectionReason = null;
        d.flush();
        DpaeDto after = toDto(d);
        audit.record("dpae.send", "dpae", d.id, before, after);
        return after;
    }

    @Transactional
    public DpaeDto answer(UUID productionId, UUID contractId, DpaeAnswer answer) {
        Dpae d = find(productionId, contractId);
        if (d.status != DpaeStatus.SENT) {
            throw ProblemException.conflict("only a sent DPAE gets an answer; this one is " + d.status);
        }
        DpaeDto before = toDto(d);
        d.status = answer.accepted() ? DpaeStatus.ACCEPTED : DpaeStatus.REJECTED;
        d.rejectionReason = answer.accepted() ? null : answer.message();
        d.answeredAt = Instant.now(clock);
        d.flush();
        DpaeDto after = toDto(d);
        audit.record("dpae.answer", "dpae", d.id, before, after);
        return after;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DpaeDto get(UUID productionId, UUID contractId) {
        return toDto(find(productionId, contractId));
    }

    /** The declaration with decrypted personal data, for the XML and CSV exports (payroll role only). */
    @Transactional
    public DpaeDeclaration export(UUID productionId, UUID contractId) {
        Dpae d = find(productionId, contractId);
        audit.record("dpae.export-personal-data", "dpae", d.id, null, null);
        return declaration(contracts.require(productionId, contractId));
    }

    public static final String MISSING = "crew.dpae.missing";

    public record Missing(UUID contractId, UUID productionId, UUID personId, String employeeNumber, java.time.LocalDate startDate,
            String firstHour, DpaeStatus dpaeStatus, Instant deadline) {
    }

    /**
     * Publishes crew.dpae.missing once per contract starting within 48 hours whose DPAE is not accepted; returns how
     * many warnings were published. The warning and its outbox row commit together.
     */
    @Transactional
    public int warnMissing() {
        LocalDateTime now = LocalDateTime.now(clock.withZone(DpaeWindow.PARIS));
        List<Contract> starting = Contract.list("status in ?1 and startDate >= ?2 and startDate <= ?3",
                List.of(ContractStatus.DRAFT, ContractStatus.SIGNED), now.toLocalDate(), now.plusHours(48).toLocalDate());
        int warned = 0;
        for (Contract c : starting) {
            LocalDateTime hire = c.startDate.atTime(c.firstHour);
            if (hire.isBefore(now) || hire.isAfter(now.plusHours(48))) {
                continue;
            }
            Dpae d = Dpae.<Dpae> find("contractId", c.id).firstResult();
            if (d != null && d.status == DpaeStatus.ACCEPTED) {
                continue;
            }
            int inserted = em.createNativeQuery("insert into dpae_warning (contract_id, warned_at) values (?1, ?2) "
                    + "on conflict do nothing").setParameter(1, c.id).setParameter(2, Instant.now(clock)).executeUpdate();
            if (inserted == 1) {
                outbox.publish(MISSING, c.productionId, new Missing(c.id, c.productionId, c.personId,
                        people.employeeNumber(c.personId).orElseThrow(), c.startDate, c.firstHour.toString(),
                        d == null ? null : d.status, DpaeWindow.hireInstant(hire)));
                warned++;
            }
        }
        return warned;
    }

    /** Contracts starting within 48 hours (Europe/Paris) whose DPAE is not accepted. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DpaeAlert> alerts(UUID productionId) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(DpaeWindow.PARIS));
        List<Contract> starting = Contract.list("productionId = ?1 and status in ?2 and startDate >= ?3 and startDate <= ?4",
                productionId, List.of(ContractStatus.DRAFT, ContractStatus.SIGNED), now.toLocalDate(), now.plusHours(48).toLocalDate());
        List<DpaeAlert> alerts = new ArrayList<>();
        for (Contract c : starting) {
            LocalDateTime hire = c.startDate.atTime(c.firstHour);
            if (hire.isBefore(now) || hire.isAfter(now.plusHours(48))) {
                continue;
            }
            Dpae d = Dpae.<Dpae> find("contractId", c.id).firstResult();
            if (d == null || d.status != DpaeStatus.ACCEPTED) {
                alerts.add(new DpaeAlert(c.id, c.personId, people.employeeNumber(c.personId).orElseThrow(), c.startDate, c.firstHour,
                        d == null ? null : d.status));
            }
        }
        return alerts;
    }

    /*
     * The column codes name the fields of the DUE (due.urssaf.fr, FR_DUE_Upload) that the file is typed or scripted
     * into, so they are the same in both languages (Column.code); lang only changes how dates are written, and the
     * French file (dd/mm/yyyy) matches the form. Text goes through DueText first, as in the XML.
     */
    static final List<Column> CSV_COLUMNS = Stream.of("siret", "raison_sociale", "code_ape", "adresse", "code_postal", "ville",
            "service_sante", "nom", "prenoms", "sexe", "nir", "cle", "date_naissance", "lieu_naissance", "departement_naissance",
            "date_embauche", "heure_embauche", "date_fin", "nature").map(Column::code).toList();

    public static String csv(DpaeDeclaration d, Lang lang) {
        return CsvExport.of(lang, CSV_COLUMNS).row(d.employerSiret(), DueText.of(d.employerName()), d.apeCode(),
                DueText.of(d.employerStreet()), d.employerPostcode(), DueText.of(d.employerTown()), DueText.of(d.healthService()),
                DueText.of(d.surname()), DueText.of(d.firstNames()), d.sexCode(), d.nir() == null ? null : d.nir().substring(0, 13),
                d.nir() == null ? null : d.nir().substring(13), d.birthDate(), DueText.of(d.birthPlace()), d.birthDepartement(),
                d.startDate(), d.startTime().toString(), d.endDate(), d.natureCode()).toText();
    }

    private DpaeDeclaration declaration(Contract c) {
        ProductionCopy production = ProductionCopy.findById(c.productionId);
        PersonalRecord p = people.personalRecord(c.personId);
        // CDDU is declared with the CDD nature code (crew.md §1.3).
        return new DpaeDeclaration(production.delegatedProducerName, production.delegatedProducerSiret, apeCode, urssafCode, street,
                postcode, town, healthService, p.lastName(), p.firstNames(), p.sex() == Sex.MALE ? 1 : 2, p.nir(), p.birthDate(),
                p.birthPlace(), p.birthDepartement(), c.startDate, c.firstHour, c.endDate, "CDD");
    }

    private Dpae find(UUID productionId, UUID contractId) {
        contracts.require(productionId, contractId);
        return Dpae.<Dpae> find("contractId", contractId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("DPAE of contract", contractId));
    }

    private static DpaeDto toDto(Dpae d) {
        return new DpaeDto(d.id, d.contractId, d.productionId, d.status, d.hireAt, DpaeWindow.earliest(d.hireAt),
                DpaeWindow.hireInstant(d.hireAt), d.sentAt, d.fluxId, d.answeredAt, d.rejectionReason, d.version);
    }
}
