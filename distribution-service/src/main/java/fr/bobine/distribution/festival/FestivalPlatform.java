package fr.bobine.distribution.festival;

/** Where entries are sent (shared/domain/distribution.md §1.1). */
public enum FestivalPlatform {
    FILMFREEWAY, FESTHOME, SHORTFILMDEPOT, FILMFEST, DIRECT, OTHER
}
