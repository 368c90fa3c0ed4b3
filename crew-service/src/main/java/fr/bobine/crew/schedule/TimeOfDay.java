package fr.bobine.crew.schedule;

/** When a scene takes place in the script: a night scene shot as such is a night shoot for the unit. */
public enum TimeOfDay {
    DAY, NIGHT
}
