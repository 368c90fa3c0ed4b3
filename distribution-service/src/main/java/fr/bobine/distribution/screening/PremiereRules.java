package fr.bobine.distribution.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.bobine.platform.audit.AuditTrail;
import fr.bobine.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;

/** The premiere_rule table: festival rules as dated data, editable through the API. */
@ApplicationScoped
public class PremiereRules {

    @Inject
    AuditTrail audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PremiereRule> inForce(String code, LocalDate on) {
        return PremiereRuleRow.<PremiereRuleRow> list("code", Sort.descending("validFrom"), code).stream()
                .map(PremiereRuleRow::toRule).filter(r -> r.inForceOn(on)).findFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean exists(String code) {
        return PremiereRuleRow.count("code", code) > 0;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PremiereRuleDto> list(LocalDate on) {
        return PremiereRuleRow.<PremiereRuleRow> listAll(Sort.ascending("code", "validFrom")).stream()
                .map(PremiereRuleRow::toRule).filter(r -> on == null || r.inForceOn(on)).map(PremiereRuleDto::of).toList();
    }

    /** Adds a dated version of a rule; it may not overlap another version of the same code. */
    @Transactional
    public PremiereRuleDto add(PremiereRuleDto input) {
        if (input.validTo() != null && input.validTo().isBefore(input.validFrom())) {
            throw ProblemException.badRequest("validTo", "must not be before validFrom");
        }
        for (PremiereRuleRow other : PremiereRuleRow.<PremiereRuleRow> list("code", input.code())) {
            boolean overlaps = (other.validTo == null || !other.validTo.isBefore(input.validFrom()))
                    && (input.validTo() == null || !input.validTo().isBefore(other.validFrom));
            if (overlaps) {
                throw ProblemException.conflict("rule " + input.code() + " already has a version in force from "
                        + other.validFrom + (other.validTo == null ? "" : " to " + other.validTo)
                        + "; close it (validTo) before adding a new one");
            }
        }
        PremiereRuleRow row = new PremiereRuleRow();
        row.id = UUID.randomUUID();
        row.code = input.code();
        row.festival = input.festival();
        row.section = input.section();
        row.noEarlierPublicScreening = input.noEarlierPublicScreening();
        row.noScreeningOutsideOrigin = input.noScreeningOutsideOrigin();
        row.noInternationalFestival = input.noInternationalFestival();
        row.noOnline = input.noOnline();
        row.onlineGeoBlockedToOriginAllowed = input.onlineGeoBlockedToOriginAllowed();
        row.noTelevision = input.noTelevision();
        row.noScreeningInEuropeOutsideOrigin = input.noScreeningInEuropeOutsideOrigin();
        row.forbiddenCountries = String.join(",", input.forbiddenCountries());
        row.validFrom = input.validFrom();
        row.validTo = input.validTo();
        row.source = input.source();
        row.persist();
        PremiereRuleDto created = PremiereRuleDto.of(row.toRule());
        audit.record("premiere-rule.add", "premiere_rule", row.id, null, created);
        return created;
    }
}
