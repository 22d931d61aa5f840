package org.pavilion.shared.problem;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem detail, the body of every error response. */
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(example = "https://pavilion.example/problems/budget-exceeded") String type,
        @Schema(example = "Budget exceeded") String title,
        @Schema(example = "422") int status,
        @Schema(example = "This allocation of KRW 12000000 would pass the programme's budget: KRW 4000000 remains.") String detail,
        @Schema(example = "/api/v1/participations/1c1e.../allocations") String instance,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://pavilion.example/problems/";
}
