package fr.bobine.crew.schedule;

/** How a time of day is written on the wire: 08:00 (seconds optional), Europe/Paris local time. */
final class WireTime {

    static final String PATTERN = "^[0-2][0-9]:[0-5][0-9](:[0-5][0-9])?$";

    private WireTime() {
    }
}
