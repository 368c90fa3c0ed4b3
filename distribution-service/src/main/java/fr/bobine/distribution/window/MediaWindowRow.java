package fr.bobine.distribution.window;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "media_window")
public class MediaWindowRow extends PanacheEntityBase {

    @Id
    public UUID id;
    public String code;
    public String accord;
    @Enumerated(EnumType.STRING)
    public RightsMedia media;
    @Column(name = "months_after_release")
    public int monthsAfterRelease;
    @Column(name = "default_for_media")
    public boolean defaultForMedia;
    public String condition;
    public boolean verified;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_to")
    public LocalDate validTo;

    MediaWindow toWindow() {
        return new MediaWindow(code, accord, media, monthsAfterRelease, defaultForMedia, condition, verified, validFrom, validTo);
    }
}
