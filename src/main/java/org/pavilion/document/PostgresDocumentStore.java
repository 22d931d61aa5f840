package org.pavilion.document;

import java.io.InputStream;
import java.util.UUID;

/** The default store: the bytes in PostgreSQL beside their row, in the same transaction. */
final class PostgresDocumentStore implements DocumentStore {

    static final String NAME = "postgres";

    private final DocumentContentRepository contents;

    PostgresDocumentStore(DocumentContentRepository contents) {
        this.contents = contents;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void put(UUID id, ReceivedFile file) {
        contents.insert(id, file);
    }

    @Override
    public InputStream open(UUID id, String storage) {
        return contents.open(id);
    }
}
