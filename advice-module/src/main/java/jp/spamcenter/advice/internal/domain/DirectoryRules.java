package jp.spamcenter.advice.internal.domain;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import jp.spamcenter.advice.api.Directory.Carrier;
import jp.spamcenter.advice.api.Directory.ConsumerCenter;
import jp.spamcenter.advice.api.Directory.ForeignAgency;
import jp.spamcenter.advice.api.DirectoryRejected;

/** What a directory entry must be, and its values tidied: trimmed, lower-case domains, upper-case countries. */
public final class DirectoryRules {

    private static final Pattern PREFECTURE = Pattern.compile("0[1-9]|[1-3][0-9]|4[0-7]");
    private static final Pattern PHONE = Pattern.compile("[0-9０-９][0-9０-９()（）\\- ー－]{1,38}");
    private static final Pattern MAILBOX = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9-]+)+");
    private static final Pattern DOMAIN =
            Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private DirectoryRules() {}

    public static ConsumerCenter valid(ConsumerCenter c) {
        String prefecture = trim(c.prefectureCode());
        if (prefecture != null && prefecture.length() == 1) {
            prefecture = "0" + prefecture; // "1" in a spreadsheet is Hokkaido's 01
        }
        if (prefecture == null || !PREFECTURE.matcher(prefecture).matches()) {
            throw new DirectoryRejected("prefecture", "not a prefecture code 01–47", c.prefectureCode());
        }
        return new ConsumerCenter(
                c.id(),
                prefecture,
                orEmpty(trim(c.municipality()), 100, "municipality"),
                required(c.name(), 200, "name"),
                phone(c.phone()),
                optional(c.hours(), 200, "hours"),
                web(c.webUrl()),
                email(c.email(), false));
    }

    public static Carrier valid(Carrier c) {
        List<String> domains = c.domains() == null
                ? List.of()
                : c.domains().stream()
                        .flatMap(d -> Arrays.stream(d.split("[\\s,]+")))
                        .map(d -> d.strip().toLowerCase(Locale.ROOT))
                        .filter(d -> !d.isEmpty())
                        .distinct()
                        .toList();
        if (domains.isEmpty()
                || domains.stream().anyMatch(d -> !DOMAIN.matcher(d).matches())
                || String.join(" ", domains).length() > 2000) {
            throw new DirectoryRejected("domains", "one or more domain names are needed", c.domains());
        }
        return new Carrier(c.id(), required(c.name(), 200, "name"), domains, email(c.abuseEmail(), true));
    }

    public static ForeignAgency valid(ForeignAgency a) {
        String country = trim(a.countryCode());
        country = country == null ? null : country.toUpperCase(Locale.ROOT);
        if (country == null || !COUNTRY.matcher(country).matches()) {
            throw new DirectoryRejected("country", "not a two-letter country code", a.countryCode());
        }
        String format = trim(a.format());
        format = format == null ? null : format.toUpperCase(Locale.ROOT).replace("-", "");
        if (!"XARF".equals(format) && !"ARF".equals(format)) {
            throw new DirectoryRejected("format", "the format is XARF or ARF", a.format());
        }
        return new ForeignAgency(
                a.id(),
                country,
                required(a.agency(), 200, "name"),
                email(a.contactEmail(), true),
                format,
                web(a.webUrl()));
    }

    private static String phone(String value) {
        String phone = trim(value);
        if (phone == null || !PHONE.matcher(phone).matches()) {
            throw new DirectoryRejected("phone", "not a phone number", value);
        }
        return phone;
    }

    static String email(String value, boolean needed) {
        String email = trim(value);
        if (email == null) {
            if (needed) {
                throw new DirectoryRejected("email", "an e-mail address is needed");
            }
            return null;
        }
        if (email.length() > 254 || !MAILBOX.matcher(email).matches()) {
            throw new DirectoryRejected("email", "not an e-mail address", value);
        }
        return email;
    }

    private static String web(String value) {
        String web = trim(value);
        if (web == null) {
            return null;
        }
        try {
            URI uri = URI.create(web);
            if (web.length() > 500
                    || uri.getHost() == null
                    || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                throw new DirectoryRejected("web", "not a web address", value);
            }
            return web;
        } catch (IllegalArgumentException e) {
            throw new DirectoryRejected("web", "not a web address", value);
        }
    }

    private static String required(String value, int max, String code) {
        String text = trim(value);
        if (text == null || text.length() > max) {
            throw new DirectoryRejected(code, "required, at most " + max + " characters: " + value);
        }
        return text;
    }

    private static String optional(String value, int max, String code) {
        String text = trim(value);
        if (text != null && text.length() > max) {
            throw new DirectoryRejected(code, "at most " + max + " characters: " + value);
        }
        return text;
    }

    private static String orEmpty(String value, int max, String code) {
        String text = optional(value, max, code);
        return text == null ? "" : text;
    }

    private static String trim(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
