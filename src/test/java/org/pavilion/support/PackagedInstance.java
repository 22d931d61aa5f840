package org.pavilion.support;

import static io.restassured.RestAssured.given;

import java.io.File;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One instance of the packaged service ({@code target/quarkus-app}) in its own process, in the production
 * profile, configured only through environment variables as in production. Stopped gently or killed
 * with SIGKILL ({@link #kill()}), as a crashed machine would be.
 */
public final class PackagedInstance implements AutoCloseable {

    private final Process process;
    private final int port;
    private final String name;

    private PackagedInstance(Process process, int port, String name) {
        this.process = process;
        this.port = port;
        this.name = name;
    }

    /** The environment for a database and this suite's test-only token key. */
    public static Map<String, String> environment(String jdbcUrl, String user, String password) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        env.put("QUARKUS_DATASOURCE_USERNAME", user);
        env.put("QUARKUS_DATASOURCE_PASSWORD", password);
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                Path.of("src", "test", "resources", "test-only-keys", "publicKey.pem").toAbsolutePath().toUri().toString());
        env.put("MP_JWT_VERIFY_ISSUER", Tokens.ISSUER);
        return env;
    }

    /** Starts an instance with this environment and waits until it is ready; its output goes to target/{name}.log. */
    public static PackagedInstance start(String name, Map<String, String> environment) throws Exception {
        return start(name, environment, "java");
    }

    public static PackagedInstance start(String name, Map<String, String> environment, String java) throws Exception {
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", Path.of("target", "quarkus-app", "quarkus-run.jar").toString());
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.redirectErrorStream(true).redirectOutput(new File("target/" + name + ".log"));
        PackagedInstance instance = new PackagedInstance(builder.start(), port, name);
        for (int i = 0; i < 300; i++) {
            try {
                if (given().port(port).get("/q/health/ready").statusCode() == 200) {
                    return instance;
                }
            } catch (Exception notYet) {
                // still starting
            }
            if (!instance.process.isAlive()) {
                break;
            }
            Thread.sleep(100);
        }
        instance.close();
        throw new IllegalStateException("The instance " + name + " did not start: see target/" + name + ".log");
    }

    public static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public int port() {
        return port;
    }

    public String name() {
        return name;
    }

    /** SIGKILL: no shutdown hook, no graceful drain, transactions in flight are cut off. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
