package fr.bobine.budget.financing;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import fr.bobine.platform.events.CloudEvent;
import fr.bobine.platform.events.EventRejectedException;
import fr.bobine.platform.inbox.EventHandler;
import fr.bobine.platform.money.Money;
import fr.bobine.platform.problem.ProblemException;

/**
 * A signed distribution or sales contract with a minimum guarantee finances the film: it becomes a confirmed source
 * of the financing plan (distributor MG, international sales or TV pre-sale by counterparty), with its dated
 * instalments. One source per contract, whatever the number of deliveries of the event.
 */
@ApplicationScoped
public class DistributionContractHandler implements EventHandler {

    static final String SIGNED = "distribution.contract.signed";

    @Inject
    FinancingService financing;

    @Override
    public boolean handles(String eventType) {
        return SIGNED.equals(eventType);
    }

    @Override
    public void handle(CloudEvent event) {
        JsonNode data = event.data();
        UUID contractId = uuid(data, "contractId", SIGNED);
        UUID productionId = uuid(data, "productionId", SIGNED);
        JsonNode mg = data.path("minimumGuarantee");
        if (mg.isNull() || mg.isMissingNode()) {
            return;
        }
        Money amount = money(mg, SIGNED);
        if (amount.signum() <= 0) {
            return;
        }
        FinancingSourceInput source = sourceInput(data, amount, SIGNED,
                "Minimum guarantee of distribution contract " + contractId + " signed on " + date(data, "signedOn", SIGNED));
        try {
            financing.addConfirmedOnce(productionId, sourceIdOf(contractId), source);
        } catch (ProblemException e) {
            throw new EventRejectedException(SIGNED + " cannot enter the financing plan: " + e.getMessage(), e);
        }
    }

    /**
     * The financing source a contract's terms make (signed, or as amended): its MG, by counterparty kind, with the dated
     * schedule of its instalments; none when one is not dated yet (due on delivery), and a cancelled one is not paid.
     */
    static FinancingSourceInput sourceInput(JsonNode data, Money amount, String type, String note) {
        LocalDate signedOn = date(data, "signedOn", type);
        List<InstalmentInput> instalments = new ArrayList<>();
        for (JsonNode instalment : data.path("instalments")) {
            if ("CANCELLED".equals(instalment.path("status").asText())) {
                continue;
            }
            if (!instalment.hasNonNull("dueOn")) {
                // An instalment due on delivery has no date yet: the plan keeps the total, without a schedule.
                instalments.clear();
                break;
            }
            instalments.add(new InstalmentInput(date(instalment, "dueOn", type), money(instalment.path("amount"), type), null));
        }
        String counterparty = data.path("counterpartyName").asText("distributor");
        return new FinancingSourceInput(kindOf(data.path("counterpartyKind").asText()), counterparty,
                amount, null, null, instalments.isEmpty() ? signedOn : instalments.get(0).dueDate(), null, note,
                instalments.isEmpty() ? null : instalments);
    }

    /** The same contract always maps to the same source, so a replay under a new event id books nothing twice. */
    static UUID sourceIdOf(UUID contractId) {
        return UUID.nameUUIDFromBytes(("distribution-contract:" + contractId).getBytes(StandardCharsets.UTF_8));
    }

    static FinancingKind kindOf(String counterpartyKind) {
        return switch (counterpartyKind) {
            case "SALES_AGENT" -> FinancingKind.INTERNATIONAL_SALES;
            case "BROADCASTER", "PLATFORM" -> FinancingKind.TV_PRESALE;
            default -> FinancingKind.DISTRIBUTOR_MINIMUM_GUARANTEE;
        };
    }

    private static UUID uuid(JsonNode data, String field, String type) {
        try {
            return UUID.fromString(data.path(field).asText());
        } catch (IllegalArgumentException e) {
            throw new EventRejectedException(type + " without a valid " + field);
        }
    }

    private static LocalDate date(JsonNode data, String field, String type) {
        try {
            return LocalDate.parse(data.path(field).asText());
        } catch (java.time.format.DateTimeParseException e) {
            throw new EventRejectedException(type + " without a valid " + field);
        }
    }

    static Money money(JsonNode node, String type) {
        try {
            return new Money(new BigDecimal(node.path("amount").asText()), node.path("currency").asText());
        } catch (IllegalArgumentException e) {
            throw new EventRejectedException(type + " with an invalid amount: " + e.getMessage());
        }
    }
}
