package fr.bobine.distribution.festival;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.bobine.distribution.festival.FestivalDtos.Eligibility;
import fr.bobine.distribution.festival.FestivalDtos.FeePayment;
import fr.bobine.distribution.festival.FestivalDtos.NewSubmission;
import fr.bobine.distribution.festival.FestivalDtos.SubmissionDto;
import fr.bobine.distribution.festival.FestivalDtos.SubmissionPage;
import fr.bobine.distribution.festival.FestivalDtos.SubmissionPatch;
import fr.bobine.distribution.festival.FestivalDtos.SubmissionPreview;
import fr.bobine.distribution.production.Productions;
import fr.bobine.distribution.release.ReleaseProfileDto;
import fr.bobine.distribution.release.ReleaseProfiles;
import fr.bobine.distribution.screening.IneligibleSubmission;
import fr.bobine.distribution.screening.PendingSubmissionCheck;
import fr.bobine.distribution.screening.PremiereEligibility;
import fr.bobine.distribution.screening.PremiereRule;
import fr.bobine.distribution.screening.PremiereRules;
import fr.bobine.distribution.screening.ScreeningFact;
import fr.bobine.distribution.screening.ScreeningImpact;
import fr.bobine.distribution.screening.ScreeningKind;
import fr.bobine.distribution.screening.ScreeningLog;
import fr.bobine.platform.audit.AuditTrail;
import fr.bobine.platform.http.Etags;
import fr.bobine.platform.http.PageRequest;
import fr.bobine.platform.outbox.Outbox;
import fr.bobine.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;

/** Festival submissions of a production, their premiere eligibility and their fees. */
@ApplicationScoped
public class Submissions implements PendingSubmissionCheck {

    @Inject
    PremiereRules rules;

    @Inject
    ScreeningLog log;

