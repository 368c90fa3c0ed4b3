package fr.bobine.distribution.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import fr.bobine.distribution.contract.ContractDtos.AmendmentDto;
import fr.bobine.distribution.contract.ContractDtos.AmendmentPage;
import fr.bobine.distribution.contract.ContractDtos.ContractDto;
import fr.bobine.distribution.contract.ContractDtos.ContractPage;
import fr.bobine.distribution.contract.ContractDtos.ContractSignature;
import fr.bobine.distribution.contract.ContractDtos.ContractTerms;
import fr.bobine.distribution.contract.ContractDtos.NewAmendment;
import fr.bobine.distribution.contract.ContractDtos.NewContract;
import fr.bobine.distribution.contract.ContractDtos.NewInstalment;
import fr.bobine.distribution.contract.ContractDtos.RightsBlock;
import fr.bobine.distribution.contract.ContractEnums.ContractStatus;
import fr.bobine.distribution.contract.ContractEnums.InstalmentStatus;
import fr.bobine.distribution.contract.ContractEnums.InstalmentTrigger;
import fr.bobine.distribution.production.Productions;
import fr.bobine.distribution.release.ReleaseProfileDto;
import fr.bobine.distribution.release.ReleaseProfiles;
import fr.bobine.distribution.window.MediaChronology;
import fr.bobine.distribution.window.MediaWindows;
import fr.bobine.distribution.window.RightsMedia;
import fr.bobine.platform.audit.AuditTrail;
import fr.bobine.platform.http.Etags;
import fr.bobine.platform.http.PageRequest;
import fr.bobine.platform.money.DecimalString;
import fr.bobine.platform.money.Money;
import fr.bobine.platform.outbox.Outbox;
import fr.bobine.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;

/** Distribution and sales contracts, their MG instalments and their signature. */
@ApplicationScoped
public class Contracts {

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    MediaWindows windows;

    @Inject
    ReleaseProfiles profiles;

    /** What another feature may know of a contract. */
    public record ContractRef(UUID id, UUID productionId, String counterpartyName, boolean signed, int reportingMonths) {
    }

    @Transactional
    public ContractDto create(UUID productionId, NewContract in) {
        Productions.require(productionId);
        checkBlocks(in.rightsBlocks());
        List<NewInstalment> instalments = in.instalments() == null ? List.of() : in.instalments();
        Money mg = in.minimumGuarantee();
        if (mg == null && !instalments.isEmpty()) {
            throw ProblemException.badRequest("instalments", "instalments need a minimumGuarantee");
        }
        if (mg != null && mg.signum() <= 0) {
            throw ProblemException.badRequest("minimumGuarantee", "must be positive");
        }
        if (mg != null && instalments.isEmpty()) {
            instalments = List.of(new NewInstalment("MG on signature", InstalmentTrigger.ON_SIGNATURE, BigDecimal.ONE, null));
        }
        BigDecimal shares = instalments.stream().map(NewInstalment::share).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (mg != null && shares.compareTo(BigDecimal.ONE) != 0) {
            throw ProblemException.badRequest("instalments", "the shares add up to " + shares.stripTrailingZeros().toPlainString()
                    + ", not 1");
        }
        for (int i = 0; i < instalments.size(); i++) {
            if (instalments.get(i).trigger() == InstalmentTrigger.ON_DATE && instalments.get(i).dueOn() == null) {
                throw ProblemException.badRequest("instalments[" + i + "].dueOn", "an ON_DATE instalment needs its date");
            }
        }
        if (in.expenseCap() != null && in.expenseCap().signum() < 0) {
            throw ProblemException.badRequest("expenseCap", "must not be negative");
        }
        Contract c = new Contract();
        c.id = UUID.randomUUID();
        c.productionId = productionId;
        c.counterpartyName = in.counterpartyName();
        c.counterpartyKind = in.counterpartyKind();
        c.status = ContractStatus.DRAFT;
        c.rightsBlocks = normalised(in.rightsBlocks());
        if (mg != null) {
            c.mgAmount = mg.rounded().amount();
            c.mgCurrency = mg.currency();
        }
        c.commissionRate = in.commissionRate();
        if (in.expenseCap() != null) {
            c.expenseCapAmount = in.expenseCap().rounded().amount();
            c.expenseCapCurrency = in.expenseCap().currency();
        }
        c.reportingFrequency = in.reportingFrequency();
        c.createdAt = Instant.now();
        c.persistAndFlush();
        if (mg != null) {
            List<BigDecimal> amounts = LargestRemainder.split(c.mgAmount,
                    instalments.stream().map(NewInstalment::share).toList());
            for (int i = 0; i < instalments.size(); i++) {
                NewInstalment n = instalments.get(i);
                MgInstalment row = new MgInstalment();
                row.id = UUID.randomUUID();
                row.contractId = c.id;
                row.position = i + 1;
                row.label = n.label();
                row.trigger = n.trigger();
                row.share = n.share();
                row.amount = amounts.get(i);
                row.currency = c.mgCurrency;
                row.status = InstalmentStatus.SCHEDULED;
                row.dueOn = n.dueOn();
                row.persist();
            }
        }
        ContractDto created = toDto(c);
        audit.record("contract.create", "distribution_contract", c.id, null, created);
        return created;
    }

