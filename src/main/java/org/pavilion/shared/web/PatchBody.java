package org.pavilion.shared.web;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.pavilion.shared.problem.ApiProblem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A PATCH body: the typed, validated values plus the names of the fields present, since only
 * those change (a field sent as null is present, and clears it where that is allowed).
 */
public record PatchBody<T>(T values, Set<String> present) {

    public static <T> PatchBody<T> parse(ObjectNode body, Class<T> type, ObjectMapper mapper, Validator validator)
            throws JsonProcessingException {
        if (body == null) {
            throw new ApiProblem.BadRequest("The request body must be a JSON object.", null);
        }
        T values = mapper.treeToValue(body, type);
        var violations = validator.validate(values);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        Set<String> present = new LinkedHashSet<>();
        body.fieldNames().forEachRemaining(present::add);
        return new PatchBody<>(values, present);
    }

    public boolean has(String field) {
        return present.contains(field);
    }

    /** A required field may be left out of a patch, never set to null: 400 when it is. */
    public void notNull(String field, Object value) {
        if (has(field) && value == null) {
            throw ApiProblem.BadRequest.field(field, "must not be null");
        }
    }
}
