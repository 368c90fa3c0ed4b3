package fr.bobine.budget.supplier;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A company the productions buy from, identified by its SIRET. */
@Entity
@Table(name = "supplier")
public class Supplier extends PanacheEntityBase {
    @Id
    public UUID id;
    public String name;
    public String siret;
    @Column(name = "vat_number")
    public String vatNumber;
    /** Encrypted (platform PersonalDataCipher): never in clear in the database. */
    @Column(name = "iban")
    public String ibanCiphertext;
    @Column(name = "created_at")
    public Instant createdAt;
    @Version
    public long version;
}
