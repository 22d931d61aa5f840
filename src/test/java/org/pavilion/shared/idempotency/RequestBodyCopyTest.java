package org.pavilion.shared.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class RequestBodyCopyTest {

    private static final byte[] PREFIX = "POST /api/v1/programmes/p/outcomes/import\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void aSmallBodyStaysInMemoryAndIsHandedOnUnchanged() throws Exception {
        byte[] body = "{\"name\":\"small\"}".getBytes(StandardCharsets.UTF_8);
        long before = bodyFiles();
        RequestBodyCopy copy = RequestBodyCopy.of(PREFIX, new ByteArrayInputStream(body));
        assertThat(bodyFiles()).as("no temporary file").isEqualTo(before);
        assertThat(copy.sha256()).isEqualTo(sha256(PREFIX, body));
        try (InputStream replay = copy.replay()) {
            assertThat(replay.readAllBytes()).isEqualTo(body);
        }
    }

    @Test
    void aLargeBodyGoesToATemporaryFileThatIsDeletedOnceRead() throws Exception {
        byte[] body = new byte[RequestBodyCopy.IN_MEMORY * 3 + 17];
        Arrays.fill(body, (byte) 'x');
        body[body.length - 1] = 'y';
        long before = bodyFiles();
        RequestBodyCopy copy = RequestBodyCopy.of(PREFIX, new ByteArrayInputStream(body));
        assertThat(bodyFiles()).as("one temporary file").isEqualTo(before + 1);
        assertThat(copy.sha256()).isEqualTo(sha256(PREFIX, body));
        try (InputStream replay = copy.replay()) {
            assertThat(replay.readAllBytes()).isEqualTo(body);
        }
        assertThat(bodyFiles()).isEqualTo(before);
        copy.discard();
    }

    @Test
    void aBodyNeverReadIsDeletedAfterTheResponse() throws Exception {
        byte[] body = new byte[RequestBodyCopy.IN_MEMORY + 1];
        long before = bodyFiles();
        RequestBodyCopy copy = RequestBodyCopy.of(PREFIX, new ByteArrayInputStream(body));
        assertThat(bodyFiles()).isEqualTo(before + 1);
        copy.discard();
        assertThat(bodyFiles()).isEqualTo(before);
    }

    @Test
    void aBodyThatBreaksOffLeavesNoFile() {
        long before = bodyFiles();
        InputStream breaking = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ > RequestBodyCopy.IN_MEMORY * 2) {
                    throw new IOException("connection reset");
                }
                return 'z';
            }
        };
        assertThatThrownBy(() -> RequestBodyCopy.of(PREFIX, breaking)).isInstanceOf(IOException.class)
                .hasMessage("connection reset");
        assertThat(bodyFiles()).isEqualTo(before);
    }

    private static long bodyFiles() {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("pavilion-body-")).count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] prefix, byte[] body) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update(prefix);
        digest.update(body);
        return HexFormat.of().formatHex(digest.digest());
    }
}
