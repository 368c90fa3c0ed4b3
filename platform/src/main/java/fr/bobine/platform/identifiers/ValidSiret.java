package fr.bobine.platform.identifiers;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** Bean Validation constraint: a 14-digit SIRET whose Luhn key is right (null is left to @NotNull). */
@Documented
@Constraint(validatedBy = ValidSiret.Validator.class)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
public @interface ValidSiret {
    String message() default "must be a SIRET of 14 digits with a valid Luhn key";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidSiret, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Siret.isValid(value);
        }
    }
}
