package org.pavilion.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/** Documents' bytes in PostgreSQL ({@code document_contents}), written from the temporary file as a stream. */
@ApplicationScoped
class DocumentContentRepository {

    @Inject
    EntityManager em;

    void insert(UUID id, ReceivedFile file) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into document_contents (document_id, bytes) values (?, ?)");
                    InputStream in = Files.newInputStream(file.path())) {
                insert.setObject(1, id);
                insert.setBinaryStream(2, in, file.size());
                insert.executeUpdate();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    InputStream open(UUID id) {
        List<?> rows = em.createNativeQuery("select bytes from document_contents where document_id = :id").setParameter("id", id)
                .getResultList();
        if (rows.isEmpty()) {
            throw new IllegalStateException("Document " + id + " has no stored bytes");
        }
        return new ByteArrayInputStream((byte[]) rows.get(0));
    }
}
