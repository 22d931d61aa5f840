package org.pavilion.document;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.pavilion.document.DocumentViews.DocumentView;
import org.pavilion.shared.paging.Page;
import org.pavilion.shared.paging.PageRequest;
import org.pavilion.shared.problem.ApiProblem;
import org.pavilion.shared.security.Roles;
import org.pavilion.shared.web.BodyLimits;
import org.pavilion.shared.web.QueryParams;

/** The documents of one kind of owner (claims, outcomes, companies, participations); each subclass names its path. */
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.OFFICER, Roles.FINANCE, Roles.ADMIN, Roles.SME })
abstract class OwnerDocumentEndpoints {

    static final String PDF = "application/pdf";
    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";

    @Inject
    DocumentService service;

    abstract OwnerType ownerType();

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.SME })
    @Operation(summary = "Attach a document", description = "The file as the raw body with its Content-Type (application/pdf, "
            + "image/png or image/jpeg; anything else, or bytes whose signature is not that type, 415) and "
            + "Content-Disposition: attachment; filename=\"...\" (filename*=UTF-8''... for names that are not ASCII; a name "
            + "with / or \\ or control characters, or over 255 characters: 400). At most 10 MiB (413). An SME for its own "
            + "company's resources, on a claim only while SUBMITTED (409 after). The same file as INVOICE or RECEIPT on "
            + "another claim that is not REJECTED: 409.")
    @RequestBody(content = { @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = PNG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = JPEG, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "201", description = "Attached", content = @Content(schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "409", description = "claim-decided or invoice-file-already-claimed")
    @APIResponse(responseCode = "413", description = "Larger than the document limit")
    @APIResponse(responseCode = "415", description = "Not a PDF, PNG or JPEG, or bytes that are not the declared type")
    public Response attach(@PathParam("id") UUID id,
            @Parameter(required = true, description = "INVOICE, RECEIPT, CONTRACT, EXPORT_DECLARATION, BILL_OF_LADING, "
                    + "BUSINESS_REGISTRATION or OTHER") @QueryParam("kind") String kind,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Parameter(required = true, example = "attachment; filename=\"invoice-2025-031.pdf\"") @HeaderParam("Content-Disposition") String disposition,
            InputStream body) throws IOException {
        DocumentKind documentKind = QueryParams.enumValue(DocumentKind.class, "kind", kind);
        if (documentKind == null) {
            throw ApiProblem.BadRequest.field("kind", "is required");
        }
        // The media type is checked here, after authentication and the role (the contract's order of checks).
        String type = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase();
        if (!BodyLimits.DOCUMENT_TYPES.contains(type)) {
            throw new ApiProblem(415, "unsupported-media-type", "Unsupported media type",
                    "A document is the raw body as application/pdf, image/png or image/jpeg.");
        }
        try (ReceivedFile file = service.receive(body, type, disposition)) {
            DocumentView document = service.attach(ownerType(), id, documentKind, file);
            return Response.created(URI.create("/api/v1/documents/" + document.id())).entity(document).build();
        }
    }

    @GET
    @Operation(summary = "List the documents", description = "Not deleted, by upload, then id. An SME: its own company's only.")
    public Page<DocumentView> list(@PathParam("id") UUID id, @QueryParam("page") String page, @QueryParam("size") String size) {
        return service.of(ownerType(), id, PageRequest.of(page, size));
    }
}
