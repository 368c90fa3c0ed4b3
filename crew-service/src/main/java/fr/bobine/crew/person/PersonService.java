package fr.bobine.crew.person;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.bobine.platform.audit.AuditTrail;
import fr.bobine.platform.crypto.PersonalDataCipher;
import fr.bobine.platform.http.Etags;
import fr.bobine.platform.http.PageRequest;
import fr.bobine.platform.http.Sorting;
import fr.bobine.platform.identifiers.Iban;
import fr.bobine.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PersonService {

    /** Purpose of the NIR's keyed fingerprint (see {@link PersonalDataCipher#fingerprint}). */
    static final String NIR = "nir";

    @Inject
    PersonalDataCipher cipher;

    @Inject
    ObjectMapper mapper;

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager em;

    Clock clock = Clock.systemUTC();

    @Transactional
    public PersonDto create(NewPerson request) {
        Optional<String> nir = checkedNir(request.nir());
        Optional<String> iban = checkedIban(request.iban());
        String fingerprint = nir.map(n -> cipher.fingerprint(NIR, n)).orElse(null);
        if (fingerprint != null && Person.count("nirFingerprint in ?1", cipher.fingerprints(NIR, nir.get())) > 0) {
            throw ProblemException.conflict("a person with this NIR is already registered");
        }
        Person p = new Person();
        p.id = UUID.randomUUID();
        long number = ((Number) em.createNativeQuery("select nextval('employee_number_seq')").getSingleResult()).longValue();
        p.employeeNumber = String.format("S%06d", number);
        p.lastName = request.lastName().strip();
        p.firstNames = request.firstNames().strip();
        p.sex = request.sex();
        p.kind = request.kind();
        p.nirFingerprint = fingerprint;
        p.personalData = cipher.encrypt(write(new PersonalData(nir.orElse(null), request.birthDate(), request.birthPlace().strip(),
                request.birthDepartement(), request.address(), iban.orElse(null))));
        p.congesSpectaclesNumber = request.congesSpectaclesNumber();
        p.medicalVisitDate = request.medicalVisitDate();
        p.createdAt = Instant.now(clock);
        p.updatedAt = p.createdAt;
        p.persistAndFlush();
        // The audit record names who registered whom; it never carries the personal data itself.
        audit.record("person.create", "person", p.id, null, Map.of("employeeNumber", p.employeeNumber));
        return toDto(p, true);
    }

    /**
     * Replaces a person's record (an address or a bank account changes, a NIR arrives or is corrected, a name changes)
     * under If-Match. The employee number never changes; the kind cannot change once the person has a contract, whose
     * agreement and grid depend on it. The audit record names the fields that changed, never their values.
     */
    @Transactional
    public PersonDto replace(UUID id, String ifMatch, NewPerson request) {
        Person p = Person.<Person> findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("person", id));
        Etags.requireMatch(ifMatch, p.version);
        requireNotPseudonymised(p);
        Optional<String> nir = checkedNir(request.nir());
        Optional<String> iban = checkedIban(request.iban());
        String fingerprint = nir.map(n -> cipher.fingerprint(NIR, n)).orElse(null);
        if (fingerprint != null && Person.count("nirFingerprint in ?1 and id <> ?2", cipher.fingerprints(NIR, nir.get()), id) > 0) {
            throw ProblemException.conflict("another person with this NIR is already registered");
        }
        if (request.kind() != p.kind && ((Number) em.createNativeQuery("select count(*) from contract where person_id = ?1")
                .setParameter(1, id).getSingleResult()).longValue() > 0) {
            throw ProblemException.conflict("the person has contracts as " + p.kind
                    + ": the kind cannot change (register the other activity as a new person)");
        }
        PersonalData before = read(p.personalData);
        PersonalData after = new PersonalData(nir.orElse(null), request.birthDate(), request.birthPlace().strip(),
                request.birthDepartement(), request.address(), iban.orElse(null));
        List<String> changed = new ArrayList<>();
        changedIf(changed, "lastName", p.lastName, request.lastName().strip());
        changedIf(changed, "firstNames", p.firstNames, request.firstNames().strip());
        changedIf(changed, "sex", p.sex, request.sex());
        changedIf(changed, "kind", p.kind, request.kind());
        changedIf(changed, "nir", before.nir(), after.nir());
        changedIf(changed, "birthDate", before.birthDate(), after.birthDate());
        changedIf(changed, "birthPlace", before.birthPlace(), after.birthPlace());
        changedIf(changed, "birthDepartement", before.birthDepartement(), after.birthDepartement());
        changedIf(changed, "address", before.address(), after.address());
        changedIf(changed, "iban", before.iban(), after.iban());
        changedIf(changed, "congesSpectaclesNumber", p.congesSpectaclesNumber, request.congesSpectaclesNumber());
        changedIf(changed, "medicalVisitDate", p.medicalVisitDate, request.medicalVisitDate());
        if (changed.isEmpty()) {
            return toDto(p, true);
        }
        p.lastName = request.lastName().strip();
        p.firstNames = request.firstNames().strip();
        p.sex = request.sex();
        p.kind = request.kind();
        p.nirFingerprint = fingerprint;
        p.personalData = cipher.encrypt(write(after));
        p.congesSpectaclesNumber = request.congesSpectaclesNumber();
        p.medicalVisitDate = request.medicalVisitDate();
        p.updatedAt = Instant.now(clock);
        p.persistAndFlush();
        audit.record("person.update", "person", p.id, null, Map.of("employeeNumber", p.employeeNumber, "changed", changed));
        return toDto(p, true);
    }

    /** The NIR without spaces, or 400 naming the field when its key or its form is wrong; empty when absent. */
    private static Optional<String> checkedNir(String nir) {
        Optional<String> normalized = Nir.normalize(nir);
        normalized.flatMap(Nir::problem).ifPresent(reason -> {
            throw ProblemException.badRequest("nir", reason);
        });
        return normalized;
    }

    /** The IBAN without spaces, or 400 naming the field when its check digits are wrong; empty when absent. */
    private static Optional<String> checkedIban(String iban) {
        Optional<String> normalized = Iban.normalize(iban);
        normalized.flatMap(Iban::problem).ifPresent(reason -> {
            throw ProblemException.badRequest("iban", reason);
        });
        return normalized;
    }

    private static void changedIf(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }

    /** Reading a person is audited, with whether the caller saw the personal data in full. */
    @Transactional
    public Optional<PersonDto> read(UUID id, boolean fullPersonalData) {
        Optional<Person> person = Person.findByIdOptional(id);
        person.ifPresent(p -> audit.record(fullPersonalData ? PersonalDataReads.FULL : PersonalDataReads.MASKED, "person",
                p.id, null, Map.of("operation", "getPerson")));
        return person.map(p -> toDto(p, fullPersonalData));
    }

    /**
     * People whose name contains {@code name}, among those the caller sees ({@code visible}, everyone when empty). Every
     * person of the page gets an audit record of the read, masked or in full.
     */
    /** The fields the list sorts by ({@code ?sort=}), by their name on the wire. */
    public static final Sorting SORTS = Sorting.of(Map.of("name", "lastName, firstNames", "employeeNumber", "employeeNumber",
            "createdAt", "createdAt"));

    @Transactional
    public PersonPage search(String name, String sort, PageRequest page, boolean fullPersonalData,
            Optional<java.util.Set<UUID>> visible) {
        if (visible.isPresent() && visible.get().isEmpty()) {
            return new PersonPage(List.of(), page.page, page.size, 0, 0, null);
        }
        String pattern = "%" + (name == null ? "" : name.strip().toLowerCase()) + "%";
        String query = "(lower(lastName) like ?1 or lower(firstNames) like ?1 or lower(concat(firstNames, ' ', lastName)) like ?1)";
        Sort order = SORTS.panache(sort, "name");
        var found = visible.isPresent()
                ? Person.<Person> find(query + " and id in ?2", order, pattern, visible.get())
                : Person.<Person> find(query, order, pattern);
        found.page(page.page, page.size);
        long total = found.count();
        var items = found.list().stream().map(p -> toDto(p, fullPersonalData)).toList();
        audit.recordEach(fullPersonalData ? PersonalDataReads.FULL : PersonalDataReads.MASKED, "person",
                items.stream().map(PersonDto::id).toList(), Map.of("operation", "searchPeople"));
        return new PersonPage(items, page.page, page.size, total, page.totalPages(total), page.nextPage(total));
    }

    /** The decrypted personal data, for DPAE and payroll documents inside crew-service. */
    public PersonalRecord personalRecord(UUID personId) {
        Person p = Person.<Person> findByIdOptional(personId).orElseThrow(() -> ProblemException.notFound("person", personId));
        requireNotPseudonymised(p);
        PersonalData data = read(p.personalData);
        return new PersonalRecord(p.id, p.employeeNumber, p.lastName, p.firstNames, p.sex, p.kind, data.nir(), data.birthDate(),
                data.birthPlace(), data.birthDepartement(), data.address(), p.congesSpectaclesNumber, p.medicalVisitDate);
    }

    public boolean exists(UUID personId) {
        return Person.count("id", personId) > 0;
    }

    /** True once the person's personal data was erased (PersonRetentionService): they cannot be hired again as such. */
    public boolean pseudonymised(UUID personId) {
        return Person.count("id = ?1 and pseudonymisedAt is not null", personId) > 0;
    }

    private static void requireNotPseudonymised(Person p) {
        if (p.pseudonymisedAt != null) {
            throw ProblemException.conflict("person " + p.employeeNumber + " was pseudonymised on " + p.pseudonymisedAt
                    + ": their personal data is erased; register them again");
        }
    }

    public Optional<String> employeeNumber(UUID personId) {
        return Person.<Person> findByIdOptional(personId).map(p -> p.employeeNumber);
    }

    /** Employee numbers by person id, in one query. */
    public Map<UUID, String> employeeNumbers(java.util.Collection<UUID> personIds) {
        Map<UUID, String> numbers = new java.util.HashMap<>();
        if (!personIds.isEmpty()) {
            em.createQuery("select p.id, p.employeeNumber from Person p where p.id in :ids", Object[].class)
                    .setParameter("ids", personIds).getResultList().forEach(r -> numbers.put((UUID) r[0], (String) r[1]));
        }
        return numbers;
    }

    /** Names, kinds and employee numbers by person id, in one query: what a call sheet or a schedule prints. */
    public Map<UUID, PersonSummary> summaries(java.util.Collection<UUID> personIds) {
        Map<UUID, PersonSummary> summaries = new java.util.HashMap<>();
        if (!personIds.isEmpty()) {
            Person.<Person> list("id in ?1", personIds).forEach(p -> summaries.put(p.id,
                    new PersonSummary(p.id, p.employeeNumber, p.lastName, p.firstNames, p.kind)));
        }
        return summaries;
    }

    public Optional<PersonKind> kind(UUID personId) {
        return Person.<Person> findByIdOptional(personId).map(p -> p.kind);
    }

    /** The record in full, for the payroll role. */
    PersonDto view(Person p) {
        return toDto(p, true);
    }

    private PersonDto toDto(Person p, boolean full) {
        PersonalData d = read(p.personalData);
        if (full) {
            return new PersonDto(p.id, p.employeeNumber, p.lastName, p.firstNames, p.sex, p.kind, false, d.nir(), d.birthDate(),
                    d.birthPlace(), d.birthDepartement(), d.address(), d.iban(), p.congesSpectaclesNumber, p.medicalVisitDate,
                    p.version, p.createdAt, p.pseudonymisedAt);
        }
        return new PersonDto(p.id, p.employeeNumber, p.lastName, p.firstNames, p.sex, p.kind, true,
                d.nir() == null ? null : Nir.mask(d.nir()), null, null, null, null, d.iban() == null ? null : Iban.mask(d.iban()),
                p.congesSpectaclesNumber, p.medicalVisitDate, p.version, p.createdAt, p.pseudonymisedAt);
    }

    private String write(PersonalData data) {
        try {
            return mapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("personal data cannot be serialised");
        }
    }

    private PersonalData read(String ciphertext) {
        if (ciphertext == null) {
            return PersonalData.ERASED;
        }
        try {
            return mapper.readValue(cipher.decrypt(ciphertext), PersonalData.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("personal data cannot be read");
        }
    }
}
