package fr.bobine.distribution.revenue;

/** Modes of exploitation of a revenue line (the 2017 transparency agreement's layout per mode, plus abroad). */
public enum RevenueMedia {
    THEATRICAL, TV, VOD, SVOD, AVOD, INTERNATIONAL_SALES, OTHER
}
