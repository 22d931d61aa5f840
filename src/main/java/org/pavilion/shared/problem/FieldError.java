package org.pavilion.shared.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One bad field of a request (or one bad cell of an imported file, with its line number). */
@Schema(name = "FieldError")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(
        @Schema(description = "Line number in an imported file, the header being line 1") Integer row,
        @Schema(example = "budget.amount") String field,
        @Schema(example = "must not be blank") String message) {

    public static FieldError of(String field, String message) {
        return new FieldError(null, field, message);
    }

    public static FieldError atRow(int row, String field, String message) {
        return new FieldError(row, field, message);
    }
}
