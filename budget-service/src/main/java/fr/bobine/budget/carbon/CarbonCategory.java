package fr.bobine.budget.carbon;

/**
 * The categories a production's footprint is reported in, those of the CNC-approved calculators (Ecoprod's
 * Carbon'Clap: transport of people, accommodation, meals, energy, purchases of sets and materials, transport of
 * equipment, post-production), in the order a statement lists them.
 */
public enum CarbonCategory {
    TRAVEL("Déplacements de personnes", "Travel of people"),
    ACCOMMODATION("Hébergement", "Accommodation"),
    CATERING("Restauration et régie", "Catering and unit costs"),
    ENERGY("Énergie", "Energy"),
    SETS_AND_MATERIALS("Décors, costumes et matériel", "Sets, costumes and equipment"),
    FREIGHT("Transport de matériel", "Transport of equipment"),
    POST_PRODUCTION("Post-production", "Post-production");

    private final String fr;
    private final String en;

    CarbonCategory(String fr, String en) {
        this.fr = fr;
        this.en = en;
    }

    public String label(String lang) {
        return "en".equals(lang) ? en : fr;
    }
}
