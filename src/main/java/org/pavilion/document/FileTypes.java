package org.pavilion.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.tika.Tika;
import org.pavilion.shared.problem.ApiProblem;

/** The type a file's bytes really have, by their signature (Apache Tika's detector), against the declared one. */
final class FileTypes {

    private static final Tika TIKA = new Tika();

    private FileTypes() {
    }

    /** 415 unless the bytes are a file of the declared type (PDF, PNG or JPEG). */
    static void requireBytesAre(Path file, String declared) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8192);
        }
        String detected = TIKA.detect(head);
        if (!declared.equals(detected)) {
            throw new ApiProblem(415, "unsupported-media-type", "Unsupported media type",
                    "The file's bytes are not " + declared + " (its signature says " + detected + ").");
        }
    }
}
