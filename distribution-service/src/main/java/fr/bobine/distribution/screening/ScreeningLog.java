package fr.bobine.distribution.screening;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.bobine.distribution.production.Productions;
import fr.bobine.distribution.release.ReleaseProfileDto;
import fr.bobine.distribution.release.ReleaseProfiles;
import fr.bobine.platform.audit.AuditTrail;
import fr.bobine.platform.http.PageRequest;
import io.quarkus.panache.common.Sort;

/** The append-only log of screenings, and what it says about premieres. */
@ApplicationScoped
public class ScreeningLog {

    @Inject
    ReleaseProfiles profiles;

    @Inject
    PendingSubmissionCheck pending;

    @Inject
    AuditTrail audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ScreeningFact> facts(UUID productionId) {
        return Screening.<Screening> list("productionId", Sort.ascending("screenedOn", "recordedAt"), productionId).stream()
                .map(Screening::toFact).toList();
    }

    /** Which pending submissions the screening would make ineligible; stores nothing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ScreeningImpact preview(UUID productionId, NewScreening input) {
        ReleaseProfileDto profile = profiles.require(productionId);
        return new ScreeningImpact(null,
                pending.wouldMakeIneligible(productionId, profile.originCountry(), facts(productionId), input.toFact()));
    }

    @Transactional
    public ScreeningImpact record(UUID productionId, NewScreening input) {
        ReleaseProfileDto profile = profiles.require(productionId);
        List<IneligibleSubmission> impact = pending.wouldMakeIneligible(productionId, profile.originCountry(),
                facts(productionId), input.toFact());
        Screening s = new Screening();
        s.id = UUID.randomUUID();
        s.productionId = productionId;
        s.screenedOn = input.screenedOn();
        s.country = input.country();
        s.kind = input.kind();
        s.isPublic = input.isPublic();
        s.eventName = input.event();
        s.recordedAt = Instant.now();
        s.recordedBy = audit.actor();
        s.persist();
        return new ScreeningImpact(s.toDto(), impact);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ScreeningPage list(UUID productionId, PageRequest page) {
        Productions.require(productionId);
        var found = Screening.<Screening> find("productionId", Sort.ascending("screenedOn", "recordedAt"), productionId)
                .page(page.page, page.size);
        long total = found.count();
        return new ScreeningPage(found.list().stream().map(Screening::toDto).toList(), page.page, page.size, total,
                page.nextPage(total));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PremiereStatusView premiereStatus(UUID productionId, List<String> countries) {
        ReleaseProfileDto profile = profiles.require(productionId);
        List<Screening> rows = Screening.list("productionId", productionId);
        Map<UUID, Screening> byId = rows.stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
        List<String> asked = new ArrayList<>(countries);
        if (!asked.contains(profile.originCountry())) {
            asked.add(0, profile.originCountry());
        }
        PremiereStatus status = PremiereStatus.of(rows.stream().map(Screening::toFact)
                .sorted(Comparator.comparing(ScreeningFact::date)).toList(), profile.originCountry(), asked);
        return new PremiereStatusView(productionId, profile.originCountry(), status.worldPremiereAvailable(),
                status.internationalPremiereAvailable(), status.europeanPremiereAvailable(),
                status.nationalPremiereAvailable().entrySet().stream()
                        .map(e -> new PremiereStatusView.NationalPremiere(e.getKey(), e.getValue())).toList(),
                status.firstPublicScreening().map(f -> byId.get(f.id()).toDto()).orElse(null));
    }
}
