package fr.bobine.rights.work;

import io.quarkus.panache.common.Sort;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.bobine.platform.audit.AuditTrail;
import fr.bobine.platform.http.PageRequest;
import fr.bobine.platform.problem.Problem;
import fr.bobine.platform.problem.ProblemException;
import fr.bobine.rights.cuesheet.MusicIdentifiers;
import fr.bobine.rights.production.ProductionCopy;

@ApplicationScoped
public class WorkService {

    @Inject
    ObjectMapper mapper;

    @Inject
    AuditTrail audit;

    @Transactional
    public WorkDto create(UUID productionId, NewWork request) {
        requireProduction(productionId);
        List<RightsHolder> holders = request.holders() == null ? List.of() : request.holders();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < holders.size(); i++) {
            String ipi = holders.get(i).ipi();
            if (ipi != null && !MusicIdentifiers.isIpi(ipi)) {
                errors.add(new Problem.FieldError("holders[" + i + "].ipi", "must be an IPI name number of 11 digits or a base number I-999999999-9"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "validation", "Invalid request", "a rights holder's IPI is malformed", errors);
        }
        if (request.adaptedFrom() != null && find(productionId, request.adaptedFrom()).isEmpty()) {
            throw ProblemException.badRequest("adaptedFrom", "is not a work of this production");
        }
        WorkRecord work = new WorkRecord();
        work.id = UUID.randomUUID();
        work.productionId = productionId;
        work.kind = request.kind();
        work.title = request.title();
        work.adaptedFrom = request.adaptedFrom();
        work.document = write(holders);
        work.createdAt = Instant.now();
        work.persist();
        WorkDto dto = toDto(work);
        audit.record("work.create", "work", work.id, null, dto);
        return dto;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<WorkDto> find(UUID productionId, UUID id) {
        return Optional.ofNullable(WorkRecord.<WorkRecord> findById(id)).filter(w -> w.productionId.equals(productionId)).map(this::toDto);
    }

    /** Every underlying work of the production, oldest first: what the chain of title and availability assess. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WorkDto> ofProduction(UUID productionId) {
        requireProduction(productionId);
        return WorkRecord.<WorkRecord> list("productionId", Sort.by("createdAt").and("title").and("id"), productionId).stream()
                .map(this::toDto).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkPage list(UUID productionId, PageRequest page) {
        requireProduction(productionId);
        var found = WorkRecord.<WorkRecord> find("productionId", Sort.by("createdAt").and("title").and("id"), productionId)
                .page(page.page, page.size);
        long total = found.count();
        return new WorkPage(found.list().stream().map(this::toDto).toList(), page.page, page.size, total,
                page.totalPages(total), page.nextPage(total));
    }

    public static void requireProduction(UUID productionId) {
        if (ProductionCopy.findById(productionId) == null) {
            throw ProblemException.notFound("production", productionId);
        }
    }

    private WorkDto toDto(WorkRecord w) {
        try {
            return new WorkDto(w.id, w.productionId, w.kind, w.title, w.adaptedFrom,
                    mapper.readValue(w.document, new TypeReference<List<RightsHolder>>() {
                    }), w.version);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("work " + w.id + " cannot be read", e);
        }
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
