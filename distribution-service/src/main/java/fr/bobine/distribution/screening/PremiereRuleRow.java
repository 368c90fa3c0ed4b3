package fr.bobine.distribution.screening;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "premiere_rule")
public class PremiereRuleRow extends PanacheEntityBase {

    @Id
    public UUID id;
    public String code;
    public String festival;
    public String section;
    @Column(name = "no_earlier_public_screening")
    public boolean noEarlierPublicScreening;
    @Column(name = "no_screening_outside_origin")
    public boolean noScreeningOutsideOrigin;
    @Column(name = "no_international_festival")
    public boolean noInternationalFestival;
    @Column(name = "no_online")
    public boolean noOnline;
    @Column(name = "online_geo_blocked_to_origin_allowed")
    public boolean onlineGeoBlockedToOriginAllowed;
    @Column(name = "no_television")
    public boolean noTelevision;
    @Column(name = "no_screening_in_europe_outside_origin")
    public boolean noScreeningInEuropeOutsideOrigin;
    @Column(name = "forbidden_countries")
    public String forbiddenCountries;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_to")
    public LocalDate validTo;
    public String source;

    PremiereRule toRule() {
        Set<String> forbidden = forbiddenCountries == null || forbiddenCountries.isBlank() ? Set.of()
                : Arrays.stream(forbiddenCountries.split(",")).map(String::trim).collect(Collectors.toSet());
        return new PremiereRule(code, festival, section, noEarlierPublicScreening, noScreeningOutsideOrigin,
                noInternationalFestival, noOnline, onlineGeoBlockedToOriginAllowed, noTelevision,
                noScreeningInEuropeOutsideOrigin, forbidden, validFrom, validTo, source);
    }
}
