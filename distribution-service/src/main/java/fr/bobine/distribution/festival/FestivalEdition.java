package fr.bobine.distribution.festival;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "festival_edition")
public class FestivalEdition extends PanacheEntityBase {

    @Id
    public UUID id;
    public String name;
    @Column(name = "edition_year")
    public int year;
    public String country;
    public String city;
    /** Name and city folded for the list's {@code q} (see {@code TextSearch}). */
    @Column(name = "search_text")
    public String searchText;
    @Column(name = "starts_on")
    public LocalDate startsOn;
    @Column(name = "ends_on")
    public LocalDate endsOn;
    @Column(name = "notification_on")
    public LocalDate notificationOn;
    public String platform;
    public boolean international;
    @Column(name = "created_at")
    public Instant createdAt;
}
