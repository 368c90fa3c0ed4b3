package fr.bobine.rights.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.bobine.platform.money.Money;

/** Data of rights.contract.signed v1: what budget-service books in chapter 1 (Droits artistiques). */
public record RightsContractSigned(UUID contractId, UUID productionId, UUID workId, String workTitle, ContractKind kind,
        String holderName, LocalDate signedOn, String budgetChapter, String budgetChapterLabel, String budgetLineLabel,
        List<AmountDue> amountsDue, Money total) {
}
