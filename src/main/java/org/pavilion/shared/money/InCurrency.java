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

/** The money must be in this currency (budgets and caps in KRW, prior-year exports in USD). */
@Documented
@Constraint(validatedBy = InCurrency.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface InCurrency {
    String value();

    String message() default "must be in {value}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<InCurrency, Money> {
        private String code;

        @Override
        public void initialize(InCurrency annotation) {
            code = annotation.value();
        }

        @Override
        public boolean isValid(Money value, ConstraintValidatorContext context) {
            return value == null || value.currency().getCurrencyCode().equals(code);
        }
    }
}