    private void checkBlocks(List<RightsBlock> blocks) {
        var knownWindows = windows.list(null);
        for (int i = 0; i < blocks.size(); i++) {
            RightsBlock b = blocks.get(i);
            if (b.termEnd().isBefore(b.termStart())) {
                throw ProblemException.badRequest("rightsBlocks[" + i + "].termEnd", "must not be before termStart");
            }
            if (b.windowCode() != null && knownWindows.stream()
                    .noneMatch(w -> w.code().equals(b.windowCode()) && b.media().contains(w.media()))) {
                throw ProblemException.badRequest("rightsBlocks[" + i + "].windowCode",
                        "no window " + b.windowCode() + " for the media " + b.media());
            }
        }
    }

    private static List<RightsBlock> normalised(List<RightsBlock> blocks) {
        return blocks.stream().map(b -> new RightsBlock(b.media(), b.territories(), b.languages(), b.termStart(), b.termEnd(),
                b.exclusive(), b.windowCode(), b.holdbacks() == null ? List.of() : b.holdbacks())).toList();
    }

    /**
     * Amends a signed contract (If-Match on the contract): the terms as amended replace the contract's, the amendment
     * keeps both, a changed MG replans the instalments not yet due ({@link MgReplan}), and
     * distribution.contract.amended is published, then distribution.mg.instalment.fell-due for an instalment due at
     * once. 409 for a draft, 422 when nothing changes, the MG is removed or goes below what has fallen due.
     */
    @Transactional
    public AmendmentDto amend(UUID productionId, UUID contractId, String ifMatch, NewAmendment in) {
        Contract c = load(productionId, contractId);
        Etags.requireMatch(ifMatch, c.version);
        if (c.status != ContractStatus.SIGNED) {
            throw ProblemException.conflict("contract " + contractId + " is a draft: a contract is amended once signed");
        }
        checkBlocks(in.rightsBlocks());
        Optional<ContractAmendment> last = ContractAmendment.<ContractAmendment> find("contractId", Sort.descending("number"), c.id)
                .firstResultOptional();
        LocalDate notBefore = last.map(a -> a.signedOn).orElse(c.signedOn);
        if (in.signedOn().isBefore(notBefore)) {
            throw ProblemException.badRequest("signedOn", "is before " + (last.isPresent() ? "amendment " + last.get().number
                    : "the contract") + " signed on " + notBefore);
        }
        Money mg = in.minimumGuarantee();
        Money previous = c.minimumGuarantee();
        if (mg != null && mg.signum() <= 0) {
            throw ProblemException.badRequest("minimumGuarantee", "must be positive");
        }
        if (mg != null && previous != null && !mg.currency().equals(previous.currency())) {
            throw ProblemException.badRequest("minimumGuarantee", "stays in the contract's currency " + previous.currency());
        }
        if (in.expenseCap() != null && in.expenseCap().signum() < 0) {
            throw ProblemException.badRequest("expenseCap", "must not be negative");
        }
        if (mg == null && previous != null) {
            throw ProblemException.businessRule("minimum-guarantee-removed", "an amendment can lower the minimum guarantee to "
                    + "what has fallen due, not remove it");
        }
        ContractTerms before = terms(c);
        Money newMg = mg == null ? null : mg.rounded();
        Money newCap = in.expenseCap() == null ? null : in.expenseCap().rounded();
        List<RightsBlock> blocks = normalised(in.rightsBlocks());
        List<String> changes = new ArrayList<>();
        if (!blocks.equals(c.rightsBlocks)) {
            changes.add("rightsBlocks");
        }
        if (!sameMoney(newMg, previous)) {
            changes.add("minimumGuarantee");
        }
        if (!sameRate(in.commissionRate(), c.commissionRate)) {
            changes.add("commissionRate");
        }
        if (!sameMoney(newCap, c.expenseCap())) {
            changes.add("expenseCap");
        }
        if (in.reportingFrequency() != c.reportingFrequency) {
            changes.add("reportingFrequency");
        }
        if (changes.isEmpty()) {
            throw ProblemException.businessRule("amendment-changes-nothing", "the amended terms are the contract's terms");
        }
        int number = last.map(a -> a.number + 1).orElse(1);
        MgInstalment dueAtSigning = changes.contains("minimumGuarantee") ? replan(c, newMg, number, in.signedOn()) : null;
        c.rightsBlocks = blocks;
        if (newMg != null) {
            c.mgAmount = newMg.amount();
            c.mgCurrency = newMg.currency();
        }
        c.commissionRate = in.commissionRate();
        c.expenseCapAmount = newCap == null ? null : newCap.amount();
        c.expenseCapCurrency = newCap == null ? null : newCap.currency();
        c.reportingFrequency = in.reportingFrequency();
        c.flush();
        ContractAmendment a = new ContractAmendment();
        a.id = UUID.randomUUID();
        a.contractId = c.id;
        a.productionId = c.productionId;
        a.number = number;
        a.signedOn = in.signedOn();
        a.reason = in.reason();
        a.changes = changes;
        a.termsBefore = before;
        a.termsAfter = terms(c);
        a.createdAt = Instant.now();
        a.persist();
        outbox.publish(ContractAmended.TYPE, c.productionId, new ContractAmended(a.id, c.id, c.productionId, number, a.signedOn,
                a.reason, changes, c.counterpartyName, c.counterpartyKind.name(), c.rightsBlocks, c.minimumGuarantee(), previous,
                a.termsAfter.instalments(), DecimalString.rate(c.commissionRate), c.expenseCap(), c.reportingFrequency.name()));
        if (dueAtSigning != null) {
            publishFellDue(c, dueAtSigning, null);
        }
        AmendmentDto dto = toDto(a);
        audit.record("contract.amend", "distribution_contract", c.id, before, dto);
        return dto;
    }

