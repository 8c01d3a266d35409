package jp.spamcenter.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jp.spamcenter.web.partners.Partner;

/** The partner whose key {@link PartnerKeyFilter} accepted for this request. */
@RequestScoped
public class RequestPartner {

    private Partner partner;

    void accept(Partner partner) {
        this.partner = partner;
    }

    /** The accepted partner; never null in a resource the filter guards. */
    public Partner get() {
        if (partner == null) {
            throw new IllegalStateException("no partner key was checked for this request");
        }
        return partner;
    }
}
