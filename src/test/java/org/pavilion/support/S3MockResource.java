package org.pavilion.support;

import static io.restassured.RestAssured.given;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real S3-compatible server for the tests: Adobe's S3Mock (the build copies its executable jar to target/s3mock),
 * started as its own process with the documents bucket, and the service configured to store documents in it.
 */
public class S3MockResource implements QuarkusTestResourceLifecycleManager {

    static final String BUCKET = "pavilion-documents";
    private Process process;

    @Override
    public Map<String, String> start() {
        try {
            Path jar = Path.of("target", "s3mock", "s3mock.jar");
            if (!Files.exists(jar)) {
                throw new IllegalStateException("target/s3mock/s3mock.jar is missing: the build copies it (mvn generate-test-resources)");
            }
            int http = PackagedInstance.freePort();
            int https = PackagedInstance.freePort();
            ProcessBuilder builder = new ProcessBuilder("java", "-Xmx256m", "-jar", jar.toString(), "--com.adobe.testing.s3mock.httpPort=" + http,
                    "--server.port=" + https, "--spring.main.banner-mode=off");
            builder.environment().put("COM_ADOBE_TESTING_S3MOCK_STORE_INITIAL_BUCKETS", BUCKET);
            builder.environment().put("COM_ADOBE_TESTING_S3MOCK_STORE_RETAIN_FILES_ON_EXIT", "false");
            builder.redirectErrorStream(true).redirectOutput(new File("target/s3mock.log"));
            process = builder.start();
            String endpoint = "http://localhost:" + http;
            for (int i = 0; i < 300; i++) {
                try {
                    if (given().get(endpoint + "/" + BUCKET).statusCode() == 200) {
                        return Map.of("pavilion.documents.store", "s3", "pavilion.documents.s3.endpoint", endpoint,
                                "pavilion.documents.s3.bucket", BUCKET, "pavilion.documents.s3.access-key", "test",
                                "pavilion.documents.s3.secret-key", "test");
                    }
                } catch (Exception notYet) {
                    // still starting
                }
                if (!process.isAlive()) {
                    break;
                }
                Thread.sleep(200);
            }
            throw new IllegalStateException("S3Mock did not start: see target/s3mock.log");
        } catch (Exception e) {
            stop();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (process != null) {
            process.destroy();
        }
    }
}
