package org.pavilion.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pavilion.support.FreshDatabaseProfile;
import org.pavilion.support.Tokens;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The README's walk-throughs as they are published (docs/walkthrough/*.sh), run with bash against the service on a
 * fresh database: each makes its own data, needs only curl and jq, and checks what it claims. Tokens come from a
 * small server standing in for dev mode's /dev/token.
 */
@QuarkusTest
@TestProfile(FreshDatabaseProfile.class)
class WalkthroughScriptsTest {

    static HttpServer tokens;

    @TestHTTPResource("/")
    String base;

    @BeforeAll
    static void startTokenServer() throws IOException {
        tokens = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
        tokens.createContext("/dev/token", exchange -> {
            Map<String, String> query = new HashMap<>();
            for (String pair : exchange.getRequestURI().getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
            byte[] token = Tokens.forUser(query.get("sub"), query.get("roles").split(",")).getBytes(StandardCharsets.US_ASCII);
            exchange.sendResponseHeaders(200, token.length);
            exchange.getResponseBody().write(token);
            exchange.close();
        });
        tokens.start();
    }

    @AfterAll
    static void stopTokenServer() {
        tokens.stop(0);
    }

    @ParameterizedTest
    @ValueSource(strings = { "officer.sh", "sme-voucher.sh", "agreements.sh" })
    void theWalkthroughRunsAsWrittenAndTwiceInARow(String script) throws Exception {
        for (int run = 1; run <= 2; run++) {
            Path log = Files.createTempFile("walkthrough", ".log");
            ProcessBuilder builder = new ProcessBuilder("bash", Path.of("docs", "walkthrough", script).toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("PAVILION", base.replaceAll("/$", ""));
            builder.environment().put("TOKEN_URL", "http://127.0.0.1:" + tokens.getAddress().getPort() + "/dev/token");
            Process process = builder.start();
            boolean finished = process.waitFor(120, TimeUnit.SECONDS);
            String output = Files.readString(log);
            assertThat(finished).as(script + " finished: " + output).isTrue();
            assertThat(process.exitValue()).as(script + " run " + run + ":\n" + output).isZero();
            assertThat(output).contains("walk-through: done").doesNotContain("NOT AS CLAIMED");
            new File(log.toString()).delete();
        }
    }
}
