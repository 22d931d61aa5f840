package org.pavilion.notification;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pavilion.shared.problem.ApiProblem;

/**
 * Where webhooks may be delivered. Only absolute {@code http}/{@code https} URLs without credentials (400 otherwise).
 * Against server-side request forgery, a URL whose host resolves to a loopback, private, link-local, unique-local,
 * shared (CGNAT), multicast or unspecified address is refused (422 {@code webhook-url-not-allowed}), unless
 * {@code pavilion.webhooks.allow-private-networks} is true; the check runs again before every delivery, so a host that
 * later resolves inside the network is not reached either. Redirects are never followed.
 */
@ApplicationScoped
class WebhookTargets {

    @ConfigProperty(name = "pavilion.webhooks.allow-private-networks", defaultValue = "false")
    boolean allowPrivateNetworks;

    /** The URL as a subscription may hold it: 400 for anything but an absolute http(s) URL, 422 for a refused target. */
    URI requireAllowed(String url) {
        URI uri = parse(url).orElseThrow(() -> ApiProblem.BadRequest.field("url",
                "must be an absolute http or https URL with a host and without user information"));
        refusal(uri).ifPresent(reason -> {
            throw new ApiProblem.BusinessRule("webhook-url-not-allowed", "Webhook URL not allowed", reason
                    + " Set PAVILION_WEBHOOKS_ALLOW_PRIVATE_NETWORKS=true to deliver inside your own network.");
        });
        return uri;
    }

    /** Why a delivery may not go to this URL now, or empty when it may. */
    Optional<String> refusal(URI uri) {
        if (allowPrivateNetworks) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            return Optional.of("The host " + uri.getHost() + " cannot be resolved.");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return Optional.of("The host " + uri.getHost() + " resolves to " + address.getHostAddress()
                        + ", a loopback, private, link-local or otherwise internal address.");
            }
        }
        return Optional.empty();
    }

    static Optional<URI> parse(String url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https");
            if (!web || uri.getHost() == null || uri.getRawUserInfo() != null || uri.isOpaque()) {
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Whether the address is on the public internet (not internal by any of the usual ranges). */
    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            boolean thisNetwork = first == 0;
            boolean sharedCgnat = first == 100 && second >= 64 && second <= 127;
            boolean ietfProtocol = first == 192 && second == 0 && (b[2] & 0xff) == 0;
            boolean benchmarking = first == 198 && (second == 18 || second == 19);
            boolean reserved = first >= 240;
            return !(thisNetwork || sharedCgnat || ietfProtocol || benchmarking || reserved);
        }
        if (address instanceof Inet6Address) {
            boolean uniqueLocal = (b[0] & 0xfe) == 0xfc;
            boolean mappedOrCompatible = isZero(b, 0, 10) && ((b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff || isZero(b, 10, 12));
            if (mappedOrCompatible) {
                try {
                    return isPublic(InetAddress.getByAddress(new byte[] { b[12], b[13], b[14], b[15] }));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
            return !uniqueLocal;
        }
        return false;
    }

    private static boolean isZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
