package jp.spamcenter.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST api's root: {@code /api}, described at {@code /openapi}. */
@ApplicationPath("api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Spam complaint and consultation center (迷惑メール相談センター) api",
                        version = "1",
                        description = "For partners (monitor machines, carriers): file spam reports in bulk under"
                                + " /api/v1/reports with an api key from the center's administrator, sent as"
                                + " Authorization: Bearer sck_…. The other paths are the staff's downloads; they answer"
                                + " to a signed-in staff session only. Errors are application/problem+json (RFC 9457).",
                        contact = @Contact(name = "The center's administrator")))
@SecurityScheme(
        securitySchemeName = CenterApi.PARTNER_KEY,
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "A partner's api key (sck_…), issued and revoked by the center's administrator")
public class CenterApi extends Application {

    /** The security scheme of the partners' api keys. */
    public static final String PARTNER_KEY = "partnerKey";
}
