package fr.bobine.distribution.screening;

/** What kind of exhibition a screening was; an online screening not geo-blocked reaches every country. */
public enum ScreeningKind {
    FESTIVAL_INTERNATIONAL, FESTIVAL_NATIONAL, THEATRICAL, TV, ONLINE, ONLINE_GEO_BLOCKED, MARKET
}
