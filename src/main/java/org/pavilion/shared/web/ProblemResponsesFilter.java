package org.pavilion.shared.web;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents, in one place, the problem+json responses every {@code /api} operation can give
 * (400, 401, 403, 404, 412, 413, 415, 500, 503), the problem+json body of every error response, and the
 * {@code Idempotency-Key} and {@code If-Match} headers, so that each resource only states which 409 and 422
 * cases it has, in words.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        components.addSchema("FieldError", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("One bad field of a request, or one bad cell of an imported file")
                .addProperty("row", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))
                        .description("Line number in an imported file, the header being line 1"))
                .addProperty("field", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).example("budget.amount"))
                .addProperty("message", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).example("must not be blank")));
        components.addSchema("Problem", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details, the body of every error (application/problem+json)")
                .addProperty("type", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .example("https://pavilion.example/problems/budget-exceeded"))
                .addProperty("title", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).example("Budget exceeded"))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).example(422))
                .addProperty("detail", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty("instance", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError"))));
        if (openAPI.getPaths() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            boolean hasId = path.getKey().contains("{");
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().getOperations().entrySet()) {
                document(entry.getKey(), entry.getValue(), hasId);
            }
        }
    }

    private void document(PathItem.HttpMethod method, Operation operation, boolean hasId) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean hasBody = operation.getRequestBody() != null;
        addIfAbsent(responses, "400", "Invalid request: malformed JSON, a wrong type, a failed validation or a bad query parameter");
        addIfAbsent(responses, "401", "No valid bearer token");
        addIfAbsent(responses, "403", "The caller's role may not perform this operation");
        if (hasId) {
            addIfAbsent(responses, "404", "No such resource, or one the caller may not see");
        }
        if (hasBody) {
            addIfAbsent(responses, "413", "The request body is over the limit");
            addIfAbsent(responses, "415", "The request body is not of the documented media type");
        }
        if (method == PathItem.HttpMethod.POST) {
            addIfAbsent(responses, "409", "A request with the same Idempotency-Key is still in progress");
            addIfAbsent(responses, "422", "The same Idempotency-Key was used with a different request (idempotency-key-reused)");
            if (!hasHeader(operation, "Idempotency-Key")) {
                operation.addParameter(OASFactory.createParameter().name("Idempotency-Key").in(Parameter.In.HEADER)
                        .description("Makes a retry safe: the same key and body replay the first response with "
                                + "Idempotent-Replayed: true. Scoped to the caller, kept at least 24 h.")
                        .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).maxLength(200)));
            }
        }
        if (hasHeader(operation, "If-Match")) {
            addIfAbsent(responses, "412", "If-Match does not match the current ETag");
        }
        addIfAbsent(responses, "500", "An unexpected fault (generic detail, with an incident id)");
        addIfAbsent(responses, "503", "The database cannot be reached");
        // Errors a resource declares itself (its 409 and 422 cases) get the problem+json body here, declared once.
        responses.getAPIResponses().forEach((status, response) -> {
            if ((status.startsWith("4") || status.startsWith("5")) && (response.getContent() == null
                    || response.getContent().getMediaTypes() == null || response.getContent().getMediaTypes().isEmpty())) {
                response.setContent(problemContent());
            }
        });
    }

    private static boolean hasHeader(Operation operation, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()));
    }

    private static void addIfAbsent(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            return;
        }
        APIResponse response = OASFactory.createAPIResponse().description(description)
                .content(problemContent());
        responses.addAPIResponse(status, response);
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType("application/problem+json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }
}
