package org.pavilion.reliability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.pavilion.support.Concurrently;
import org.pavilion.support.EmbeddedPostgresResource;
import org.pavilion.support.Fixtures;
import org.pavilion.support.PackagedAppKeys;
import org.pavilion.support.PackagedInstance;
import org.pavilion.support.Tokens;
import org.pavilion.support.VoucherFixtures;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * Uploads stream: ten 10 MiB documents at once through the packaged service, started with the production JVM options
 * of docker/jvm.options but a heap of 96 MiB (ten buffered bodies alone would need 100 MiB). Every upload succeeds and
 * the heap in use, sampled from the metrics while they run, stays far below ten bodies.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = PackagedAppKeys.class, restrictToAnnotatedClass = true)
class DocumentUploadMemoryIT {

    static final int MIB = 1024 * 1024;
    private static final Pattern HEAP = Pattern.compile("^jvm_memory_used_bytes\\{area=\"heap\"[^}]*\\} ([0-9.E+]+)", Pattern.MULTILINE);

    static long heapUsed(int port) {
        String metrics = given().port(port).get("/q/metrics").asString();
        Matcher m = HEAP.matcher(metrics);
        long sum = 0;
        while (m.find()) {
            sum += (long) Double.parseDouble(m.group(1));
        }
        return sum;
    }

    @Test
    void tenConcurrentTenMebibyteUploadsFitInA96MebibyteHeap() throws Exception {
        String options = Files.readAllLines(Path.of("docker", "jvm.options")).stream().map(String::trim)
                .filter(l -> !l.isEmpty() && !l.startsWith("#") && !l.startsWith("-Xmx")).collect(Collectors.joining(" "));
        var server = EmbeddedPostgresResource.ensureStarted();
        Map<String, String> env = PackagedInstance.environment(server.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        env.put("JDK_JAVA_OPTIONS", options + " -Xmx96m");
        try (PackagedInstance app = PackagedInstance.start("upload-memory", env)) {
            int port = app.port();
            List<String[]> claims = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String sme = Fixtures.uniqueSubject("sme-memory");
                String company = given().port(port).auth().oauth2(Tokens.sme(sme)).contentType("application/json")
                        .body(Fixtures.aCompany()).post("/api/v1/companies").then().statusCode(201).extract().path("id");
                given().port(port).auth().oauth2(Tokens.officer()).contentType("application/json").body(Map.of("status", "VERIFIED"))
                        .patch("/api/v1/companies/" + company).then().statusCode(200);
                claims.add(new String[] { sme, company });
            }
            long before = heapUsed(port);
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicLong peak = new AtomicLong(before);
            Thread sampler = new Thread(() -> {
                while (running.get()) {
                    peak.accumulateAndGet(heapUsed(port), Math::max);
                }
            });
            sampler.start();
            List<Callable<Integer>> uploads = new ArrayList<>();
            for (String[] c : claims) {
                byte[] file = Arrays.copyOf(VoucherFixtures.aPdf("memory " + c[1]), 10 * MIB);
                uploads.add(() -> given().port(port).auth().oauth2(Tokens.sme(c[0])).contentType("application/pdf")
                        .header("Content-Disposition", "attachment; filename=\"registration.pdf\"").body(file)
                        .post("/api/v1/companies/" + c[1] + "/documents?kind=BUSINESS_REGISTRATION").statusCode());
            }
            List<Integer> codes = Concurrently.fireAtOnce(uploads);
            running.set(false);
            sampler.join();
            assertThat(codes).as("every upload succeeds on a 96 MiB heap").containsOnly(201);
            long rise = peak.get() - before;
            System.out.printf("DocumentUploadMemoryIT: 10 concurrent 10 MiB uploads, -Xmx96m, heap in use %d MiB before, peak %d MiB "
                    + "(rise %d MiB, against 100 MiB of bodies)%n", before / MIB, peak.get() / MIB, rise / MIB);
            assertThat(rise).as("the heap never held ten bodies at once").isLessThan(60L * MIB);
        }
    }
}
