package fr.bobine.distribution.window;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.bobine.distribution.release.ReleaseProfileDto;
import fr.bobine.distribution.release.ReleaseProfiles;
import fr.bobine.distribution.window.MediaWindowDtos.MediaWindowDto;
import fr.bobine.distribution.window.MediaWindowDtos.ProductionWindows;
import fr.bobine.distribution.window.MediaWindowDtos.WindowOpening;
import fr.bobine.platform.audit.AuditTrail;
import fr.bobine.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;

/** The media_window table, read as a {@link MediaChronology}. */
@ApplicationScoped
public class MediaWindows {

    @Inject
    ReleaseProfiles profiles;

    @Inject
    AuditTrail audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public MediaChronology chronology() {
        return new MediaChronology(MediaWindowRow.<MediaWindowRow> listAll().stream().map(MediaWindowRow::toWindow).toList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MediaWindowDto> list(LocalDate on) {
        return MediaWindowRow.<MediaWindowRow> listAll(Sort.ascending("validFrom", "monthsAfterRelease", "code")).stream()
                .map(MediaWindowRow::toWindow).filter(w -> on == null || w.inForceOn(on)).map(MediaWindowDto::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProductionWindows forProduction(UUID productionId) {
        ReleaseProfileDto profile = profiles.require(productionId);
        if (profile.frenchReleaseDate() == null) {
            throw ProblemException.businessRule("release-date-missing",
                    "the production has no French release date yet; set it in its release profile");
        }
        return new ProductionWindows(productionId, profile.frenchReleaseDate(), chronology().openings(profile.frenchReleaseDate())
                .stream().map(o -> new WindowOpening(MediaWindowDto.of(o.window()), o.opensOn())).toList());
    }

    /** Adds a window of a new accord; a code may not have two versions in force on the same day (409). */
    @Transactional
    public MediaWindowDto add(MediaWindowDto in) {
        if (in.validTo() != null && in.validTo().isBefore(in.validFrom())) {
            throw ProblemException.badRequest("validTo", "must not be before validFrom");
        }
        for (MediaWindowRow other : MediaWindowRow.<MediaWindowRow> list("code", in.code())) {
            boolean overlaps = (other.validTo == null || !other.validTo.isBefore(in.validFrom()))
                    && (in.validTo() == null || !in.validTo().isBefore(other.validFrom));
            if (overlaps) {
                throw ProblemException.conflict("window " + in.code() + " already has a version in force from " + other.validFrom
                        + (other.validTo == null ? "" : " to " + other.validTo));
            }
        }
        MediaWindowRow row = new MediaWindowRow();
        row.id = UUID.randomUUID();
        row.code = in.code();
        row.accord = in.accord();
        row.media = in.media();
        row.monthsAfterRelease = in.monthsAfterRelease();
        row.defaultForMedia = in.defaultForMedia();
        row.condition = in.condition();
        row.verified = in.verified();
        row.validFrom = in.validFrom();
        row.validTo = in.validTo();
        row.persist();
        MediaWindowDto created = MediaWindowDto.of(row.toWindow());
        audit.record("media-window.add", "media_window", row.id, null, created);
        return created;
    }
}
