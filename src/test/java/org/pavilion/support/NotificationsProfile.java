package org.pavilion.support;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The service delivering to receivers on this machine (private networks allowed), retrying after about a second
 * instead of api.md's minutes, and mailing through a real SMTP server (GreenMail).
 */
public class NotificationsProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("pavilion.webhooks.allow-private-networks", "true",
                "pavilion.webhooks.retry-delays", "1s,1s,1s",
                "pavilion.webhooks.retry-every", "1s",
                "pavilion.webhooks.poll-every", "1s",
                "pavilion.webhooks.poll-delay", "1s");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(GreenMailResource.class));
    }
}
