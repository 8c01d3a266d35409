package jp.spamcenter.web.pages.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.spamcenter.web.http.ClientAddress;
import jp.spamcenter.web.pages.shared.Texts;
import jp.spamcenter.web.staff.SignInGuard;

/** The staff login page. */
@Named
@RequestScoped
public class SignIn {

    @Inject
    SecurityContext security;

    @Inject
    StaffSession session;

    @Inject
    SignInGuard guard;

    @Inject
    ClientAddress clients;

    private String username;
    private String password;
    /** The page a signed-out member asked for, shown the login form in its place; null: the member's home. */
    private String next;

    /**
     * Signs in, after ending any sign-in this browser already had (never two users in one session). Refused
     * without checking the password while the user name or the client has too many recent failures.
     */
    public void signIn() throws IOException, ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        var request = (HttpServletRequest) external.getRequest();
        String name = username == null ? "" : username.strip();
        String client = clients.of(request);
        char[] typed = password == null ? new char[0] : password.toCharArray();
        password = null;
        if (guard.refused(name, client)) {
            Texts.error(null, "signIn.throttled", guard.lockMinutes());
            return;
        }
        if (request.getUserPrincipal() != null) {
            request.logout();
            external.invalidateSession();
        }
        AuthenticationStatus status = security.authenticate(
                request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(name, new Password(typed)))
                        .newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE -> {
                guard.succeeded(name, client);
                faces.responseComplete(); // back to the page that asked for sign-in
            }
            case SUCCESS -> {
                guard.succeeded(name, client);
                if (request.getSession(false) != null) {
                    request.changeSessionId(); // a session id seen before sign-in is worth nothing after it
                }
                external.redirect(external.getRequestContextPath() + (isLocalPage(next) ? next : session.getHome()));
            }
            default -> {
                guard.failed(name, client);
                Texts.error(null, "signIn.failed");
            }
        }
    }

    /** A path of this center's own pages only (never another host: no open redirect). */
    static boolean isLocalPage(String path) {
        return path != null
                && path.startsWith("/")
                && !path.startsWith("//")
                && !path.startsWith("/\\")
                && !path.startsWith("/staff/login")
                && path.length() <= 500
                && path.chars().noneMatch(c -> c < 0x21 || c == '\\');
    }

    /**
     * For the login form: the page this request was forwarded from (a staff page asked for without a sign-in),
     * with its query, or the value the form posted back.
     */
    public String getNext() {
        if (next == null) {
            var request = (HttpServletRequest)
                    FacesContext.getCurrentInstance().getExternalContext().getRequest();
            Object uri = request.getAttribute(jakarta.servlet.RequestDispatcher.FORWARD_REQUEST_URI);
            if (uri != null) {
                Object query = request.getAttribute(jakarta.servlet.RequestDispatcher.FORWARD_QUERY_STRING);
                String path = uri.toString().substring(request.getContextPath().length());
                next = query == null ? path : path + "?" + query;
            }
        }
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
