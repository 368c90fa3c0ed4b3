package fr.bobine.rights.cuesheet;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A cue sheet; its header and cues are a JSON document (NewCueSheet with durations computed). */
@Entity
@Table(name = "cue_sheet")
public class CueSheetRecord extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "production_id")
    public UUID productionId;
    @Column(name = "episode_number")
    public Integer episodeNumber;
    @Enumerated(EnumType.STRING)
    public CueSheetStatus status;
    public String document;
    @Version
    public long version;
    @Column(name = "finalized_at")
    public Instant finalizedAt;
    @Column(name = "created_at")
    public Instant createdAt;
}
