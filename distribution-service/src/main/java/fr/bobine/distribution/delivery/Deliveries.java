package fr.bobine.distribution.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.bobine.distribution.contract.Contracts;
import fr.bobine.distribution.delivery.DeliveryDtos.DcpNameCheck;
import fr.bobine.distribution.delivery.DeliveryDtos.DeliverableDto;
import fr.bobine.distribution.delivery.DeliveryDtos.DeliverablePage;
import fr.bobine.distribution.delivery.DeliveryDtos.NewDeliverable;
import fr.bobine.distribution.delivery.DeliveryDtos.QcTransitionDto;
import fr.bobine.distribution.delivery.DeliveryDtos.QcTransitionRequest;
import fr.bobine.distribution.production.Productions;
import fr.bobine.platform.audit.AuditTrail;
import fr.bobine.platform.http.Etags;
import fr.bobine.platform.http.PageRequest;
import fr.bobine.platform.problem.ProblemException;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Delivery schedules per recipient and the QC life of each deliverable. */
@ApplicationScoped
public class Deliveries {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    Contracts contracts;

    @Inject
    AuditTrail audit;

    @Transactional
    public DeliverableDto create(UUID productionId, NewDeliverable in) {
        Productions.require(productionId);
        if (in.mgInstalmentId() != null && contracts.instalmentOf(productionId, in.mgInstalmentId()).isEmpty()) {
            throw ProblemException.badRequest("mgInstalmentId", "no MG instalment " + in.mgInstalmentId() + " on this production's contracts");
        }
        Deliverable d = new Deliverable();
        d.id = UUID.randomUUID();
        d.productionId = productionId;
        d.recipient = in.recipient().strip();
        d.kind = in.kind();
        d.dueOn = in.dueOn();
        d.spec = in.spec();
        d.dcpName = in.dcpName();
        d.qcState = QcState.REQUESTED;
        d.mgInstalmentId = in.mgInstalmentId();
        d.updatedAt = Instant.now();
        d.persistAndFlush();
        log(d, null, QcState.REQUESTED, null, audit.actor());
        DeliverableDto created = toDto(d);
        audit.record("deliverable.create", "deliverable", d.id, null, created);
        return created;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<DeliverableDto> find(UUID productionId, UUID id) {
        return Deliverable.<Deliverable> findByIdOptional(id).filter(d -> d.productionId.equals(productionId)).map(this::toDto);
    }

    /** The delivery schedule: by due date, optionally of one recipient or one QC state. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DeliverablePage list(UUID productionId, String recipient, QcState state, PageRequest page) {
        Productions.require(productionId);
        StringBuilder q = new StringBuilder("productionId = :p");
        Parameters params = Parameters.with("p", productionId);
        if (recipient != null) {
            q.append(" and recipient = :r");
            params.and("r", recipient);
        }
        if (state != null) {
            q.append(" and qcState = :s");
            params.and("s", state);
        }
        var found = Deliverable.<Deliverable> find(q.toString(), Sort.ascending("dueOn", "recipient", "kind"), params)
                .page(page.page, page.size);
        long total = found.count();
        return new DeliverablePage(found.list().stream().map(this::toDto).toList(), page.page, page.size, total, page.nextPage(total));
    }

    /**
     * Moves a deliverable along the QC state machine (409 for a move it does not have). Accepting the last deliverable
     * an ON_DELIVERY MG instalment waits for makes it fall due.
     */
    @Transactional
    public DeliverableDto transition(UUID productionId, UUID id, String ifMatch, QcTransitionRequest request) {
        Deliverable d = Deliverable.<Deliverable> findByIdOptional(id).filter(x -> x.productionId.equals(productionId))
                .orElseThrow(() -> ProblemException.notFound("deliverable", id));
        Etags.requireMatch(ifMatch, d.version);
        move(d, request.to(), request.note(), audit.actor());
        if (d.qcState == QcState.ACCEPTED && d.mgInstalmentId != null
                && Deliverable.count("mgInstalmentId = ?1 and qcState <> ?2", d.mgInstalmentId, QcState.ACCEPTED) == 0) {
            contracts.deliveryCompleted(d.mgInstalmentId, d.id, LocalDate.now(PARIS));
        }
        return toDto(d);
    }

    /** rights.cuesheet.finalized: the music cue sheet deliverables waiting for it are delivered. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int cueSheetFinalized(UUID productionId, String note) {
        List<Deliverable> waiting = Deliverable.list("productionId = ?1 and kind = ?2 and qcState in ?3", productionId,
                DeliverableKind.MUSIC_CUE_SHEET, List.of(QcState.REQUESTED, QcState.REDELIVERY_REQUESTED));
        for (Deliverable d : waiting) {
            move(d, QcState.DELIVERED, note, "rights-service");
        }
        return waiting.size();
    }

    public static DcpNameCheck check(String name) {
        DcpName.Report report = DcpName.parse(name);
        return new DcpNameCheck(report.name(), report.fields(), report.warnings());
    }

    private void move(Deliverable d, QcState to, String note, String actor) {
        QcState from = d.qcState;
        if (!from.canMoveTo(to)) {
            throw new ProblemException(409, "illegal-qc-transition", "Conflict with the current state",
                    "a deliverable in " + from + " cannot move to " + to + "; allowed: " + from.next(), null);
        }
        d.qcState = to;
        d.updatedAt = Instant.now();
        d.flush();
        log(d, from, to, note, actor);
        audit.record("deliverable.qc", "deliverable", d.id, from, to);
    }

    private void log(Deliverable d, QcState from, QcState to, String note, String actor) {
        DeliverableTransition t = new DeliverableTransition();
        t.deliverableId = d.id;
        t.fromState = from;
        t.toState = to;
        t.note = note;
        t.occurredAt = Instant.now();
        t.actor = actor;
        t.persist();
    }

    private DeliverableDto toDto(Deliverable d) {
        List<QcTransitionDto> history = DeliverableTransition.<DeliverableTransition> list("deliverableId", Sort.ascending("id"), d.id)
                .stream().map(t -> new QcTransitionDto(t.fromState, t.toState, t.note, t.occurredAt, t.actor)).toList();
        return new DeliverableDto(d.id, d.productionId, d.recipient, d.kind, d.dueOn, d.spec, d.dcpName,
                d.dcpName == null ? null : check(d.dcpName), d.qcState, d.qcState.next().stream().sorted().toList(),
                d.mgInstalmentId, d.version, history);
    }
}
