package org.pavilion.document;

import java.io.InputStream;
import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pavilion.shared.security.Actor;

/** Response bodies of documents. */
final class DocumentViews {

    private DocumentViews() {
    }

    @Schema(name = "Document")
    record DocumentView(UUID id, @Schema(description = "claim, outcome, company or participation") OwnerType ownerType, UUID ownerId,
            DocumentKind kind, String filename, @Schema(example = "application/pdf") String contentType,
            @Schema(description = "Bytes") long size,
            @Schema(description = "SHA-256 of the bytes, lowercase hex", example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
            Actor uploadedBy, Instant uploadedAt) {

        static DocumentView of(Document d) {
            return new DocumentView(d.id, d.ownerType, d.ownerId, d.kind, d.filename, d.contentType, d.size, d.sha256.trim(),
                    new Actor(d.uploadedBySubject, d.uploadedByName), d.uploadedAt);
        }
    }

    /** A document's bytes with what the download needs. */
    record Content(InputStream bytes, String contentType, String filename, String sha256, long size) {
    }
}
