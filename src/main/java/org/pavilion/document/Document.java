package org.pavilion.document;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.pavilion.shared.domain.Timestamps;
import org.pavilion.shared.security.Actor;

/** A file attached to a claim, an outcome, a company or a participation. Deleting it hides it; its bytes stay. */
@Entity
@Table(name = "documents")
class Document {

    @Id
    UUID id;
    @Enumerated(EnumType.STRING)
    OwnerType ownerType;
    UUID ownerId;
    UUID companyId;
    @Enumerated(EnumType.STRING)
    DocumentKind kind;
    String filename;
    String contentType;
    long size;
    @Column(columnDefinition = "bpchar(64)")
    String sha256;
    String storage;
    String uploadedBySubject;
    String uploadedByName;
    Instant uploadedAt;
    Instant deletedAt;
    String deletedBy;

    protected Document() {
    }

    static Document of(UUID id, OwnerType ownerType, UUID ownerId, UUID companyId, DocumentKind kind, ReceivedFile file,
            String storage, Actor by) {
        Document d = new Document();
        d.id = id;
        d.ownerType = ownerType;
        d.ownerId = ownerId;
        d.companyId = companyId;
        d.kind = kind;
        d.filename = file.filename();
        d.contentType = file.contentType();
        d.size = file.size();
        d.sha256 = file.sha256();
        d.storage = storage;
        d.uploadedBySubject = by.subject();
        d.uploadedByName = by.name();
        d.uploadedAt = Timestamps.now();
        return d;
    }

    boolean isDeleted() {
        return deletedAt != null;
    }

    void delete(String by) {
        deletedAt = Timestamps.now();
        deletedBy = by;
    }

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("ownerType", ownerType.name());
        s.put("ownerId", ownerId);
        s.put("kind", kind.name());
        s.put("filename", filename);
        s.put("contentType", contentType);
        s.put("size", size);
        s.put("sha256", sha256);
        s.put("deleted", deletedAt != null);
        return s;
    }
}
