package fr.bobine.rights.preset;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.bobine.platform.audit.AuditTrail;
import fr.bobine.platform.money.Money;
import fr.bobine.platform.problem.ProblemException;
import fr.bobine.rights.version.NewWaterfallVersion;
import fr.bobine.rights.version.WaterfallVersionDto;
import fr.bobine.rights.version.WaterfallVersionService;
import fr.bobine.rights.waterfall.Expense;
import fr.bobine.rights.waterfall.TheatricalFrancePreset;

@ApplicationScoped
public class PresetService {

    @Inject
    WaterfallVersionService versions;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.SUPPORTS)
    public WaterfallRateList rates(String code, LocalDate on) {
        StringBuilder query = new StringBuilder("1 = 1");
        List<Object> params = new ArrayList<>();
        if (code != null) {
            params.add(code);
            query.append(" and code = ?").append(params.size());
        }
        if (on != null) {
            params.add(on);
            query.append(" and validFrom <= ?").append(params.size()).append(" and (validTo is null or validTo >= ?")
                    .append(params.size()).append(")");
        }
        query.append(" order by code, validFrom");
        return new WaterfallRateList(WaterfallRate.<WaterfallRate> list(query.toString(), params.toArray()).stream()
                .map(WaterfallRate::toDto).toList());
    }

    /** Adds a period to a rate; the open period before it ends the day before. A period at or before the open one's start is 409. */
    @Transactional
    public WaterfallRateDto addRate(NewWaterfallRate request) {
        WaterfallRate open = WaterfallRate.<WaterfallRate> find("code = ?1 and validTo is null", request.code()).firstResult();
        if (WaterfallRate.count("code = ?1 and validFrom >= ?2", request.code(), request.validFrom()) > 0) {
            throw ProblemException.conflict("rate " + request.code() + " already has a period starting on or after " + request.validFrom());
        }
        if (open != null) {
            WaterfallRateDto before = open.toDto();
            open.validTo = request.validFrom().minusDays(1);
            audit.record("waterfall-rate.close", "waterfall-rate", open.id, before, open.toDto());
        }
        WaterfallRate rate = new WaterfallRate();
        rate.id = UUID.randomUUID();
        rate.code = request.code();
        rate.label = request.label();
        rate.rate = request.rate();
        rate.validFrom = request.validFrom();
        rate.source = request.source();
        rate.createdAt = Instant.now(clock);
        rate.persist();
        audit.record("waterfall-rate.create", "waterfall-rate", rate.id, null, rate.toDto());
        return rate.toDto();
    }

    /** Builds the theatrical-France waterfall from the contract terms and the rates valid on the release date. */
    @Transactional
    public WaterfallVersionDto theatricalFrance(UUID productionId, TheatricalFranceRequest request) {
        String currency = currencyOf(request);
        List<Expense> expenses = new ArrayList<>();
        if (request.expenses() != null) {
            for (TheatricalFranceRequest.PresetExpense e : request.expenses()) {
                expenses.add(new Expense(e.label(), e.amount().amount(), e.capped()));
            }
        }
        List<TheatricalFrancePreset.Author> authors = new ArrayList<>();
        if (request.authors() != null) {
            for (TheatricalFranceRequest.PresetAuthor a : request.authors()) {
                authors.add(new TheatricalFrancePreset.Author(a.holder(), a.rate(), a.advance() == null ? null : a.advance().amount()));
            }
        }
        var terms = new TheatricalFrancePreset.Terms(currency, request.releaseDate(), request.distributor(), request.producer(),
                request.rentalRate(), request.commissionRate(), expenses, amount(request.expensesCap()),
                amount(request.minimumGuarantee()), authors, request.minimumGuaranteeContractId());
        var definition = TheatricalFrancePreset.build(terms, (code, date) -> WaterfallRate.on(code, date).map(r -> r.rate)
                .orElseThrow(() -> ProblemException.businessRule("missing-rate", "no rate " + code + " is valid on " + date)));
        return versions.create(productionId, new NewWaterfallVersion(request.name(), request.releaseDate(), definition));
    }

    private static BigDecimal amount(Money money) {
        return money == null ? null : money.amount();
    }

    private static String currencyOf(TheatricalFranceRequest request) {
        List<Money> amounts = new ArrayList<>();
        if (request.expensesCap() != null) {
            amounts.add(request.expensesCap());
        }
        if (request.minimumGuarantee() != null) {
            amounts.add(request.minimumGuarantee());
        }
        if (request.expenses() != null) {
            request.expenses().forEach(e -> amounts.add(e.amount()));
        }
        if (request.authors() != null) {
            request.authors().stream().filter(a -> a.advance() != null).forEach(a -> amounts.add(a.advance()));
        }
        String currency = amounts.isEmpty() ? Money.EUR : amounts.get(0).currency();
        for (Money m : amounts) {
            if (!m.currency().equals(currency)) {
                throw ProblemException.badRequest("minimumGuarantee", "all amounts of a release are in one currency, found "
                        + currency + " and " + m.currency());
            }
            if (m.signum() < 0) {
                throw ProblemException.badRequest("expenses", "amounts must not be negative");
            }
        }
        return currency;
    }
}
