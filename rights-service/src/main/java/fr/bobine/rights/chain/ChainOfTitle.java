package fr.bobine.rights.chain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.bobine.rights.availability.RightsBlock;
import fr.bobine.rights.availability.RightsMedia;
import fr.bobine.rights.availability.Territories;
import fr.bobine.rights.contract.ContractStatus;
import fr.bobine.rights.contract.RightsContractDto;
import fr.bobine.rights.work.WorkDto;

/**
 * The chain of title: for each work the contracts covering it and the gaps an E&O insurer or a financier would refuse: no
 * contract, a needed media x territory no contract grants, terms that end before the planned release, unsigned contracts.
 * Source: rights.md §5 and §6 (rights-in validated against the planned exploitation); CPI L131-3 (each right named).
 */
public final class ChainOfTitle {

    private ChainOfTitle() {
    }

    public static List<ChainLink> assess(List<WorkDto> works, List<RightsContractDto> contracts, LocalDate plannedRelease,
            List<RightsMedia> neededMedia, List<String> neededTerritories) {
        List<ChainLink> links = new ArrayList<>();
        for (WorkDto work : works) {
            List<RightsContractDto> covering = contracts.stream().filter(c -> c.workId().equals(work.id())).toList();
            List<ChainGap> gaps = new ArrayList<>();
            if (covering.isEmpty()) {
                gaps.add(new ChainGap(GapKind.NO_CONTRACT, work.id(), work.title(), null,
                        "no contract covers \"" + work.title() + "\"" + holders(work)));
            }
            for (RightsContractDto c : covering) {
                if (c.status() != ContractStatus.SIGNED) {
                    gaps.add(new ChainGap(GapKind.MISSING_SIGNATURE, work.id(), work.title(), c.id(),
                            "the contract with " + c.holderName() + " is not signed"));
                }
                if (plannedRelease != null && c.blocks().stream().allMatch(b -> b.termEnd().isBefore(plannedRelease))) {
                    LocalDate last = c.blocks().stream().map(RightsBlock::termEnd).max(LocalDate::compareTo).orElseThrow();
                    gaps.add(new ChainGap(GapKind.TERM_EXPIRES_BEFORE_RELEASE, work.id(), work.title(), c.id(),
                            "the contract with " + c.holderName() + " ends on " + last + ", before the release on " + plannedRelease));
                }
            }
            if (!covering.isEmpty()) {
                for (RightsMedia media : neededMedia) {
                    for (String territory : neededTerritories) {
                        boolean granted = covering.stream().flatMap(c -> c.blocks().stream()).anyMatch(b -> b.media().contains(media)
                                && Territories.covers(b.territories(), territory)
                                && (plannedRelease == null || !b.termEnd().isBefore(plannedRelease)));
                        if (!granted) {
                            gaps.add(new ChainGap(GapKind.RIGHT_NOT_GRANTED, work.id(), work.title(), null,
                                    "no contract on \"" + work.title() + "\" grants " + media + " in " + territory
                                            + (plannedRelease == null ? "" : " on " + plannedRelease)));
                        }
                    }
                }
            }
            links.add(new ChainLink(work, covering, gaps));
        }
        return links;
    }

    private static String holders(WorkDto work) {
        return work.holders().isEmpty() ? ""
                : " (holders: " + String.join(", ", work.holders().stream().map(h -> h.name()).toList()) + ")";
    }
}