    /** Applies {@link MgReplan} to the instalments; returns the instalment due at signing, if the plan makes one. */
    private MgInstalment replan(Contract c, Money newMg, int number, LocalDate signedOn) {
        List<MgInstalment> instalments = new ArrayList<>(MgInstalment.<MgInstalment> find("contractId", Sort.ascending("position"), c.id)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list());
        MgReplan.Plan plan;
        try {
            plan = MgReplan.replan(newMg.amount(), instalments.stream()
                    .map(i -> new MgReplan.Instalment(i.id, i.status, i.amount)).toList());
        } catch (MgReplan.BelowOwed e) {
            throw ProblemException.businessRule("minimum-guarantee-below-owed", e.getMessage());
        }
        for (MgInstalment i : instalments) {
            if (plan.cancelled().contains(i.id)) {
                i.status = InstalmentStatus.CANCELLED;
            } else if (plan.rescheduled().containsKey(i.id)) {
                i.amount = plan.rescheduled().get(i.id);
            }
        }
        MgInstalment due = null;
        if (plan.dueAtSigning().signum() > 0) {
            due = new MgInstalment();
            due.id = UUID.randomUUID();
            due.contractId = c.id;
            due.position = instalments.size() + 1;
            due.label = "MG raised by amendment " + number;
            due.trigger = InstalmentTrigger.ON_SIGNATURE;
            due.amount = plan.dueAtSigning();
            due.currency = newMg.currency();
            due.status = InstalmentStatus.DUE;
            due.dueOn = signedOn;
            due.share = BigDecimal.ZERO;
            due.persist();
            instalments.add(due);
        }
        for (MgInstalment i : instalments) {
            // the share of the amended MG each instalment now stands for
            i.share = i.status == InstalmentStatus.CANCELLED ? BigDecimal.ZERO
                    : i.amount.divide(newMg.amount(), 6, java.math.RoundingMode.HALF_UP);
        }
        MgInstalment.flush();
        return due;
    }

