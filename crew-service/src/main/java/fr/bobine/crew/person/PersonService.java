package fr.bobine.crew.person;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.bobine.platform.audit.AuditTrail;
import fr.bobine.platform.http.PageRequest;
import fr.bobine.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PersonService {

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
        Optional<String> nir = Nir.normalize(request.nir());
        nir.flatMap(Nir::problem).ifPresent(reason -> {
            throw ProblemException.badRequest("nir", reason);
        });
        Optional<String> iban = Iban.normalize(request.iban());
        iban.flatMap(Iban::problem).ifPresent(reason -> {
            throw ProblemException.badRequest("iban", reason);
        });
        String fingerprint = nir.map(cipher::fingerprint).orElse(null);
        if (fingerprint != null && Person.count("nirFingerprint", fingerprint) > 0) {
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

    /** Reading a person is audited, with whether the caller saw the personal data in full. */
    @Transactional
    public Optional<PersonDto> read(UUID id, boolean fullPersonalData) {
        Optional<Person> person = Person.findByIdOptional(id);
        person.ifPresent(p -> audit.record(fullPersonalData ? "person.read-personal-data" : "person.read-masked", "person",
                p.id, null, null));
        return person.map(p -> toDto(p, fullPersonalData));
    }

    @Transactional
    public PersonPage search(String name, PageRequest page, boolean fullPersonalData) {
        String pattern = "%" + (name == null ? "" : name.strip().toLowerCase()) + "%";
        var found = Person.<Person> find("lower(lastName) like ?1 or lower(firstNames) like ?1 "
                + "or lower(concat(firstNames, ' ', lastName)) like ?1", Sort.by("lastName").and("firstNames").and("id"), pattern)
                .page(page.page, page.size);
        long total = found.count();
        var items = found.list().stream().map(p -> toDto(p, fullPersonalData)).toList();
        if (fullPersonalData && !items.isEmpty()) {
            audit.record("person.search-personal-data", "person", "search", null, Map.of("count", items.size()));
        }
        return new PersonPage(items, page.page, page.size, total, page.totalPages(total), page.nextPage(total));
    }

    /** The decrypted personal data, for DPAE and payroll documents inside crew-service. */
    public PersonalRecord personalRecord(UUID personId) {
        Person p = Person.<Person> findByIdOptional(personId).orElseThrow(() -> ProblemException.notFound("person", personId));
        PersonalData data = read(p.personalData);
        return new PersonalRecord(p.id, p.employeeNumber, p.lastName, p.firstNames, p.sex, p.kind, data.nir(), data.birthDate(),
                data.birthPlace(), data.birthDepartement(), data.address(), p.congesSpectaclesNumber, p.medicalVisitDate);
    }

    public boolean exists(UUID personId) {
        return Person.count("id", personId) > 0;
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

    public Optional<PersonKind> kind(UUID personId) {
        return Person.<Person> findByIdOptional(personId).map(p -> p.kind);
    }

    private PersonDto toDto(Person p, boolean full) {
        PersonalData d = read(p.personalData);
        if (full) {
            return new PersonDto(p.id, p.employeeNumber, p.lastName, p.firstNames, p.sex, p.kind, false, d.nir(), d.birthDate(),
                    d.birthPlace(), d.birthDepartement(), d.address(), d.iban(), p.congesSpectaclesNumber, p.medicalVisitDate,
                    p.version, p.createdAt);
        }
        return new PersonDto(p.id, p.employeeNumber, p.lastName, p.firstNames, p.sex, p.kind, true,
                d.nir() == null ? null : Nir.mask(d.nir()), null, null, null, null, d.iban() == null ? null : Iban.mask(d.iban()),
                p.congesSpectaclesNumber, p.medicalVisitDate, p.version, p.createdAt);
    }

    private String write(PersonalData data) {
        try {
            return mapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("personal data cannot be serialised");
        }
    }

    private PersonalData read(String ciphertext) {
        try {
            return mapper.readValue(cipher.decrypt(ciphertext), PersonalData.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("personal data cannot be read");
        }
    }
}