    @Inject
    ReleaseProfiles profiles;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Transactional
    public SubmissionDto submit(UUID productionId, NewSubmission in) {
        Productions.require(productionId);
        FestivalEdition edition = FestivalEdition.<FestivalEdition> findByIdOptional(in.festivalId())
                .orElseThrow(() -> ProblemException.notFound("festival", in.festivalId()));
        section(edition, in.sectionCode(), "sectionCode");
        List<DeadlineTier> tiers = DeadlineTier.list("editionId", Sort.ascending("deadline"), edition.id);
        DeadlineTier tier = tiers.stream().filter(t -> t.name.equals(in.tier())).findFirst()
                .orElseThrow(() -> ProblemException.badRequest("tier", "the festival has no tier " + in.tier() + "; it has "
                        + tiers.stream().map(t -> t.name).toList()));
        LocalDate lastDeadline = tiers.get(tiers.size() - 1).deadline;
        if (in.submittedOn().isAfter(lastDeadline)) {
            throw ProblemException.businessRule("festival-deadline-passed", edition.name + " " + edition.year
                    + " closed its last deadline on " + lastDeadline + "; a submission on " + in.submittedOn() + " is too late");
        }
        if (in.submittedOn().isAfter(tier.deadline)) {
            String open = tiers.stream().filter(t -> !in.submittedOn().isAfter(t.deadline)).map(t -> t.name).findFirst().orElseThrow();
            throw ProblemException.businessRule("festival-tier-closed", "tier " + tier.name + " closed on " + tier.deadline
                    + "; the open tier on " + in.submittedOn() + " is " + open);
        }
        if (Submission.count("productionId = ?1 and editionId = ?2 and sectionCode = ?3", productionId, edition.id,
                in.sectionCode()) > 0) {
            throw ProblemException.conflict("the production is already submitted to " + edition.name + " " + edition.year
                    + " section " + in.sectionCode());
        }
        Submission s = new Submission();
        s.id = UUID.randomUUID();
        s.productionId = productionId;
        s.editionId = edition.id;
        s.sectionCode = in.sectionCode();
        s.tier = tier.name;
        s.feeAmount = tier.feeAmount;
        s.feeCurrency = tier.feeCurrency;
        s.platform = (in.platform() == null ? FestivalPlatform.valueOf(edition.platform) : in.platform()).name();
        s.trackingId = in.trackingId();
        s.screenerUrl = in.screenerUrl();
        s.submittedOn = in.submittedOn();
        s.submissionStatus = SubmissionStatus.IN_CONSIDERATION;
        s.judgingStatus = JudgingStatus.UNDECIDED;
        s.createdAt = Instant.now();
        s.persistAndFlush();
        SubmissionDto created = toDto(s);
        audit.record("submission.create", "festival_submission", s.id, null, created);
        return created;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SubmissionDto> find(UUID productionId, UUID id) {
        return Submission.<Submission> findByIdOptional(id).filter(s -> s.productionId.equals(productionId)).map(this::toDto);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SubmissionPage list(UUID productionId, PageRequest page) {
        Productions.require(productionId);
        var found = Submission.<Submission> find("productionId", Sort.ascending("submittedOn", "createdAt"), productionId)
                .page(page.page, page.size);
        long total = found.count();
        return new SubmissionPage(found.list().stream().map(this::toDto).toList(), page.page, page.size, total,
                page.nextPage(total));
    }

    @Transactional
    public SubmissionDto update(UUID productionId, UUID id, String ifMatch, SubmissionPatch patch) {
        Submission s = load(productionId, id);
        Etags.requireMatch(ifMatch, s.version);
        SubmissionDto before = toDto(s);
        if (patch.submissionStatus() != null) {
            s.submissionStatus = patch.submissionStatus();
        }
        if (patch.judgingStatus() != null) {
            s.judgingStatus = patch.judgingStatus();
        }
        if (patch.notifiedOn() != null) {
            s.notifiedOn = patch.notifiedOn();
        }
        if (patch.trackingId() != null) {
            s.trackingId = patch.trackingId();
        }
        if (patch.screenerUrl() != null) {
            s.screenerUrl = patch.screenerUrl();
        }
        s.flush();
        SubmissionDto after = toDto(s);
        audit.record("submission.update", "festival_submission", s.id, before, after);
        return after;
    }

    /** Records the entry fee as paid and tells budget-service, once: a second payment is a 409. */
    @Transactional
    public SubmissionDto payFee(UUID productionId, UUID id, FeePayment payment) {
        Submission s = load(productionId, id);
        if (s.feePaidOn != null) {
            throw ProblemException.conflict("the fee of this submission was already paid on " + s.feePaidOn);
        }
        SubmissionDto before = toDto(s);
        s.feePaidOn = payment.paidOn();
        s.flush();
        FestivalEdition e = FestivalEdition.findById(s.editionId);
        outbox.publish(CostIncurred.TYPE, productionId, new CostIncurred(UUID.randomUUID(), productionId, "FESTIVAL_FEE",
                "Entry fee " + e.name + " " + e.year + ", section " + s.sectionCode + ", tier " + s.tier, s.fee(),
                payment.paidOn(), s.id));
        SubmissionDto after = toDto(s);
        audit.record("submission.fee-paid", "festival_submission", s.id, before, after);
        return after;
    }

    /** What being selected in a section would make ineligible: the festival's screening as a hypothetical entry. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ScreeningImpact previewSelection(UUID productionId, SubmissionPreview preview) {
        ReleaseProfileDto profile = profiles.require(productionId);
        FestivalEdition e = FestivalEdition.<FestivalEdition> findByIdOptional(preview.festivalId())
                .orElseThrow(() -> ProblemException.notFound("festival", preview.festivalId()));
        section(e, preview.sectionCode(), "sectionCode");
        ScreeningFact festivalScreening = new ScreeningFact(null, e.startsOn, e.country,
                e.international ? ScreeningKind.FESTIVAL_INTERNATIONAL : ScreeningKind.FESTIVAL_NATIONAL, true, e.name);
        return new ScreeningImpact(null, wouldMakeIneligible(productionId, profile.originCountry(), log.facts(productionId),
                festivalScreening));
    }

    @Override
    public List<IneligibleSubmission> wouldMakeIneligible(UUID productionId, String origin, List<ScreeningFact> facts,
            ScreeningFact added) {
        List<ScreeningFact> after = new ArrayList<>(facts);
        after.add(added);
        List<IneligibleSubmission> broken = new ArrayList<>();
        for (Submission s : Submission.<Submission> list("productionId", Sort.ascending("submittedOn"), productionId)) {
            if (!s.pending()) {
                continue;
            }
            FestivalEdition e = FestivalEdition.findById(s.editionId);
            Optional<PremiereRule> rule = ruleOf(e, s.sectionCode);
            if (rule.isEmpty() || !e.startsOn.isAfter(added.date())) {
                continue;
            }
            if (PremiereEligibility.eligible(rule.get(), facts, origin, e.startsOn)) {
                List<String> reasons = PremiereEligibility.violations(rule.get(), after, origin, e.startsOn).stream()
                        .map(v -> v.reason()).distinct().toList();
                if (!reasons.isEmpty()) {
                    broken.add(new IneligibleSubmission(s.id, e.name, e.year, s.sectionCode, rule.get().code(), reasons));
                }
            }
        }
        broken.sort(Comparator.comparing(IneligibleSubmission::festival));
        return broken;
    }

    private Optional<PremiereRule> ruleOf(FestivalEdition e, String sectionCode) {
        FestivalSection section = FestivalSection.find("editionId = ?1 and code = ?2", e.id, sectionCode).firstResult();
        if (section == null || section.premiereRuleCode == null) {
            return Optional.empty();
        }
        return rules.inForce(section.premiereRuleCode, e.startsOn);
    }

    private FestivalSection section(FestivalEdition e, String code, String field) {
        FestivalSection section = FestivalSection.find("editionId = ?1 and code = ?2", e.id, code).firstResult();
        if (section == null) {
            throw ProblemException.badRequest(field, e.name + " " + e.year + " has no section " + code);
        }
        return section;
    }

    private Submission load(UUID productionId, UUID id) {
        return Submission.<Submission> findByIdOptional(id).filter(s -> s.productionId.equals(productionId))
                .orElseThrow(() -> ProblemException.notFound("submission", id));
    }

    private SubmissionDto toDto(Submission s) {
        FestivalEdition e = FestivalEdition.findById(s.editionId);
        Optional<PremiereRule> rule = ruleOf(e, s.sectionCode);
        Eligibility eligibility;
        Optional<ReleaseProfileDto> profile = profiles.find(s.productionId);
        if (rule.isEmpty()) {
            eligibility = new Eligibility(null, true, List.of());
        } else if (profile.isEmpty()) {
            eligibility = new Eligibility(rule.get().code(), false, List.of("the production has no country of origin yet"));
        } else {
            List<String> reasons = PremiereEligibility.violations(rule.get(), log.facts(s.productionId),
                    profile.get().originCountry(), e.startsOn).stream()
                    .map(v -> v.screening().describe() + ": " + v.reason()).toList();
            eligibility = new Eligibility(rule.get().code(), reasons.isEmpty(), reasons);
        }
        return new SubmissionDto(s.id, s.productionId, e.id, e.name, e.year, s.sectionCode, s.tier, s.fee(),
                FestivalPlatform.valueOf(s.platform), s.trackingId, s.screenerUrl, s.submittedOn, s.submissionStatus,
                s.judgingStatus, s.notifiedOn, s.feePaidOn, s.version, eligibility);
    }
}
