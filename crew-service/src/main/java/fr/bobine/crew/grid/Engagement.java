package fr.bobine.crew.grid;

/** Engagement by the week (rate for the weekly reference duration) or by the day (CCN 3097 art. 34, 2642 VI.8.4). */
public enum Engagement {
    WEEKLY, DAILY
}
