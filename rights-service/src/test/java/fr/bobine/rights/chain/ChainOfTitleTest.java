package fr.bobine.rights.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.bobine.platform.money.Money;
import fr.bobine.rights.availability.RightsBlock;
import fr.bobine.rights.availability.RightsMedia;
import fr.bobine.rights.contract.ContractKind;
import fr.bobine.rights.contract.ContractStatus;
import fr.bobine.rights.contract.Remuneration;
import fr.bobine.rights.contract.RightsContractDto;
import fr.bobine.rights.work.HolderKind;
import fr.bobine.rights.work.HolderRole;
import fr.bobine.rights.work.RightsHolder;
import fr.bobine.rights.work.Society;
import fr.bobine.rights.work.WorkDto;
import fr.bobine.rights.work.WorkKind;

class ChainOfTitleTest {

    static final UUID P = UUID.randomUUID();
    static final LocalDate RELEASE = LocalDate.of(2027, 10, 6);

    static WorkDto work(WorkKind kind, String title, String holder) {
        return new WorkDto(UUID.randomUUID(), P, kind, title, null,
                List.of(new RightsHolder(holder, HolderKind.PERSON, List.of(HolderRole.AUTHOR), null, Society.SACD, null)), 0);
    }

    static RightsContractDto contract(WorkDto work, String holder, ContractStatus status, List<RightsMedia> media, LocalDate end) {
        return new RightsContractDto(UUID.randomUUID(), P, work.id(), ContractKind.ASSIGNMENT, holder, null,
                List.of(new RightsBlock(media, List.of("WW"), null, LocalDate.of(2026, 1, 1), end, true, null)),
                new Remuneration(null, null, null, null, null, null), List.of(), Money.eur("0.00"), status, null, null, 0);
    }

    @Test
    void aNovelAdaptedIntoAScreenplayAScoreAndTwoLibraryCuesFlagTheOneCueWithoutAContract() {
        WorkDto novel = work(WorkKind.NOVEL, "La Mer à l'envers", "Hélène Marchal");
        WorkDto screenplay = work(WorkKind.ADAPTATION, "La Mer à l'envers (scénario)", "Claire Vasseur");
        WorkDto score = work(WorkKind.ORIGINAL_SCORE, "Musique originale", "Marc Lenoir");
        WorkDto cue1 = work(WorkKind.PRE_EXISTING_MUSIC, "Harbour Lights", "Koka Media");
        WorkDto cue2 = work(WorkKind.PRE_EXISTING_MUSIC, "Night Drive", "Extreme Music");
        List<RightsMedia> all = List.of(RightsMedia.values());
        List<RightsContractDto> contracts = List.of(
                contract(novel, "Hélène Marchal", ContractStatus.SIGNED, all, LocalDate.of(2056, 12, 31)),
                contract(screenplay, "Claire Vasseur", ContractStatus.SIGNED, all, LocalDate.of(2056, 12, 31)),
                contract(score, "Marc Lenoir", ContractStatus.SIGNED, all, LocalDate.of(2056, 12, 31)),
                contract(cue1, "Koka Media", ContractStatus.SIGNED, all, LocalDate.of(2036, 12, 31)));
        List<ChainLink> links = ChainOfTitle.assess(List.of(novel, screenplay, score, cue1, cue2), contracts, RELEASE,
                List.of(RightsMedia.THEATRICAL, RightsMedia.SVOD), List.of("FR"));
        List<ChainGap> gaps = links.stream().flatMap(l -> l.gaps().stream()).toList();
        assertEquals(1, gaps.size());
        assertEquals(GapKind.NO_CONTRACT, gaps.get(0).kind());
        assertEquals(cue2.id(), gaps.get(0).workId());
        assertEquals("no contract covers \"Night Drive\" (holders: Extreme Music)", gaps.get(0).detail());
        assertEquals(1, links.get(0).contracts().size());
    }

    @Test
    void unsignedShortAndNarrowContractsAreEachAGap() {
        WorkDto archive = work(WorkKind.ARCHIVE_FOOTAGE, "Port de Brest 1962", "INA");
        RightsContractDto draft = contract(archive, "INA", ContractStatus.DRAFT, List.of(RightsMedia.THEATRICAL), LocalDate.of(2027, 6, 30));
        List<ChainGap> gaps = ChainOfTitle.assess(List.of(archive), List.of(draft), RELEASE, List.of(RightsMedia.THEATRICAL,
                RightsMedia.FREE_TV), List.of("FR")).get(0).gaps();
        assertEquals(List.of(GapKind.MISSING_SIGNATURE, GapKind.TERM_EXPIRES_BEFORE_RELEASE, GapKind.RIGHT_NOT_GRANTED,
                GapKind.RIGHT_NOT_GRANTED), gaps.stream().map(ChainGap::kind).toList());
        assertEquals("the contract with INA ends on 2027-06-30, before the release on 2027-10-06", gaps.get(1).detail());
        assertEquals("no contract on \"Port de Brest 1962\" grants FREE_TV in FR on 2027-10-06", gaps.get(3).detail());
    }
}
