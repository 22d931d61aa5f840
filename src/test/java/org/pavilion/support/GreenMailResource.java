package org.pavilion.support;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A real SMTP server (GreenMail) for the tests, with the service's mailer pointed at it instead of the mock. */
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {

    private static volatile GreenMail server;

    /** The running server, for the test to read what arrived. */
    public static GreenMail server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        try {
            int port = PackagedInstance.freePort();
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            return Map.of("quarkus.mailer.mock", "false", "quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port",
                    Integer.toString(port), "quarkus.mailer.start-tls", "DISABLED");
        } catch (Exception e) {
            throw new IllegalStateException("GreenMail did not start", e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
