package fr.bobine.budget.production;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import fr.bobine.platform.http.TextSearch;
import fr.bobine.platform.money.Money;
import fr.bobine.platform.problem.ProblemException;
import fr.bobine.platform.production.DelegatedProducer;
import fr.bobine.platform.production.ProductionKind;
import fr.bobine.platform.production.ProductionStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The master record of a film or series; every other service keeps a copy fed by its events. */
@Entity
@Table(name = "production")
public class Production extends PanacheEntityBase {

    @Id
    public UUID id;
    public String title;
    @Column(name = "original_title")
    public String originalTitle;
    /** Title and original title folded for the list's {@code q} (see {@link TextSearch}). */
    @Column(name = "search_text")
    public String searchText;
    @Enumerated(EnumType.STRING)
    public ProductionKind kind;
    @Enumerated(EnumType.STRING)
    public ProductionStatus status;
    public String genre;
    @Column(name = "original_languages", columnDefinition = "text[]")
    public String[] originalLanguages;
    @Column(name = "runtime_minutes")
    public Integer runtimeMinutes;
    @Column(name = "episode_count")
    public Integer episodeCount;
    @Column(name = "episode_runtime_minutes")
    public Integer episodeRuntimeMinutes;
    @Column(name = "producer_name")
    public String producerName;
    @Column(name = "producer_siret")
    public String producerSiret;
    @Column(name = "planned_shooting_start")
    public LocalDate plannedShootingStart;
    @Column(name = "planned_shooting_end")
    public LocalDate plannedShootingEnd;
    @Column(name = "estimated_budget_amount")
    public BigDecimal estimatedBudgetAmount;
    @Column(name = "estimated_budget_currency")
    public String estimatedBudgetCurrency;
    @Version
    public long version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    static Production create(NewProduction request, Instant now) {
        Production p = new Production();
        p.id = UUID.randomUUID();
        p.title = request.title().strip();
        p.originalTitle = request.originalTitle();
        p.kind = request.kind();
        p.status = request.status() == null ? ProductionStatus.DEVELOPMENT : request.status();
        p.genre = request.genre();
        p.originalLanguages = request.originalLanguages() == null ? new String[0]
                : request.originalLanguages().toArray(String[]::new);
        p.setFormat(request.format());
        p.setDelegatedProducer(request.delegatedProducer());
        p.plannedShootingStart = request.plannedShootingStart();
        p.plannedShootingEnd = request.plannedShootingEnd();
        p.setEstimatedBudget(request.estimatedBudget());
        p.searchText = TextSearch.fold(p.title, p.originalTitle);
        p.createdAt = now;
        p.updatedAt = now;
        p.checkShootingPeriod();
        return p;
    }

    void apply(ProductionPatch patch, Instant now) {
        if (patch.title() != null) {
            title = patch.title().strip();
        }
        if (patch.originalTitle() != null) {
            originalTitle = patch.originalTitle();
        }
        if (patch.kind() != null) {
            kind = patch.kind();
        }
        if (patch.status() != null) {
            status = patch.status();
        }
        if (patch.genre() != null) {
            genre = patch.genre();
        }
        if (patch.originalLanguages() != null) {
            originalLanguages = patch.originalLanguages().toArray(String[]::new);
        }
        if (patch.format() != null) {
            setFormat(patch.format());
        }
        if (patch.delegatedProducer() != null) {
            setDelegatedProducer(patch.delegatedProducer());
        }
        if (patch.plannedShootingStart() != null) {
            plannedShootingStart = patch.plannedShootingStart();
        }
        if (patch.plannedShootingEnd() != null) {
            plannedShootingEnd = patch.plannedShootingEnd();
        }
        if (patch.estimatedBudget() != null) {
            setEstimatedBudget(patch.estimatedBudget());
        }
        searchText = TextSearch.fold(title, originalTitle);
        updatedAt = now;
        checkShootingPeriod();
    }

    ProductionDto toDto() {
        ProductionFormat format = runtimeMinutes == null && episodeCount == null && episodeRuntimeMinutes == null ? null
                : new ProductionFormat(runtimeMinutes, episodeCount, episodeRuntimeMinutes);
        Money budget = estimatedBudgetAmount == null ? null : new Money(estimatedBudgetAmount, estimatedBudgetCurrency);
        return new ProductionDto(id, title, originalTitle, kind, status, genre, List.of(originalLanguages), format,
                new DelegatedProducer(producerName, producerSiret), plannedShootingStart, plannedShootingEnd, budget, version,
                createdAt, updatedAt);
    }

    private void setFormat(ProductionFormat format) {
        runtimeMinutes = format == null ? null : format.runtimeMinutes();
        episodeCount = format == null ? null : format.episodeCount();
        episodeRuntimeMinutes = format == null ? null : format.episodeRuntimeMinutes();
    }

    private void setDelegatedProducer(DelegatedProducer producer) {
        producerName = producer.name().strip();
        producerSiret = producer.siret().replace(" ", "");
    }

    private void setEstimatedBudget(Money budget) {
        estimatedBudgetAmount = budget == null ? null : budget.amount();
        estimatedBudgetCurrency = budget == null ? null : budget.currency();
    }

    private void checkShootingPeriod() {
        if (plannedShootingStart != null && plannedShootingEnd != null && plannedShootingEnd.isBefore(plannedShootingStart)) {
            throw ProblemException.badRequest("plannedShootingEnd", "must not be before plannedShootingStart");
        }
    }
}
