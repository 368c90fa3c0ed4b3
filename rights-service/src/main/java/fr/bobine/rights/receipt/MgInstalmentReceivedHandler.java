package fr.bobine.rights.receipt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import fr.bobine.platform.events.CloudEvent;
import fr.bobine.platform.events.EventRejectedException;
import fr.bobine.platform.inbox.EventHandler;
import fr.bobine.platform.money.Money;
import fr.bobine.rights.availability.AvailabilityService;
import fr.bobine.rights.availability.AvailabilityService.GrantedLicenceView;

/**
 * {@code distribution.mg.instalment.received}: the producer received an instalment of a distributor's MG or a
 * broadcaster's pre-sale. It is a receipt that counts as RNPP when received (protocol of 16/12/2010, art. 3.2), once
 * per instalment. Its contract's licence, kept from {@code distribution.contract.signed}, says whether it is an MG or a
 * pre-sale and its mode; a contract not known here is parked (its signed event, earlier on the same partition, was
 * parked too; retry both in order). Runs inside the inbox transaction.
 */
@ApplicationScoped
public class MgInstalmentReceivedHandler implements EventHandler {

    public static final String TYPE = "distribution.mg.instalment.received";

    @Inject
    ReceiptService receipts;

    @Inject
    AvailabilityService availability;

    @Override
    public boolean handles(String eventType) {
        return TYPE.equals(eventType);
    }

    @Override
    public void handle(CloudEvent event) {
        JsonNode data = event.data();
        UUID instalmentId = uuid(data, "instalmentId");
        UUID contractId = uuid(data, "contractId");
        UUID productionId = uuid(data, "productionId");
        Money amount;
        LocalDate receivedOn;
        try {
            amount = new Money(new BigDecimal(data.path("amount").path("amount").asText()), data.path("amount").path("currency").asText());
            receivedOn = LocalDate.parse(data.path("receivedOn").asText());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new EventRejectedException(TYPE + " " + instalmentId + " has no valid amount or receivedOn: " + e.getMessage(), e);
        }
        if (amount.signum() < 0 || amount.amount().stripTrailingZeros().scale() > 2) {
            throw new EventRejectedException(TYPE + " " + instalmentId + " carries " + amount + ", not an amount at the cent");
        }
        GrantedLicenceView licence = availability.grantedLicence(contractId).filter(l -> l.productionId().equals(productionId))
                .orElseThrow(() -> new EventRejectedException(TYPE + " " + instalmentId + ": distribution contract " + contractId
                        + " of production " + productionId + " is not known here (its distribution.contract.signed is parked"
                        + " or missing); retry it after that one"));
        receipts.recordAdvance(instalmentId, productionId, licence, amount, receivedOn);
    }

    private static UUID uuid(JsonNode data, String field) {
        try {
            return UUID.fromString(data.path(field).asText());
        } catch (IllegalArgumentException e) {
            throw new EventRejectedException(TYPE + " without a valid " + field);
        }
    }
}
