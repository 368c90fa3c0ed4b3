package fr.bobine.distribution.release;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.bobine.distribution.production.Productions;
import fr.bobine.platform.audit.AuditTrail;
import fr.bobine.platform.http.Etags;
import fr.bobine.platform.problem.ProblemException;

@ApplicationScoped
public class ReleaseProfiles {

    @Inject
    AuditTrail audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ReleaseProfileDto> find(UUID productionId) {
        return ReleaseProfile.<ReleaseProfile> findByIdOptional(productionId).map(ReleaseProfile::toDto);
    }

    /** The profile, or a 422 telling the user to set it: premiere and window rules need the origin and release. */
    public ReleaseProfileDto require(UUID productionId) {
        Productions.require(productionId);
        return find(productionId).orElseThrow(() -> ProblemException.businessRule("release-profile-missing",
                "set the production's country of origin first: PUT /productions/" + productionId + "/release-profile"));
    }

    /** Creates the profile, or changes it when If-Match names its current version. */
    @Transactional
    public ReleaseProfileDto put(UUID productionId, String ifMatch, ReleaseProfileInput input) {
        Productions.require(productionId);
        ReleaseProfile profile = ReleaseProfile.findById(productionId);
        ReleaseProfileDto before = null;
        if (profile == null) {
            profile = new ReleaseProfile();
            profile.productionId = productionId;
        } else {
            Etags.requireMatch(ifMatch, profile.version);
            before = profile.toDto();
        }
        profile.originCountry = input.originCountry();
        profile.frenchReleaseDate = input.frenchReleaseDate();
        profile.updatedAt = Instant.now();
        profile.persist();
        profile.flush();
        ReleaseProfileDto after = profile.toDto();
        audit.record("release-profile.put", "release_profile", productionId, before, after);
        return after;
    }
}
