package fr.bobine.rights.contract;

import io.quarkus.panache.common.Sort;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.bobine.platform.audit.AuditTrail;
import fr.bobine.platform.http.Etags;
import fr.bobine.platform.http.PageRequest;
import fr.bobine.platform.money.Money;
import fr.bobine.platform.outbox.Outbox;
import fr.bobine.platform.problem.Problem;
import fr.bobine.platform.problem.ProblemException;
import fr.bobine.rights.availability.BlockChecks;
import fr.bobine.rights.work.WorkDto;
import fr.bobine.rights.work.WorkKind;
import fr.bobine.rights.work.WorkService;

@ApplicationScoped
public class ContractService {

    public static final String SIGNED = "rights.contract.signed";
    /** CNC devis chapter 1: rights (droits artistiques), where authors' and music fees are budgeted. */
    static final String BUDGET_CHAPTER = "1";
    static final String BUDGET_CHAPTER_LABEL = "Droits artistiques";

    @Inject
    WorkService works;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    ObjectMapper mapper;

    @Transactional
    public RightsContractDto create(UUID productionId, NewRightsContract request) {
        check(productionId, request);
        RightsContractRecord record = new RightsContractRecord();
        record.id = UUID.randomUUID();
        record.productionId = productionId;
        record.status = ContractStatus.DRAFT;
        record.createdAt = Instant.now();
        draft(record, request);
        record.persist();
        RightsContractDto dto = toDto(record);
        audit.record("rights-contract.create", "rights-contract", record.id, null, dto);
        return dto;
    }

    /** Replaces a draft whole (If-Match on its version), with the checks of creation; a signed contract is changed by amendment. */
    @Transactional
    public RightsContractDto replace(UUID productionId, UUID id, String ifMatch, NewRightsContract request) {
        RightsContractRecord record = requireDraft(productionId, id, ifMatch, "replaced");
        check(productionId, request);
        RightsContractDto before = toDto(record);
        draft(record, request);
        RightsContractRecord.getEntityManager().flush();
        RightsContractDto after = toDto(record);
        audit.record("rights-contract.replace", "rights-contract", id, before, after);
        return after;
    }

    /** Deletes a draft (If-Match on its version); nothing else keeps a draft's id, and a signed contract is never deleted. */
    @Transactional
    public void delete(UUID productionId, UUID id, String ifMatch) {
        RightsContractRecord record = requireDraft(productionId, id, ifMatch, "deleted");
        audit.record("rights-contract.delete", "rights-contract", id, toDto(record), null);
        record.delete();
    }

