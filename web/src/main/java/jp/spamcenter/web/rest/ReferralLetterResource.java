package jp.spamcenter.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jp.spamcenter.advice.api.Referrals;
import jp.spamcenter.web.print.ReferralLetterPdf;
import jp.spamcenter.web.staff.StaffRole;

/**
 * {@code GET /api/v1/referrals/{id}/letter.pdf}: a referral as a printed letter, with the personal data its
 * consent covers (each read of it is in the complaint module's access log).
 */
@Path("v1/referrals")
@RequestScoped
public class ReferralLetterResource {

    @Inject
    Referrals referrals;

    @Context
    SecurityContext security;

    @GET
    @Path("{id}/letter.pdf")
    @Produces("application/pdf")
    @RolesAllowed(StaffRole.ADVISOR_NAME)
    public Response letter(@PathParam("id") long id) {
        return referrals
                .find(id)
                .map(referral -> {
                    var letter =
                            referrals.letter(id, security.getUserPrincipal().getName());
                    return Response.ok(ReferralLetterPdf.of(referral, letter), "application/pdf")
                            .header("Content-Disposition", "attachment; filename=\"referral-R-" + id + ".pdf\"")
                            .header("Cache-Control", "no-store")
                            .build();
                })
                .orElseGet(() -> Problem.response(
                        Response.Status.NOT_FOUND, "no-referral", "No referral", "There is no referral " + id + "."));
    }
}
