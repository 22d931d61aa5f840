package org.pavilion.shared.web;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.pavilion.shared.problem.ApiProblem;

/**
 * Bean Validation of a request body, for resource methods that Quarkus does not validate on its own: those a
 * resource inherits from an abstract class shared by two paths (the method-validation interceptor binds only to
 * the class declaring the method). Violations answer exactly as the interceptor's would.
 */
@ApplicationScoped
public class ValidBodies {

    @Inject
    Validator validator;

    /** The body if it is present and valid; 400 otherwise. */
    public <T> T require(T body) {
        if (body == null) {
            throw new ApiProblem.BadRequest("A JSON body is required.", List.of());
        }
        var violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return body;
    }
}