    private void check(UUID productionId, NewRightsContract request) {
        WorkService.requireProduction(productionId);
        List<Problem.FieldError> errors = new ArrayList<>();
        BlockChecks.problems("blocks", request.blocks()).forEach(p -> errors.add(new Problem.FieldError(p[0], p[1])));
        AmountsDue.problems(request.remuneration()).forEach(p -> errors.add(new Problem.FieldError(p[0], p[1])));
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "validation", "Invalid request", errors.get(0).field() + ": " + errors.get(0).reason(), errors);
        }
        if (works.find(productionId, request.workId()).isEmpty()) {
            throw ProblemException.badRequest("workId", "is not a work of production " + productionId);
        }
    }

    /** Writes the request into a draft, with its amounts due: the same mapping on creation and on replacement. */
    private void draft(RightsContractRecord record, NewRightsContract request) {
        record.workId = request.workId();
        record.kind = request.kind();
        record.holderName = request.holderName();
        List<AmountDue> due = AmountsDue.of(request.remuneration());
        record.document = write(new RightsContractDto(record.id, record.productionId, request.workId(), request.kind(),
                request.holderName(), request.reference(), request.blocks(), request.remuneration(), due,
                AmountsDue.total(due, currency(request.remuneration())), ContractStatus.DRAFT, null, null, 0));
    }

    private RightsContractRecord requireDraft(UUID productionId, UUID id, String ifMatch, String change) {
        RightsContractRecord record = require(productionId, id);
        Etags.requireMatch(ifMatch, record.version);
        if (record.status != ContractStatus.DRAFT) {
            throw ProblemException.conflict("rights contract " + id + " was signed on " + record.signedOn + " and cannot be " + change
                    + ": a signed contract is changed by amendment");
        }
        return record;
    }

    /** Signs a draft (If-Match on its version) and publishes rights.contract.signed with the amounts due. */
    @Transactional
    public RightsContractDto sign(UUID productionId, UUID id, String ifMatch, ContractSignature signature) {
        RightsContractRecord record = require(productionId, id);
        Etags.requireMatch(ifMatch, record.version);
        if (record.status == ContractStatus.SIGNED) {
            throw ProblemException.conflict("rights contract " + id + " was already signed on " + record.signedOn);
        }
        RightsContractDto before = toDto(record);
        WorkDto work = works.find(productionId, record.workId).orElseThrow(() -> ProblemException.notFound("work", record.workId));
        record.status = ContractStatus.SIGNED;
        record.signedOn = signature.signedOn();
        record.document = write(new RightsContractDto(before.id(), productionId, before.workId(), before.kind(), before.holderName(),
                before.reference(), before.blocks(), before.remuneration(), before.amountsDue(), before.totalFixed(), ContractStatus.SIGNED,
                signature.signedOn(), signature.signedBy(), 0));
        RightsContractRecord.getEntityManager().flush();
        RightsContractDto after = toDto(record);
        outbox.publish(SIGNED, productionId, new RightsContractSigned(id, productionId, work.id(), work.title(), record.kind,
                record.holderName, record.signedOn, BUDGET_CHAPTER, BUDGET_CHAPTER_LABEL, budgetLine(work.kind()), after.amountsDue(),
                after.totalFixed()));
        audit.record("rights-contract.sign", "rights-contract", id, before, after);
        return after;
    }

    static String budgetLine(WorkKind kind) {
        return switch (kind) {
            case NOVEL -> "Droits d'adaptation";
            case SCREENPLAY, ADAPTATION, DIALOGUES -> "Scénario, adaptation et dialogues";
            case ORIGINAL_SCORE, PRE_EXISTING_MUSIC -> "Musique";
            case ARCHIVE_FOOTAGE, PHOTOGRAPH, OTHER -> "Droits d'archives et autres droits";
        };
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RightsContractDto> find(UUID productionId, UUID id) {
        return Optional.ofNullable(RightsContractRecord.<RightsContractRecord> findById(id))
                .filter(c -> c.productionId.equals(productionId)).map(this::toDto);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RightsContractPage list(UUID productionId, ContractStatus status, UUID workId, PageRequest page) {
        WorkService.requireProduction(productionId);
        StringBuilder query = new StringBuilder("productionId = :productionId");
        Map<String, Object> params = new HashMap<>();
        params.put("productionId", productionId);
        if (status != null) {
            query.append(" and status = :status");
            params.put("status", status);
        }
        if (workId != null) {
            query.append(" and workId = :workId");
            params.put("workId", workId);
        }
        var found = RightsContractRecord.<RightsContractRecord> find(query.toString(), Sort.by("createdAt").and("id"), params)
                .page(page.page, page.size);
        long total = found.count();
        return new RightsContractPage(found.list().stream().map(this::toDto).toList(), page.page, page.size, total,
                page.totalPages(total), page.nextPage(total));
    }

    /** Every rights contract of the production, drafts included, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RightsContractDto> ofProduction(UUID productionId) {
        return RightsContractRecord.<RightsContractRecord> list("productionId = ?1 order by createdAt", productionId).stream()
                .map(this::toDto).toList();
    }

    private RightsContractRecord require(UUID productionId, UUID id) {
        RightsContractRecord record = RightsContractRecord.findById(id);
        if (record == null || !record.productionId.equals(productionId)) {
            throw ProblemException.notFound("rights contract", id);
        }
        return record;
    }

    private static String currency(Remuneration r) {
        if (!r.flatFees().isEmpty()) {
            return r.flatFees().get(0).amount().currency();
        }
        return r.minimumGuarantee() != null ? r.minimumGuarantee().currency() : Money.EUR;
    }

    private RightsContractDto toDto(RightsContractRecord r) {
        try {
            RightsContractDto d = mapper.readValue(r.document, RightsContractDto.class);
            return new RightsContractDto(d.id(), d.productionId(), d.workId(), d.kind(), d.holderName(), d.reference(), d.blocks(),
                    d.remuneration(), d.amountsDue(), d.totalFixed(), r.status, r.signedOn, d.signedBy(), r.version);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("rights contract " + r.id + " cannot be read", e);
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
