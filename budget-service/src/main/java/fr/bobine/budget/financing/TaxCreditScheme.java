package fr.bobine.budget.financing;

/** The tax credit a production claims, each with its dated rates in tax_credit_rate. */
public enum TaxCreditScheme {
    CINEMA, CINEMA_FRENCH_LANGUAGE, AUDIOVISUAL, AUDIOVISUAL_FICTION, INTERNATIONAL
}
