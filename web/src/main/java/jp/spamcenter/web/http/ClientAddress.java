package jp.spamcenter.web.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address of the client behind the center's own load balancers: {@code X-Forwarded-For} is believed only
 * when the request comes from one of them ({@code http.trusted-proxies}, comma-separated addresses), and then
 * only up to the first address that is not one of them. Without trusted proxies, the connection's address.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    @ConfigProperty(name = "http.trusted-proxies", defaultValue = " ")
    String trustedProxies;

    private List<String> proxies;

    public String of(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        List<String> trusted = proxies();
        if (trusted.isEmpty() || !trusted.contains(remote)) {
            return remote;
        }
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return remote;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trusted.contains(hop)) {
                return hop; // the nearest address our proxies did not add themselves
            }
        }
        return remote;
    }

    private List<String> proxies() {
        if (proxies == null) {
            proxies = Arrays.stream(trustedProxies.split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
        }
        return proxies;
    }
}
