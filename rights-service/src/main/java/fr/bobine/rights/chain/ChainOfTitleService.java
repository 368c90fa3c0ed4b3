package fr.bobine.rights.chain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.bobine.platform.problem.ProblemException;
import fr.bobine.rights.availability.RightsMedia;
import fr.bobine.rights.availability.Territories;
import fr.bobine.rights.contract.ContractService;
import fr.bobine.rights.production.ProductionCopy;
import fr.bobine.rights.work.WorkService;

@ApplicationScoped
public class ChainOfTitleService {

    @Inject
    WorkService works;

    @Inject
    ContractService contracts;

    @Transactional(Transactional.TxType.SUPPORTS)
    public ChainOfTitleReport chain(UUID productionId, LocalDate plannedRelease, List<RightsMedia> media, List<String> territories) {
        ProductionCopy production = ProductionCopy.findById(productionId);
        if (production == null) {
            throw ProblemException.notFound("production", productionId);
        }
        for (String territory : territories) {
            if (!Territories.isKnown(territory)) {
                throw ProblemException.badRequest("territory", "'" + territory + "' is not an ISO 3166-1 alpha-2 code nor WW");
            }
        }
        List<ChainLink> links = ChainOfTitle.assess(works.ofProduction(productionId), contracts.ofProduction(productionId),
                plannedRelease, media, territories);
        List<ChainGap> gaps = links.stream().flatMap(l -> l.gaps().stream()).toList();
        return new ChainOfTitleReport(productionId, production.title, plannedRelease, media, territories, gaps.isEmpty(), links, gaps);
    }
}
