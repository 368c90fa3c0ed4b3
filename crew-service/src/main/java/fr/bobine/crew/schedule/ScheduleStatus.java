package fr.bobine.crew.schedule;

/** A version is a DRAFT until it is PUBLISHED; the next published version makes it SUPERSEDED. */
public enum ScheduleStatus {
    DRAFT, PUBLISHED, SUPERSEDED
}