    private static boolean sameMoney(Money a, Money b) {
        return a == null ? b == null : b != null && a.currency().equals(b.currency()) && a.amount().compareTo(b.amount()) == 0;
    }

    private static boolean sameRate(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private ContractTerms terms(Contract c) {
        return new ContractTerms(c.rightsBlocks, c.minimumGuarantee(), instalmentsOf(c), DecimalString.rate(c.commissionRate), c.expenseCap(),
                c.reportingFrequency);
    }

    private static List<ContractDtos.InstalmentDto> instalmentsOf(Contract c) {
        return MgInstalment.<MgInstalment> list("contractId", Sort.ascending("position"), c.id).stream().map(MgInstalment::toDto).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AmendmentPage amendments(UUID productionId, UUID contractId, PageRequest page) {
        Contract c = load(productionId, contractId);
        var found = ContractAmendment.<ContractAmendment> find("contractId", Sort.ascending("number"), c.id).page(page.page, page.size);
        long total = found.count();
        return new AmendmentPage(found.list().stream().map(Contracts::toDto).toList(), page.page, page.size, total,
                page.totalPages(total), page.nextPage(total));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AmendmentDto> amendment(UUID productionId, UUID contractId, UUID amendmentId) {
        return ContractAmendment.<ContractAmendment> findByIdOptional(amendmentId)
                .filter(a -> a.contractId.equals(contractId) && a.productionId.equals(productionId)).map(Contracts::toDto);
    }

    private static AmendmentDto toDto(ContractAmendment a) {
        return new AmendmentDto(a.id, a.contractId, a.productionId, a.number, a.signedOn, a.reason, a.changes, a.termsBefore,
                a.termsAfter);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ContractDto> find(UUID productionId, UUID id) {
        return Contract.<Contract> findByIdOptional(id).filter(c -> c.productionId.equals(productionId)).map(this::toDto);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ContractPage list(UUID productionId, PageRequest page) {
        Productions.require(productionId);
        var found = Contract.<Contract> find("productionId", Sort.ascending("createdAt", "id"), productionId).page(page.page, page.size);
        long total = found.count();
        return new ContractPage(found.list().stream().map(this::toDto).toList(), page.page, page.size, total, page.nextPage(total));
    }

    /** Signs a draft: on-signature instalments fall due, and rights- and budget-service are told. */
    @Transactional
    public ContractDto sign(UUID productionId, UUID id, String ifMatch, ContractSignature signature) {
        Contract c = load(productionId, id);
        Etags.requireMatch(ifMatch, c.version);
        if (c.status == ContractStatus.SIGNED) {
            throw ProblemException.conflict("the contract was already signed on " + c.signedOn);
        }
        ContractDto before = toDto(c);
        c.status = ContractStatus.SIGNED;
        c.signedOn = signature.signedOn();
        List<MgInstalment> instalments = MgInstalment.list("contractId", Sort.ascending("position"), c.id);
        LocalDate release = frenchRelease(c.productionId);
        for (MgInstalment i : instalments) {
            LocalDate owed = i.trigger == InstalmentTrigger.ON_SIGNATURE ? signature.signedOn() : i.trigger.dayOwed(i.dueOn, release);
            // owed on signature, or on a day that has already come when the contract is signed
            if (owed != null && !owed.isAfter(signature.signedOn())) {
                i.status = InstalmentStatus.DUE;
                i.dueOn = owed;
            }
        }
        c.flush();
        ContractDto after = toDto(c);
        outbox.publish(ContractSigned.TYPE, productionId, new ContractSigned(c.id, productionId, c.counterpartyName,
                c.counterpartyKind.name(), c.signedOn, c.rightsBlocks, c.minimumGuarantee(), after.instalments(),
                DecimalString.rate(c.commissionRate), c.expenseCap(), c.reportingFrequency.name()));
        for (MgInstalment i : instalments) {
            if (i.status == InstalmentStatus.DUE) {
                publishFellDue(c, i, null);
            }
        }
        audit.record("contract.sign", "distribution_contract", c.id, before, after);
        return after;
    }

    /** The instalment of a production's contract, for a deliverable that triggers it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UUID> instalmentOf(UUID productionId, UUID instalmentId) {
        return MgInstalment.<MgInstalment> findByIdOptional(instalmentId)
                .filter(i -> Contract.<Contract> findByIdOptional(i.contractId).map(c -> c.productionId.equals(productionId)).orElse(false))
                .map(i -> i.id);
    }

    /**
     * Every deliverable an ON_DELIVERY instalment waits for is accepted: it falls due, once. An instalment of a contract
     * not signed yet stays scheduled.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deliveryCompleted(UUID instalmentId, UUID deliverableId, LocalDate on) {
        MgInstalment i = MgInstalment.findById(instalmentId);
        Contract c = Contract.findById(i.contractId);
        if (i.status != InstalmentStatus.SCHEDULED || c.status != ContractStatus.SIGNED) {
            return;
        }
        fallDue(c, i, on, deliverableId);
    }

    /**
     * The instalments of signed contracts whose day has come on {@code today}: an ON_DATE one on its date, an ON_RELEASE
     * one on the French release date of the release profile. Each falls due once (publishes
     * distribution.mg.instalment.fell-due); returns how many fell due.
     */
    @Transactional
    public int fallDue(LocalDate today) {
        int fell = 0;
        // FOR UPDATE: a replica running the same check waits, then PostgreSQL re-reads the status and skips the row
        for (MgInstalment i : MgInstalment.<MgInstalment> find("status = ?1 and trigger in ?2", Sort.ascending("id"),
                InstalmentStatus.SCHEDULED, List.of(InstalmentTrigger.ON_DATE, InstalmentTrigger.ON_RELEASE))
                .withLock(LockModeType.PESSIMISTIC_WRITE).list()) {
            Contract c = Contract.findById(i.contractId);
            if (c.status != ContractStatus.SIGNED) {
                continue;
            }
            LocalDate on = i.trigger.dayOwed(i.dueOn,
                    i.trigger == InstalmentTrigger.ON_RELEASE ? frenchRelease(c.productionId) : null);
            if (on == null || on.isAfter(today)) {
                continue;
            }
            fallDue(c, i, on, null);
            fell++;
        }
        return fell;
    }

    /**
     * The counterparty paid an instalment that fell due: it is RECEIVED on that day and budget-service is told
     * (distribution.mg.instalment.received). 409 when it is not due yet or already received; a receipt dated before
     * the instalment fell due or in the future is 400.
     */
    @Transactional
    public ContractDto receive(UUID productionId, UUID contractId, UUID instalmentId, LocalDate receivedOn, LocalDate today) {
        Contract c = load(productionId, contractId);
        MgInstalment i = MgInstalment.<MgInstalment> findByIdOptional(instalmentId, LockModeType.PESSIMISTIC_WRITE)
                .filter(x -> x.contractId.equals(c.id))
                .orElseThrow(() -> ProblemException.notFound("instalment", instalmentId));
        if (i.status == InstalmentStatus.RECEIVED) {
            throw ProblemException.conflict("instalment " + i.position + " was already received on " + i.receivedOn);
        }
        if (i.status != InstalmentStatus.DUE) {
            throw ProblemException.conflict("instalment " + i.position + " has not fallen due (" + i.trigger
                    + "): record the payment once it is owed");
        }
        if (receivedOn.isAfter(today)) {
            throw ProblemException.badRequest("receivedOn", "is in the future");
        }
        if (receivedOn.isBefore(i.dueOn)) {
            throw ProblemException.badRequest("receivedOn", "is before the instalment fell due on " + i.dueOn);
        }
        MgInstalment before = copy(i);
        i.status = InstalmentStatus.RECEIVED;
        i.receivedOn = receivedOn;
        outbox.publish(MgInstalmentReceived.TYPE, c.productionId, new MgInstalmentReceived(i.id, c.id, c.productionId,
                c.counterpartyName, i.label, new Money(i.amount, i.currency), i.dueOn, receivedOn));
        audit.record("mg-instalment.received", "mg_instalment", i.id, before.toDto(), i.toDto());
        MgInstalment.flush();
        return toDto(c);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ContractRef> signed(UUID productionId) {
        return Contract.<Contract> list("productionId = ?1 and status = ?2", Sort.ascending("signedOn"), productionId,
                ContractStatus.SIGNED).stream()
                .map(c -> new ContractRef(c.id, c.productionId, c.counterpartyName, true, c.reportingFrequency.months)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ContractRef> ref(UUID productionId, UUID id) {
        return Contract.<Contract> findByIdOptional(id).filter(c -> c.productionId.equals(productionId))
                .map(c -> new ContractRef(c.id, c.productionId, c.counterpartyName, c.status == ContractStatus.SIGNED,
                        c.reportingFrequency.months));
    }

    private LocalDate frenchRelease(UUID productionId) {
        return profiles.find(productionId).map(ReleaseProfileDto::frenchReleaseDate).orElse(null);
    }

    /** A scheduled instalment of a signed contract is owed from {@code on}: DUE, published and audited. */
    private void fallDue(Contract c, MgInstalment i, LocalDate on, UUID deliverableId) {
        MgInstalment before = copy(i);
        i.status = InstalmentStatus.DUE;
        i.dueOn = on;
        publishFellDue(c, i, deliverableId);
        audit.record("mg-instalment.fell-due", "mg_instalment", i.id, before.toDto(), i.toDto());
    }

    private void publishFellDue(Contract c, MgInstalment i, UUID deliverableId) {
        outbox.publish(MgInstalmentFellDue.TYPE, c.productionId, new MgInstalmentFellDue(i.id, c.id, c.productionId,
                c.counterpartyName, i.label, i.trigger.name(), new Money(i.amount, i.currency), i.dueOn, deliverableId));
    }

    private static MgInstalment copy(MgInstalment i) {
        MgInstalment c = new MgInstalment();
        c.id = i.id;
        c.position = i.position;
        c.label = i.label;
        c.trigger = i.trigger;
        c.share = i.share;
        c.amount = i.amount;
        c.currency = i.currency;
        c.status = i.status;
        c.dueOn = i.dueOn;
        c.receivedOn = i.receivedOn;
        return c;
    }

    private Contract load(UUID productionId, UUID id) {
        return Contract.<Contract> findByIdOptional(id).filter(c -> c.productionId.equals(productionId))
                .orElseThrow(() -> ProblemException.notFound("contract", id));
    }

    private ContractDto toDto(Contract c) {
        return new ContractDto(c.id, c.productionId, c.counterpartyName, c.counterpartyKind, c.status, c.rightsBlocks,
                c.minimumGuarantee(), instalmentsOf(c),
                DecimalString.rate(c.commissionRate), c.expenseCap(), c.reportingFrequency,
                c.signedOn, c.version, (int) ContractAmendment.count("contractId", c.id), windowWarnings(c));
    }

    /** French rights that start (after their holdbacks) before their chronology window opens; needs the French release date. */
    private List<String> windowWarnings(Contract c) {
        Optional<ReleaseProfileDto> profile = profiles.find(c.productionId);
        if (profile.isEmpty() || profile.get().frenchReleaseDate() == null) {
            return List.of();
        }
        LocalDate release = profile.get().frenchReleaseDate();
        MediaChronology chronology = windows.chronology();
        List<String> warnings = new ArrayList<>();
        for (RightsBlock b : c.rightsBlocks) {
            if (!b.territories().contains("FR")) {
                continue;
            }
            for (RightsMedia m : b.media()) {
                // A holdback on the media defers its start: the window is checked against the later date.
                LocalDate start = b.holdbacks() == null ? b.termStart() : b.holdbacks().stream().filter(h -> h.media() == m)
                        .map(h -> h.until()).filter(u -> u.isAfter(b.termStart())).max(LocalDate::compareTo).orElse(b.termStart());
                chronology.tooEarly(m, b.windowCode(), start, release).ifPresent(warnings::add);
            }
        }
        return warnings;
    }
}
