package fr.bobine.rights.availability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.bobine.platform.problem.ProblemException;
import fr.bobine.rights.availability.Availability.GrantedLicence;
import fr.bobine.rights.contract.ContractService;
import fr.bobine.rights.contract.ContractStatus;
import fr.bobine.rights.contract.RightsContractDto;
import fr.bobine.rights.cuesheet.CueSheetDto;
import fr.bobine.rights.cuesheet.CueSheetService;
import fr.bobine.rights.work.WorkDto;
import fr.bobine.rights.work.WorkService;

@ApplicationScoped
public class AvailabilityService {

    @Inject
    WorkService works;

    @Inject
    ContractService contracts;

    @Inject
    CueSheetService cueSheets;

    @Inject
    ObjectMapper mapper;

    /** What another feature may know of a licence granted downstream. */
    public record GrantedLicenceView(UUID contractId, UUID productionId, String licensee, String counterpartyKind,
            List<RightsBlock> blocks) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<GrantedLicenceView> grantedLicence(UUID contractId) {
        return GrantedLicenceRecord.<GrantedLicenceRecord> findByIdOptional(contractId).map(l -> new GrantedLicenceView(
                l.contractId, l.productionId, l.licensee, l.counterpartyKind, read(l.blocks)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AvailabilityAnswer check(UUID productionId, AvailabilityQuery query) {
        validate(query);
        List<WorkDto> all = works.ofProduction(productionId);
        List<RightsContractDto> signed = contracts.ofProduction(productionId).stream()
                .filter(c -> c.status() == ContractStatus.SIGNED).toList();
        Map<String, List<RightsBlock>> upstream = new LinkedHashMap<>();
        for (WorkDto work : all) {
            upstream.put(work.title(), signed.stream().filter(c -> c.workId().equals(work.id())).flatMap(c -> c.blocks().stream()).toList());
        }
        List<GrantedLicence> downstream = new ArrayList<>();
        for (GrantedLicenceRecord licence : GrantedLicenceRecord.<GrantedLicenceRecord> list("productionId", productionId)) {
            for (RightsBlock block : read(licence.blocks)) {
                downstream.add(new GrantedLicence(licence.licensee, block));
            }
        }
        return Availability.check(query, upstream, downstream);
    }

    /** Each cue of a cue sheet against the signed licences of its music work. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CueAvailability checkCues(UUID productionId, UUID cueSheetId, AvailabilityQuery query) {
        CueSheetDto sheet = cueSheets.find(productionId, cueSheetId)
                .orElseThrow(() -> ProblemException.notFound("cue sheet", cueSheetId));
        validate(query);
        Map<UUID, String> titles = new HashMap<>();
        works.ofProduction(productionId).forEach(w -> titles.put(w.id(), w.title()));
        List<RightsContractDto> signed = contracts.ofProduction(productionId).stream()
                .filter(c -> c.status() == ContractStatus.SIGNED).toList();
        List<Availability.CueRights> cues = sheet.cues().stream().map(cue -> new Availability.CueRights(cue.number(), cue.title(),
                cue.workId(), cue.workId() == null ? null : titles.get(cue.workId()), cue.workId() == null ? List.of()
                        : signed.stream().filter(c -> c.workId().equals(cue.workId())).flatMap(c -> c.blocks().stream()).toList()))
                .toList();
        return Availability.checkCues(query, cueSheetId, cues);
    }

    private static void validate(AvailabilityQuery query) {
        if (query.media() == null) {
            throw ProblemException.badRequest("media", "is required");
        }
        if (!Territories.isKnown(query.territory())) {
            throw ProblemException.badRequest("territory", "'" + query.territory() + "' is not an ISO 3166-1 alpha-2 code nor WW");
        }
        if (query.from() == null || query.to() == null) {
            throw ProblemException.badRequest(query.from() == null ? "from" : "to", "is required");
        }
        if (query.to().isBefore(query.from())) {
            throw ProblemException.badRequest("to", "ends before from " + query.from());
        }
    }

    private List<RightsBlock> read(String json) {
        try {
            return mapper.readValue(json, new TypeReference<List<RightsBlock>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("granted licence cannot be read", e);
        }
    }
}
