package org.pavilion.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which addresses a webhook may reach: the public internet only, by default. */
class WebhookTargetsTest {

    @ParameterizedTest
    @ValueSource(strings = { "127.0.0.1", "127.255.0.1", "10.0.0.1", "172.16.5.4", "172.31.255.255", "192.168.0.10",
            "169.254.169.254", "0.0.0.0", "100.64.0.1", "100.127.255.254", "192.0.0.8", "198.18.0.1", "224.0.0.1",
            "240.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "::ffff:10.0.0.1",
            "::ffff:127.0.0.1", "ff02::1" })
    void internalAddressesAreNotPublic(String address) throws Exception {
        assertThat(WebhookTargets.isPublic(InetAddress.getByName(address))).as(address).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "8.8.8.8", "203.0.113.10", "172.32.0.1", "100.128.0.1", "2001:4860:4860::8888", "::ffff:8.8.8.8" })
    void publicAddressesArePublic(String address) throws Exception {
        assertThat(WebhookTargets.isPublic(InetAddress.getByName(address))).as(address).isTrue();
    }

    @Test
    void onlyAbsoluteHttpUrlsWithAHostAndNoCredentialsParse() {
        assertThat(WebhookTargets.parse("https://hooks.example/pavilion?x=1")).isPresent();
        assertThat(WebhookTargets.parse("HTTP://hooks.example")).isPresent();
        for (String bad : new String[] { null, "", "ftp://hooks.example", "hooks.example/x", "https://u:p@hooks.example",
                "mailto:a@b.example", "https://", "http://exa mple.com" }) {
            assertThat(WebhookTargets.parse(bad)).as(String.valueOf(bad)).isEmpty();
        }
    }
}
