package jp.spamcenter.complaint.internal.abuse;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.format.PatternFormat;
import java.util.List;

/**
 * The official X-ARF v4 JSON Schemas (xarf/xarf-spec, MIT; shipped under {@code xarf/v4/} with their
 * licence), read from the class path, never fetched. Formats (e-mail, date-time, uuid, hostname) are checked
 * as assertions, as an agency's validator would. An e-mail address is checked as an RFC 5321 mailbox (the
 * schemas' own words): the library's default also wants a delegated top-level domain, which refuses the
 * schemas' own examples ({@code .example}).
 */
public final class XarfSchema {

    private static final String BASE = "https://xarf.org/schemas/v4";
    private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    /** RFC 5321 Mailbox: a dot-string or quoted local part at a domain or an address literal. */
    static final String MAILBOX =
            "^(?:" + ATOM + "(?:\\." + ATOM + ")*|\"(?:[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]|\\\\[\\x20-\\x7E])*\")"
                    + "@(?:" + LABEL + "(?:\\." + LABEL + ")*|\\[[^\\]\\s]+\\])$";

    private static final Schema MASTER = load();

    private XarfSchema() {}

    private static Schema load() {
        SchemaRegistryConfig config =
                SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        Dialect dialect = Dialect.builder(Dialects.getDraft202012())
                .format(PatternFormat.of("email", MAILBOX, "format.email"))
                .build();
        SchemaRegistry registry = SchemaRegistry.withDialect(
                dialect,
                builder -> builder.schemaRegistryConfig(config)
                        .schemaIdResolvers(resolvers -> resolvers.mapPrefix(BASE, "classpath:xarf/v4")));
        Schema schema = registry.getSchema(SchemaLocation.of(BASE + "/xarf-v4-master.json"));
        schema.initializeValidators();
        return schema;
    }

    /** What is wrong with the document by the schemas; empty when it passes. */
    public static List<String> problems(String json) {
        List<Error> errors = MASTER.validate(json, InputFormat.JSON);
        return errors.stream().map(Error::toString).toList();
    }
}
