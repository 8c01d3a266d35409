package jp.spamcenter.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    /** A request with just a connection address and headers (nothing else of the servlet api is needed). */
    private static HttpServletRequest request(String remote, Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getRemoteAddr" -> remote;
                    case "getHeader" -> headers.get((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static ClientAddress with(String proxies) {
        var address = new ClientAddress();
        address.trustedProxies = proxies;
        return address;
    }

    @Test
    void forwardedForIsBelievedOnlyFromTheCentersOwnProxies() {
        var behindProxy = request("10.0.0.2", Map.of("X-Forwarded-For", "198.51.100.9, 203.0.113.5, 10.0.0.3"));
        assertThat(with("10.0.0.2,10.0.0.3").of(behindProxy)).isEqualTo("203.0.113.5");
        assertThat(with(" ").of(behindProxy)).isEqualTo("10.0.0.2");
        var direct = request("203.0.113.77", Map.of("X-Forwarded-For", "1.2.3.4"));
        assertThat(with("10.0.0.2").of(direct)).isEqualTo("203.0.113.77"); // a client cannot claim another address
    }
}
