package fr.bobine.budget.devis;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import fr.bobine.platform.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One version of a budget: a draft being worked on, a version submitted, or an approved one, which is locked. */
@Entity
@Table(name = "budget_version")
public class BudgetVersion extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "budget_id")
    public UUID budgetId;
    public int number;
    @Enumerated(EnumType.STRING)
    public VersionStatus status;
    public String label;
    @Column(name = "rates_on")
    public LocalDate ratesOn;
    @Column(name = "copied_from")
    public UUID copiedFrom;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "locked_at")
    public Instant lockedAt;
    @Version
    public long version;

    /** 409 unless this version is still a draft: a submitted or approved version does not change. */
    void requireDraft() {
        if (status != VersionStatus.DRAFT) {
            throw ProblemException.conflict("budget version " + number + " is " + status
                    + (status == VersionStatus.APPROVED ? " (locked)" : "")
                    + " and cannot change; copy it into a new draft");
        }
    }

    /** Marks the version changed, so that its ETag moves with any change of its lines or rules. */
    void touch(Instant now) {
        updatedAt = now;
    }
}
