package fr.bobine.crew.person;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation whose answer shows people's data (names with rates, hours, declarations): every person it shows
 * gets an audit record of the read (PersonalDataReads), masked or in full, so that the auditor can list who read whom.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PersonalDataRead {
}
