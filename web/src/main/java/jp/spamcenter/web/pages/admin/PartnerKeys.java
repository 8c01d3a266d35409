package jp.spamcenter.web.pages.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import jp.spamcenter.web.pages.shared.Texts;
import jp.spamcenter.web.partners.ApiKeys;
import jp.spamcenter.web.partners.Partner;

/** The administrator's page for partners' api keys: issue (shown once) and revoke. */
@Named
@ViewScoped
public class PartnerKeys implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    jp.spamcenter.web.pages.staff.StaffSession session;

    @Inject
    jp.spamcenter.web.staff.AdminLog adminLog;

    @Inject
    ApiKeys keys;

    private String partnerName;
    private String issuedKey;
    private List<Partner> partners = List.of();

    @PostConstruct
    void init() {
        partners = keys.all();
    }

    public void issue() {
        try {
            var issued = keys.issue(partnerName, Set.of(Partner.REPORTS_WRITE));
            issuedKey = issued.key();
            adminLog.record(
                    session.getUsername(),
                    "API_KEY_ISSUED",
                    issued.partner().name() + " " + issued.partner().keyPrefix());
            partnerName = null;
            partners = keys.all();
        } catch (IllegalArgumentException e) {
            Texts.error("keys:partnerName", e.getMessage());
        }
    }

    public void revoke(Partner partner) {
        keys.revoke(partner.keyId());
        adminLog.record(session.getUsername(), "API_KEY_REVOKED", partner.name() + " " + partner.keyPrefix());
        issuedKey = null;
        partners = keys.all();
        Texts.info("partner.revoked", partner.name(), partner.keyPrefix());
    }

    public String getIssuedKey() {
        return issuedKey;
    }

    public List<Partner> getPartners() {
        return partners;
    }

    public String getPartnerName() {
        return partnerName;
    }

    public void setPartnerName(String partnerName) {
        this.partnerName = partnerName;
    }
}
