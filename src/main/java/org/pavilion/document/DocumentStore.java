package org.pavilion.document;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

/** Where documents' bytes live: PostgreSQL (the default) or an S3-compatible object store. */
interface DocumentStore {

    /** The name recorded on each document ({@code postgres} or {@code s3}). */
    String name();

    /**
     * Keeps the file's bytes under the document's id, inside the caller's transaction: they commit with it, and a
     * rolled-back transaction leaves nothing behind (an S3 store removes the object after the rollback).
     */
    void put(UUID id, ReceivedFile file) throws IOException;

    /** The bytes of a document; the caller closes the stream. */
    InputStream open(UUID id, String storage) throws IOException;
}
