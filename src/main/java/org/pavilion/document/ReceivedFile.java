package org.pavilion.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.pavilion.shared.web.BodyLimits;

/**
 * An uploaded file, streamed to a temporary file while its SHA-256 and size are computed, so that memory stays
 * bounded whatever the file's size and however many arrive at once. Past the limit, 413 and nothing kept.
 */
record ReceivedFile(Path path, String filename, String contentType, long size, String sha256) implements AutoCloseable {

    private static final int BUFFER = 64 * 1024;

    static ReceivedFile receive(InputStream body, String filename, String contentType, long limit) throws IOException {
        Path path = Files.createTempFile("pavilion-document-", ".upload");
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(path), sha256)) {
                byte[] buffer = new byte[BUFFER];
                for (int n; (n = body.read(buffer)) != -1;) {
                    size += n;
                    if (size > limit) {
                        throw BodyLimits.tooLarge("document", limit);
                    }
                    out.write(buffer, 0, n);
                }
            }
            return new ReceivedFile(path, filename, contentType, size, HexFormat.of().formatHex(sha256.digest()));
        } catch (RuntimeException | IOException e) {
            Files.deleteIfExists(path);
            throw e;
        } catch (NoSuchAlgorithmException e) {
            Files.deleteIfExists(path);
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(path);
    }
}
