package fr.bobine.crew.callsheet;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The meals of a shooting day; a snack (casse-croûte) is due when the day starts before 07:00 (CCN 3097 art. 46). */
@Schema(name = "MealKind")
public enum MealKind {
    BREAKFAST, SNACK, LUNCH, DINNER
}
