package jp.spamcenter.web.http;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A form sent without scripts still works under the pages' nonce policy ({@link SecurityHeaders}).
 *
 * <p>PrimeFaces' CSP mode keeps a view's nonce in the view and has the page's script put it into every form, so
 * that an ajax update may run scripts with the nonce of the page it lands in; a postback that does not carry the
 * view's nonce is refused. A browser without scripts (or a client posting the form itself) sends none, and the
 * citizen's report would fail. Such a postback gets a fresh nonce of the server's own making, as a first visit
 * does: nobody outside chooses a nonce, and a postback that brings one must still bring the view's.
 *
 * <p>The filter never reads a request's body itself (an oversized upload must reach {@link UploadLimit}): the
 * nonce is made when Faces first asks for it.
 */
@WebFilter(urlPatterns = "/*")
public class ScriptlessPostbacks extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** PrimeFaces' name for the nonce, as a form parameter and in the view. */
    static final String NONCE = "primefaces.nonce";

    private static final String MADE = ScriptlessPostbacks.class.getName() + ".made";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean page = "POST".equals(request.getMethod())
                && !request.getRequestURI()
                        .substring(request.getContextPath().length())
                        .startsWith("/api/");
        chain.doFilter(page ? new WithNonce(request) : request, response);
    }

    /** The nonce this server made for a postback that brought none, or null. */
    static String madeNonce(ServletRequest request) {
        request.getParameter(NONCE); // makes it when the postback brought none
        return (String) request.getAttribute(MADE);
    }

    /** A postback whose nonce, when it brought none, is a fresh one of the server's making. */
    private static final class WithNonce extends HttpServletRequestWrapper {

        WithNonce(HttpServletRequest request) {
            super(request);
        }

        private String made() {
            String made = (String) getAttribute(MADE);
            if (made == null && super.getParameter(NONCE) == null) {
                made = Base64.getEncoder()
                        .encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
                setAttribute(MADE, made);
            }
            return made;
        }

        @Override
        public String getParameter(String name) {
            return NONCE.equals(name) && made() != null ? made() : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return NONCE.equals(name) && made() != null ? new String[] {made()} : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> brought = super.getParameterMap();
            if (made() == null) {
                return brought;
            }
            var map = new LinkedHashMap<>(brought);
            map.put(NONCE, new String[] {made()});
            return Collections.unmodifiableMap(map);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }
    }

    /**
     * Puts the server's nonce into the restored view, where PrimeFaces compares a postback's nonce with the
     * view's (registered in faces-config.xml).
     */
    public static class IntoView implements PhaseListener {

        private static final long serialVersionUID = 1L;

        @Override
        public PhaseId getPhaseId() {
            return PhaseId.RESTORE_VIEW;
        }

        @Override
        public void afterPhase(PhaseEvent event) {
            FacesContext faces = event.getFacesContext();
            if (!faces.isPostback()
                    || faces.getViewRoot() == null
                    || faces.getViewRoot().isTransient()) {
                return;
            }
            String made = madeNonce((ServletRequest) faces.getExternalContext().getRequest());
            if (made != null) {
                faces.getViewRoot().getViewMap().put(NONCE, made);
            }
        }

        @Override
        public void beforePhase(PhaseEvent event) {
            // the view is not there yet
        }
    }
}
