package jp.spamcenter.web.pages.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import jp.spamcenter.web.staff.StaffAccounts;
import jp.spamcenter.web.staff.StaffMember;
import jp.spamcenter.web.staff.StaffRole;

/** Who is signed in, what they may open, and signing out. */
@Named
@RequestScoped
public class StaffSession {

    @Inject
    SecurityContext security;

    @Inject
    StaffAccounts accounts;

    @Inject
    HttpServletRequest request;

    private StaffMember member;

    /**
     * The signed-in member. An error page (a missing page's 404) is rendered after the request's own handling,
     * when the security context no longer holds the caller and the container no longer knows its roles, but the
     * request still has its principal: then the member's roles are read from their account.
     */
    private java.security.Principal caller() {
        java.security.Principal caller = security.getCallerPrincipal();
        return caller != null ? caller : request.getUserPrincipal();
    }

    private boolean inRole(String role) {
        if (security.isCallerInRole(role)) {
            return true;
        }
        return security.getCallerPrincipal() == null
                && caller() != null
                && member().roles().contains(StaffRole.valueOf(role));
    }

    private StaffMember member() {
        if (member == null) {
            String username = caller().getName();
            member = accounts.find(username).orElse(new StaffMember(username, username, java.util.Set.of(), true));
        }
        return member;
    }

    public boolean isSignedIn() {
        return caller() != null;
    }

    public String getDisplayName() {
        if (!isSignedIn()) {
            return "";
        }
        return member().displayName();
    }

    public String getUsername() {
        return isSignedIn() ? caller().getName() : null;
    }

    public boolean isAdvisor() {
        return inRole(StaffRole.ADVISOR_NAME);
    }

    public boolean isSupervisor() {
        return inRole(StaffRole.SUPERVISOR_NAME);
    }

    public boolean isManager() {
        return inRole(StaffRole.MANAGER_NAME);
    }

    public boolean isAdmin() {
        return inRole(StaffRole.ADMIN_NAME);
    }

    /** The first page of the signed-in member's work. */
    public String getHome() {
        if (isAdvisor()) {
            return "/advisor/cases.xhtml";
        }
        if (isManager()) {
            return "/manager/dashboard.xhtml";
        }
        if (isAdmin()) {
            return "/admin/accounts.xhtml";
        }
        return "/";
    }

    public void signOut() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/staff/login.xhtml?signedOut=true");
    }
}
