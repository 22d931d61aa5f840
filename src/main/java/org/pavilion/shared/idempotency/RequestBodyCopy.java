package org.pavilion.shared.idempotency;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A request body read once to hash it and handed on to the resource unchanged. Small bodies stay in memory; from
 * {@link #IN_MEMORY} bytes on the body goes to a temporary file, so a 20 MiB import or a 10 MiB document sent with an
 * Idempotency-Key does not sit in the heap (several at once would exhaust it). The file is deleted when the resource
 * closes the body or, at the latest, by {@link #discard()} after the response.
 */
final class RequestBodyCopy {

    /** Bodies up to this size are kept in memory. */
    static final int IN_MEMORY = 64 * 1024;

    private final String sha256;
    private final byte[] bytes;
    private final Path file;

    private RequestBodyCopy(String sha256, byte[] bytes, Path file) {
        this.sha256 = sha256;
        this.bytes = bytes;
        this.file = file;
    }

    /** Reads {@code body} to its end: the SHA-256 of {@code prefix} followed by the body, and a copy of the body. */
    static RequestBodyCopy of(byte[] prefix, InputStream body) throws IOException {
        MessageDigest digest = newDigest();
        digest.update(prefix);
        ByteArrayOutputStream memory = new ByteArrayOutputStream();
        Path file = null;
        OutputStream out = memory;
        byte[] buffer = new byte[8192];
        try {
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                digest.update(buffer, 0, n);
                if (file == null && memory.size() + n > IN_MEMORY) {
                    file = Files.createTempFile("pavilion-body-", ".bin");
                    out = Files.newOutputStream(file);
                    memory.writeTo(out);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            closeAndDelete(out, file);
            throw e;
        }
        out.close();
        return new RequestBodyCopy(HexFormat.of().formatHex(digest.digest()), file == null ? memory.toByteArray() : null, file);
    }

    String sha256() {
        return sha256;
    }

    /** The body again, for the resource. */
    InputStream replay() {
        if (file == null) {
            return new ByteArrayInputStream(bytes);
        }
        try {
            return Files.newInputStream(file, StandardOpenOption.DELETE_ON_CLOSE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the temporary file, if any and not yet deleted. */
    void discard() {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // Left in the temporary directory; nothing depends on it.
            }
        }
    }

    private static void closeAndDelete(OutputStream out, Path file) {
        try {
            out.close();
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // The original failure is what the caller reports.
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
