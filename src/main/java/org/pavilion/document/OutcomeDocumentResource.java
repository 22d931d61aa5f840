package org.pavilion.document;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/outcomes/{id}/documents")
@Tag(name = "Documents", description = "Invoices, contracts, export declarations and certificates attached where they belong")
public class OutcomeDocumentResource extends OwnerDocumentEndpoints {

    @Override
    OwnerType ownerType() {
        return OwnerType.outcome;
    }
}
