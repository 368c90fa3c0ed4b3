package fr.bobine.budget.rights;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import fr.bobine.budget.costreport.CostEntry;
import fr.bobine.budget.devis.Budget;
import fr.bobine.budget.devis.BudgetLine;
import fr.bobine.budget.devis.BudgetVersion;
import fr.bobine.budget.devis.DevisService;
import fr.bobine.budget.devis.TemplateAccount;
import fr.bobine.budget.production.IncomingEvent;
import fr.bobine.platform.events.CloudEvent;
import fr.bobine.platform.events.EventRejectedException;
import fr.bobine.platform.inbox.EventHandler;
import io.quarkus.panache.common.Sort;

/**
 * Rights fees from rights-service: a signed rights contract commits its total amount due on a line of chapter 1
 * (Droits artistiques) of the production's latest locked budget. The line is the one the event names (its label, account
 * code, id or lineage, within the chapter), else the first line of the chapter. Runs inside the inbox transaction that
 * records the event id; the contract id is also booked once per source in cost_entry, so a replay under a new event id
 * books nothing twice.
 */
@ApplicationScoped
public class RightsFeeHandler implements EventHandler {

    public static final String CONTRACT_SIGNED = "rights.contract.signed";
    public static final String SOURCE = "RIGHTS";

    @Inject
    DevisService devis;

    Clock clock = Clock.systemUTC();

    @Override
    public boolean handles(String eventType) {
        return CONTRACT_SIGNED.equals(eventType);
    }

    @Override
    public void handle(CloudEvent event) {
        JsonNode data = IncomingEvent.data(event);
        UUID productionId = IncomingEvent.knownProduction(event, data);
        String ref = IncomingEvent.uuid(event, data, "contractId").toString();
        // the same contract under a new event id: already booked, whatever the budget has become since
        if (CostEntry.count("source = ?1 and sourceRef = ?2 and kind = ?3", SOURCE, ref, CostEntry.COMMITMENT) > 0) {
            return;
        }
        BigDecimal total = amount(event, data.path("total"), "total");
        JsonNode due = data.path("amountsDue");
        if (due.isArray()) {
            BigDecimal sum = BigDecimal.ZERO.setScale(2);
            for (JsonNode item : due) {
                sum = sum.add(amount(event, item.path("amount"), "amountsDue"));
            }
            if (sum.compareTo(total) != 0) {
                throw new EventRejectedException(event.type() + " for contract " + ref + ": amounts due add up to " + sum
                        + ", not to the total " + total);
            }
        }
        String chapter = data.path("budgetChapter").asText("").strip();
        String named = data.path("budgetLineLabel").asText("").strip();
        if (chapter.isEmpty()) {
            throw new EventRejectedException(event.type() + " for contract " + ref + " names no budget chapter");
        }
        BudgetLine line = lineFor(productionId, chapter, named)
                .orElseThrow(() -> new EventRejectedException(event.type() + " for contract " + ref + " names chapter '"
                        + chapter + "' and line '" + named + "', neither of which has a line in the production's locked budget"));
        CostEntry e = new CostEntry();
        e.id = UUID.randomUUID();
        e.productionId = productionId;
        e.lineage = line.lineage;
        e.kind = CostEntry.COMMITMENT;
        e.source = SOURCE;
        e.sourceRef = ref;
        e.amount = total;
        e.bookedOn = bookedOn(event, data);
        e.label = "droits " + data.path("kind").asText("") + " « " + data.path("workTitle").asText("") + " » "
                + data.path("holderName").asText("") + " (event " + event.id() + ")";
        e.createdAt = Instant.now(clock);
        e.persist();
    }

    /**
     * Within the chapter (per the budget's template) of the latest locked version: the line whose id, lineage, account
     * code or label (its own, else its account's French or English one) the event names, else the first line under an
     * account the event names by its label, else the chapter's first line (in devis order: account position, then line
     * position).
     */
    private Optional<BudgetLine> lineFor(UUID productionId, String chapter, String named) {
        return devis.latestLocked(productionId).flatMap(locked -> {
            BudgetVersion version = BudgetVersion.findById(locked.versionId());
            Budget budget = version == null ? null : Budget.findById(version.budgetId);
            if (budget == null) {
                return Optional.empty();
            }
            Map<String, TemplateAccount> accounts = TemplateAccount.<TemplateAccount> list(
                    "templateCode = ?1 and chapterCode = ?2", budget.templateCode, chapter).stream()
                    .collect(Collectors.toMap(a -> a.code, a -> a));
            List<BudgetLine> lines = BudgetLine.<BudgetLine> list("versionId", Sort.by("position").and("id"),
                    locked.versionId()).stream()
                    .filter(l -> accounts.containsKey(l.accountCode))
                    .sorted(Comparator.comparingInt((BudgetLine l) -> accounts.get(l.accountCode).position))
                    .toList();
            if (!named.isEmpty()) {
                Optional<BudgetLine> match = lines.stream().filter(l -> names(l, accounts.get(l.accountCode), named))
                        .findFirst()
                        .or(() -> lines.stream().filter(l -> underAccountNamed(accounts.get(l.accountCode), accounts, named))
                                .findFirst());
                if (match.isPresent()) {
                    return match;
                }
            }
            return lines.stream().findFirst();
        });
    }

    private static boolean names(BudgetLine line, TemplateAccount account, String named) {
        return named.equalsIgnoreCase(String.valueOf(line.id)) || named.equalsIgnoreCase(String.valueOf(line.lineage))
                || named.equals(line.accountCode) || named.equalsIgnoreCase(strip(line.label))
                || (line.label == null || line.label.isBlank())
                        && (named.equalsIgnoreCase(strip(account.labelFr)) || named.equalsIgnoreCase(strip(account.labelEn)));
    }

    /**
     * Whether the line's account, or the account above it, carries the label the event names: rights-service names the
     * CNC account a kind of work is paid from ("Droits d'adaptation", "Scénario, adaptation et dialogues", "Musique"),
     * while the devis lines under it carry labels of their own.
     */
    private static boolean underAccountNamed(TemplateAccount account, Map<String, TemplateAccount> accounts, String named) {
        for (TemplateAccount a = account; a != null; a = a.parentCode == null ? null : accounts.get(a.parentCode)) {
            if (named.equalsIgnoreCase(strip(a.labelFr)) || named.equalsIgnoreCase(strip(a.labelEn))) {
                return true;
            }
        }
        return false;
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static BigDecimal amount(CloudEvent event, JsonNode money, String field) {
        String currency = money.path("currency").asText("EUR");
        if (!"EUR".equals(currency)) {
            throw new EventRejectedException(event.type() + " carries " + field + " in " + currency + ", not EUR");
        }
        BigDecimal amount = IncomingEvent.cents(event, money, field);
        if (amount.signum() < 0) {
            throw new EventRejectedException(event.type() + " carries a negative " + field + ": " + money);
        }
        return amount;
    }

    private LocalDate bookedOn(CloudEvent event, JsonNode data) {
        try {
            return LocalDate.parse(data.path("signedOn").asText(""));
        } catch (DateTimeParseException e) {
            return event.time() != null ? LocalDate.ofInstant(event.time(), ZoneOffset.UTC) : LocalDate.now(clock);
        }
    }
}
