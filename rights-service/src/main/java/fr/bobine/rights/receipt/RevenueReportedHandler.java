package fr.bobine.rights.receipt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.bobine.platform.events.CloudEvent;
import fr.bobine.platform.events.EventRejectedException;
import fr.bobine.platform.inbox.EventHandler;
import fr.bobine.platform.money.Money;

/** Turns distribution-service's revenue reports into receipts; runs inside the inbox transaction. */
@ApplicationScoped
public class RevenueReportedHandler implements EventHandler {

    public static final String TYPE = "distribution.revenue.reported";

    @Inject
    ObjectMapper mapper;

    @Inject
    ReceiptService receipts;

    @Override
    public boolean handles(String eventType) {
        return TYPE.equals(eventType);
    }

    @Override
    public void handle(CloudEvent event) {
        receipts.recordReport(read(event));
    }

    RevenueReport read(CloudEvent event) {
        RevenueReport report;
        try {
            report = mapper.treeToValue(event.data(), RevenueReport.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new EventRejectedException(TYPE + " data is not a revenue report v1: " + e.getMessage(), e);
        }
        if (report == null || report.reportId() == null || report.productionId() == null || report.periodEnd() == null
                || report.lines() == null || report.total() == null) {
            throw new EventRejectedException(TYPE + " lacks a required field of revenue report v1");
        }
        Money sum = Money.zero(report.total().currency());
        for (int i = 0; i < report.lines().size(); i++) {
            RevenueReport.Line line = report.lines().get(i);
            if (line == null || line.media() == null || line.grossReceipts() == null || line.territory() == null
                    || !line.territory().matches("[A-Z]{2}") || line.grossReceipts().signum() < 0) {
                throw new EventRejectedException(TYPE + " line " + i + " needs media, an ISO 3166-1 territory and a non-negative gross");
            }
            if (!line.grossReceipts().currency().equals(sum.currency())) {
                throw new EventRejectedException(TYPE + " line " + i + " is not in the report's currency " + sum.currency());
            }
            sum = sum.plus(line.grossReceipts());
        }
        if (sum.amount().compareTo(report.total().amount()) != 0) {
            throw new EventRejectedException(TYPE + " lines add up to " + sum + ", not to the total " + report.total());
        }
        if (event.subject() != null && !event.subject().equals(report.productionId().toString())) {
            throw new EventRejectedException(TYPE + " subject " + event.subject() + " is not its productionId");
        }
        return report;
    }
}
