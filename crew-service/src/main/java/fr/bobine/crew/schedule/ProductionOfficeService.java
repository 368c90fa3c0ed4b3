package fr.bobine.crew.schedule;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.CollectionType;

import fr.bobine.crew.grid.GridService;
import fr.bobine.platform.audit.AuditTrail;
import fr.bobine.platform.http.Etags;
import fr.bobine.platform.problem.ProblemException;

/** The production office's settings of each production, and how they place a person in a department. */
@ApplicationScoped
public class ProductionOfficeService {

    @Inject
    GridService grid;

    @Inject
    AuditTrail audit;

    @Inject
    ObjectMapper mapper;

    Clock clock = Clock.systemUTC();

    /** The settings, or empty ones at version 0 when the production office never saved any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProductionOfficeDto get(UUID productionId) {
        BreakdownService.requireProduction(productionId);
        ProductionOffice office = ProductionOffice.findById(productionId);
        return office == null ? new ProductionOfficeDto(productionId, null, null, List.of(), List.of(), List.of(), 0, null) : toDto(office);
    }

    @Transactional
    public ProductionOfficeDto replace(UUID productionId, String ifMatch, ProductionOfficeInput input) {
        BreakdownService.requireProduction(productionId);
        ProductionOffice office = ProductionOffice.findById(productionId, LockModeType.PESSIMISTIC_WRITE);
        Etags.requireMatch(ifMatch, office == null ? 0 : office.version);
        check(input);
        ProductionOfficeDto before = office == null ? null : toDto(office);
        if (office == null) {
            office = new ProductionOffice();
            office.productionId = productionId;
        }
        office.address = input.address();
        office.phone = input.phone();
        office.departmentCalls = write(input.departmentCalls());
        office.emergencyContacts = write(input.emergencyContacts());
        office.positionDepartments = write(input.positionDepartments());
        office.version = office.version + 1;
        office.updatedAt = Instant.now(clock);
        office.persist();
        ProductionOfficeDto after = toDto(office);
        audit.record("production-office.replace", "production_office", productionId, before, after);
        return after;
    }

    /** Where each department is called relative to the unit; a department without settings is called with the unit. */
    Map<Department, DepartmentCall> departmentCalls(ProductionOfficeDto office) {
        Map<Department, DepartmentCall> calls = new EnumMap<>(Department.class);
        office.departmentCalls().forEach(c -> calls.put(c.department(), c));
        return calls;
    }

    /** The production's own filing of positions over the seeded one; positions in neither are OTHER (CAST for artists). */
    Map<String, Department> positionDepartments(ProductionOfficeDto office) {
        Map<String, Department> departments = new HashMap<>();
        PositionDepartment.<PositionDepartment> listAll().forEach(p -> departments.put(p.positionCode, p.department));
        office.positionDepartments().forEach(p -> departments.put(p.positionCode(), p.department()));
        return departments;
    }

    private void check(ProductionOfficeInput input) {
        Set<Department> seen = new HashSet<>();
        for (int i = 0; i < input.departmentCalls().size(); i++) {
            DepartmentCall c = input.departmentCalls().get(i);
            if (!seen.add(c.department())) {
                throw ProblemException.badRequest("departmentCalls[" + i + "].department", "the department is already listed");
            }
            if (c.callOffsetMinutes() % 15 != 0) {
                throw ProblemException.badRequest("departmentCalls[" + i + "].callOffsetMinutes", "must be in quarter hours");
            }
            if (c.wrapOffsetMinutes() % 15 != 0) {
                throw ProblemException.badRequest("departmentCalls[" + i + "].wrapOffsetMinutes", "must be in quarter hours");
            }
        }
        Set<String> positions = new HashSet<>();
        for (int i = 0; i < input.positionDepartments().size(); i++) {
            String code = input.positionDepartments().get(i).positionCode();
            if (!positions.add(code)) {
                throw ProblemException.badRequest("positionDepartments[" + i + "].positionCode", "the position is already listed");
            }
            if (grid.position(code).isEmpty()) {
                throw ProblemException.badRequest("positionDepartments[" + i + "].positionCode", "unknown position " + code);
            }
        }
    }

    private ProductionOfficeDto toDto(ProductionOffice o) {
        return new ProductionOfficeDto(o.productionId, o.address, o.phone, read(o.departmentCalls, DepartmentCall.class),
                read(o.emergencyContacts, EmergencyContact.class), read(o.positionDepartments, PositionDepartmentInput.class),
                o.version, o.updatedAt);
    }

    private <T> List<T> read(String json, Class<T> type) {
        try {
            CollectionType list = mapper.getTypeFactory().constructCollectionType(List.class, type);
            return mapper.readValue(json, list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("production office settings cannot be read", e);
        }
    }

    private String write(List<?> values) {
        try {
            return mapper.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
