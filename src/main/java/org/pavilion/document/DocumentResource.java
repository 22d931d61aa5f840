package org.pavilion.document;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pavilion.document.DocumentViews.DocumentView;
import org.pavilion.shared.security.Roles;

@Path("/api/v1/documents")
@Tag(name = "Documents", description = "Invoices, contracts, export declarations and certificates attached where they belong")
@RolesAllowed({ Roles.OFFICER, Roles.FINANCE, Roles.ADMIN, Roles.SME })
public class DocumentResource {

    @Inject
    DocumentService service;

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Get a document's metadata", description = "An SME: 404 for another company's documents; a deleted one is 404.")
    @APIResponse(responseCode = "200", description = "The document", content = @Content(schema = @Schema(implementation = DocumentView.class)))
    public DocumentView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @Path("/{id}/content")
    @Produces({ "application/pdf", "image/png", "image/jpeg" })
    @Operation(summary = "Download a document", description = "The exact bytes with the stored Content-Type, "
            + "Content-Disposition: attachment with the file name (RFC 6266, filename* in UTF-8), X-Content-Type-Options: "
            + "nosniff and ETag \"<sha256>\".")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response content(@PathParam("id") UUID id) {
        DocumentViews.Content content = service.content(id);
        StreamingOutput body = out -> {
            try (var in = content.bytes()) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, content.contentType()).header("Content-Disposition", ContentDisposition.attachment(content.filename()))
                .header("X-Content-Type-Options", "nosniff").header("Content-Length", content.size())
                .tag(new EntityTag(content.sha256())).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.SME })
    @Operation(summary = "Delete a document", description = "Hidden from now on (lists, reads, the rules); the bytes are kept "
            + "for audit. An SME its own, on a claim only while SUBMITTED (409 after).")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "claim-decided")
    public void delete(@PathParam("id") UUID id) {
        service.delete(id);
    }
}
