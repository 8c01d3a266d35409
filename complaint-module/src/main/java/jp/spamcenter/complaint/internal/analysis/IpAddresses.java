package jp.spamcenter.complaint.internal.analysis;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** IP address literals as they appear in headers, checked without any DNS lookup. */
final class IpAddresses {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]{2,45}");

    private IpAddresses() {}

    /**
     * The canonical form of an IPv4 or IPv6 literal ({@code ::ffff:1.2.3.4} read as IPv4), if it is one: IPv6 in
     * RFC 5952's text form ({@code 2001:db8::1}, lower case, the longest run of zeros shortened), as people read
     * and search it.
     */
    static Optional<String> parse(String literal) {
        if (literal == null) {
            return Optional.empty();
        }
        String s = literal.strip();
        if (s.regionMatches(true, 0, "IPv6:", 0, 5)) {
            s = s.substring(5);
        }
        if (s.toLowerCase(Locale.ROOT).startsWith("::ffff:")
                && IPV4.matcher(s.substring(7)).matches()) {
            s = s.substring(7);
        }
        if (isDottedQuad(s)) {
            return Optional.of(s);
        }
        var v4 = IPV4.matcher(s);
        if (v4.matches()) {
            for (int i = 1; i <= 4; i++) {
                if (Integer.parseInt(v4.group(i)) > 255) {
                    return Optional.empty();
                }
            }
            return Optional.of(s);
        }
        if (s.indexOf(':') >= 0 && IPV6.matcher(s).matches()) {
            try {
                // a literal with colons is never looked up in DNS
                return Optional.of(com.google.common.net.InetAddresses.toAddrString(InetAddress.getByName(s)));
            } catch (UnknownHostException | IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Four numbers of one to three digits, each at most 255, with dots between: read without a regex. */
    private static boolean isDottedQuad(String s) {
        int i = 0;
        for (int part = 0; part < 4; part++) {
            int value = 0;
            int digits = 0;
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9' && digits < 4) {
                value = value * 10 + (s.charAt(i++) - '0');
                digits++;
            }
            if (digits == 0 || digits > 3 || value > 255) {
                return false;
            }
            if (part < 3) {
                if (i >= s.length() || s.charAt(i) != '.') {
                    return false;
                }
                i++;
            }
        }
        return i == s.length();
    }

    /**
     * Private, loopback, link-local, shared, documentation, multicast or otherwise reserved: an address that
     * cannot be where mail came from on the public internet.
     */
    static boolean isNonPublic(String ip) {
        InetAddress address;
        try {
            address = InetAddress.getByName(ip);
        } catch (UnknownHostException e) {
            return true;
        }
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (b.length == 4) {
            int a0 = b[0] & 0xff;
            int a1 = b[1] & 0xff;
            int a2 = b[2] & 0xff;
            return a0 == 0
                    || a0 >= 240 // reserved and broadcast
                    || (a0 == 100 && a1 >= 64 && a1 <= 127) // shared address space (CGN)
                    || (a0 == 192 && a1 == 0 && a2 == 0) // IETF protocol assignments
                    || (a0 == 192 && a1 == 0 && a2 == 2) // documentation
                    || (a0 == 198 && (a1 == 18 || a1 == 19)) // benchmarking
                    || (a0 == 198 && a1 == 51 && a2 == 100) // documentation
                    || (a0 == 203 && a1 == 0 && a2 == 113); // documentation
        }
        int first = b[0] & 0xff;
        return (first & 0xfe) == 0xfc // unique local fc00::/7
                || (first == 0x20
                        && (b[1] & 0xff) == 0x01
                        && (b[2] & 0xff) == 0x0d
                        && (b[3] & 0xff) == 0xb8); // 2001:db8::/32
    }
}
