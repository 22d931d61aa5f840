package org.pavilion.shared.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.pavilion.shared.security.Roles;

/**
 * Documents, in one place, the problem+json responses every {@code /api} operation can give
 * (400, 401, 403, 404, 412, 413, 415, 500, 503), the problem+json body of every error response, and the
 * {@code Idempotency-Key} and {@code If-Match} headers, so that each resource only states which 409 and 422
 * cases it has, in words.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final List<String> ALL_ROLES = List.of(Roles.OFFICER, Roles.FINANCE, Roles.ADMIN, Roles.SME, Roles.REVIEWER);
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([A-Za-z]+)\\}");

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
                entry.getValue().setOperationId(OperationIds.of(entry.getKey().name(), path.getKey()));
                inherited(entry.getKey().name(), path.getKey(), entry.getValue());
                statedRoles(entry.getValue());
                typedParameters(entry.getValue());
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

    /** What SmallRye misses on methods inherited from a shared abstract resource: the path's parameters and the roles. */
    private static void inherited(String method, String path, Operation operation) {
        Matcher names = PATH_PARAMETER.matcher(path);
        while (names.find()) {
            String name = names.group(1);
            boolean declared = operation.getParameters() != null && operation.getParameters().stream()
                    .anyMatch(p -> p.getIn() == Parameter.In.PATH && name.equals(p.getName()));
            if (!declared) {
                Schema schema = name.equals("subject") ? OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).maxLength(255)
                        : OASFactory.createSchema().ref("#/components/schemas/UUID");
                operation.addParameter(OASFactory.createParameter().name(name).in(Parameter.In.PATH).required(true).schema(schema));
            }
        }
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme("bearer",
                    OperationIds.rolesOfInherited(method, path))));
        }
    }

    /**
     * The roles allowed, as the {@code x-roles} extension and a sentence of the description, instead of OAuth scopes
     * of the bearer scheme (which they are not: they come from the token's {@code groups} claim).
     */
    private static void statedRoles(Operation operation) {
        if (operation.getSecurity() == null) {
            return;
        }
        List<String> roles = new ArrayList<>();
        for (SecurityRequirement requirement : operation.getSecurity()) {
            if (requirement.getSchemes() != null) {
                requirement.getSchemes().values().forEach(scopes -> roles.addAll(scopes == null ? List.of() : scopes));
            }
        }
        operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme("bearer", List.of())));
        List<String> distinct = roles.isEmpty() ? ALL_ROLES : roles.stream().distinct().toList();
        operation.addExtension("x-roles", distinct);
        String sentence = "Roles: " + (roles.isEmpty() ? "any authenticated user (" + String.join(", ", distinct) + ")"
                : String.join(", ", distinct)) + ".";
        operation.setDescription(operation.getDescription() == null ? sentence : operation.getDescription() + "\n\n" + sentence);
    }

    /** Query and path parameters that the resources read as text (to answer 400, not 404) get their exact types here. */
    private static void typedParameters(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter p : operation.getParameters()) {
            if (p.getIn() != Parameter.In.QUERY && p.getIn() != Parameter.In.PATH) {
                continue;
            }
            Schema schema = switch (p.getName()) {
                case "page" -> integer(0, null).defaultValue(0).description("Page number, from 0");
                case "size" -> integer(1, 200).defaultValue(50).description("Page size, 1 to 200");
                case "month" -> integer(0, 36).description("Months after the reference date");
                case "year" -> integer(1900, 2999);
                case "from", "to", "rateDate", "date" -> OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .format("date").description("YYYY-MM-DD");
                case "companyId", "programmeId", "fairId", "entityId" -> OASFactory.createSchema()
                        .type(List.of(Schema.SchemaType.STRING)).format("uuid");
                case "table" -> OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .enumeration(List.of("figures", "rates", "unconverted")).defaultValue("figures")
                        .description("The table of a CSV download");
                case "currency" -> OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).pattern("^[A-Z]{3}$")
                        .description("ISO 4217 code");
                default -> null;
            };
            if (schema != null) {
                p.setSchema(schema);
            }
        }
    }

    private static Schema integer(Integer minimum, Integer maximum) {
        Schema schema = OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32");
        if (minimum != null) {
            schema.minimum(BigDecimal.valueOf(minimum));
        }
        if (maximum != null) {
            schema.maximum(BigDecimal.valueOf(maximum));
        }
        return schema;
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
