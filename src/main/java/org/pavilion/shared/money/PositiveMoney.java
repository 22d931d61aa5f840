package org.pavilion.shared.money;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** The amount must be above zero (negative amounts are refused for all money on input). */
@Documented
@Constraint(validatedBy = PositiveMoney.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface PositiveMoney {
    String message() default "amount must be greater than zero";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PositiveMoney, Money> {
        @Override
        public boolean isValid(Money value, ConstraintValidatorContext context) {
            return value == null || value.isPositive();
        }
    }
}
