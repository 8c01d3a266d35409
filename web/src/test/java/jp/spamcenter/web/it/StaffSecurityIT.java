package jp.spamcenter.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a hostile probe of staff sign-in found, shown closed: a disabled account's sessions end at once, wrong
 * passwords are limited per user name, and signing in over a signed-in session never keeps the old user.
 */
@ExtendWith(ArquillianExtension.class)
class StaffSecurityIT {

    @ArquillianResource
    URL deployed;

    private URI base;

    @BeforeEach
    void loopback() {
        base = CenterDeployment.loopback(deployed);
    }

    @Test
    void aDisabledAdministratorIsSignedOutOnTheNextRequest() throws Exception {
        String name = account("probe-disabled", "ADMIN");
        var member = new StaffHttp(base);
        assertThat(member.signIn(name, CenterDeployment.ADMIN_PASSWORD).statusCode())
                .isEqualTo(302);
        assertThat(member.get("admin/accounts.xhtml").statusCode()).isEqualTo(200);

        // another administrator disables the account (the page's button sets the same column)
        SuiteDatabase.execute("UPDATE web_staff_account SET enabled = FALSE WHERE username = '" + name + "'");

        HttpResponse<String> next = member.get("admin/accounts.xhtml");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElseThrow())
                .as("a path of the center's own, never built from the request's Host")
                .startsWith("/staff/login.xhtml?ended=true");
        assertThat(member.get("admin/accounts.xhtml").body())
                .as("the old session is gone: the login form")
                .contains("id=\"signIn:username\"");
        assertThat(member.get("staff/login.xhtml?ended=true&lang=en").body())
                .contains("your account was disabled or its roles changed");
        assertThat(member.signIn(name, CenterDeployment.ADMIN_PASSWORD).body())
                .as("a disabled account cannot sign in again")
                .contains("Wrong username or password.");
    }

    @Test
    void anAccountWhoseRolesChangedSignsInAgain() throws Exception {
        String name = account("probe-roles", "ADMIN");
        var member = new StaffHttp(base);
        member.signIn(name, CenterDeployment.ADMIN_PASSWORD);
        assertThat(member.get("admin/accounts.xhtml").statusCode()).isEqualTo(200);

        SuiteDatabase.execute("UPDATE web_staff_role SET role = 'ADVISOR' WHERE username = '" + name + "'");

        assertThat(member.get("admin/accounts.xhtml").headers().firstValue("Location"))
                .as("the session signed in as an administrator ends at its next request")
                .hasValueSatisfying(location -> assertThat(location).contains("ended=true"));
        assertThat(member.signIn(name, CenterDeployment.ADMIN_PASSWORD).statusCode())
                .isEqualTo(302);
        assertThat(member.get("advisor/cases.xhtml").statusCode()).isEqualTo(200);
        assertThat(member.get("admin/accounts.xhtml").statusCode())
                .as("the administrator's pages are closed to the advisor it now is")
                .isEqualTo(403);
    }

    @Test
    void aMemberSignedInOnAPagesLoginFormGoesBackToThatPage() throws Exception {
        String name = account("probe-next", "ADVISOR");
        var member = new StaffHttp(base);
        HttpResponse<String> signedIn =
                member.signInOn("advisor/cases.xhtml?queue=ALL", name, CenterDeployment.ADMIN_PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).isEqualTo("/advisor/cases.xhtml?queue=ALL");
    }

    @Test
    void wrongPasswordsPauseTheUserNameEvenForTheRightOne() throws Exception {
        String name = account("probe-guess", "ADVISOR");
        var guesser = new StaffHttp(base);
        for (int i = 0; i < 5; i++) {
            assertThat(guesser.signIn(name, "wrong-Passw0rd-" + i).body()).contains("Wrong username or password.");
        }
        HttpResponse<String> right = guesser.signIn(name, CenterDeployment.ADMIN_PASSWORD);
        assertThat(right.statusCode()).as("refused without a check").isEqualTo(200);
        assertThat(right.body()).contains("Too many failed sign-ins").contains("15 minutes");
        assertThat(new StaffHttp(base)
                        .signIn(name, CenterDeployment.ADMIN_PASSWORD)
                        .body())
                .as("from a new session as well")
                .contains("Too many failed sign-ins");

        // an unknown user name answers exactly as a wrong password does
        assertThat(new StaffHttp(base)
                        .signIn("probe-nobody", "wrong-Passw0rd-0")
                        .body())
                .contains("Wrong username or password.");
    }

    @Test
    void signingInOverASignedInSessionEndsTheFirstUser() throws Exception {
        String first = account("probe-first", "ADMIN");
        String second = account("probe-second", "ADVISOR");
        var browser = new StaffHttp(base);
        browser.signIn(first, CenterDeployment.ADMIN_PASSWORD);
        assertThat(browser.get("admin/accounts.xhtml").statusCode()).isEqualTo(200);

        assertThat(browser.signIn(second, CenterDeployment.ADMIN_PASSWORD).statusCode())
                .isEqualTo(302);

        assertThat(browser.get("admin/accounts.xhtml").statusCode())
                .as("nothing of the administrator is left")
                .isEqualTo(403);
        assertThat(browser.get("advisor/cases.xhtml").body()).contains(second).doesNotContain(first + "<");
    }

    @Test
    void aFormPostedWithoutItsOwnSessionsViewStateDoesNothing() throws Exception {
        var admin = new StaffHttp(base);
        admin.signIn(account("csrf-admin", "ADMIN"), CenterDeployment.ADMIN_PASSWORD);
        var other = new StaffHttp(base);
        other.signIn(account("csrf-other", "ADMIN"), CenterDeployment.ADMIN_PASSWORD);
        String othersState = other.viewState("admin/accounts.xhtml");

        String forged = "csrf-forged-" + Long.toString(System.nanoTime() % 1_000_000, 36);
        String replayed = "csrf-replayed-" + Long.toString(System.nanoTime() % 1_000_000, 36);
        String genuine = "csrf-genuine-" + Long.toString(System.nanoTime() % 1_000_000, 36);
        admin.postForm("admin/accounts.xhtml", createAccount(forged, "stateless"));
        admin.postForm("admin/accounts.xhtml", createAccount(replayed, othersState));
        // the same post with the page's own view state, as the page itself sends it: it works
        admin.postForm("admin/accounts.xhtml", createAccount(genuine, admin.viewState("admin/accounts.xhtml")));

        assertThat(accounts(forged)).as("a made-up view state").isZero();
        assertThat(accounts(replayed)).as("another session's view state").isZero();
        assertThat(accounts(genuine)).as("the page's own post").isEqualTo(1);
    }

    private static java.util.Map<String, String> createAccount(String username, String viewState) {
        var form = new java.util.LinkedHashMap<String, String>();
        form.put("account", "account");
        form.put("account:username", username);
        form.put("account:displayName", "CSRF probe");
        form.put("account:password", "csrf-Passw0rd-2026");
        form.put("account:roles", "ADMIN");
        form.put("account:create", "");
        form.put("jakarta.faces.ViewState", viewState);
        return form;
    }

    private static long accounts(String username) throws Exception {
        return SuiteDatabase.count("SELECT COUNT(*) FROM web_staff_account WHERE username = '" + username + "'");
    }

    /**
     * A fresh account with one role and the administrator's password (its hash copied), named uniquely so that
     * the suite's other tests and re-runs never meet it.
     */
    static String account(String prefix, String role) throws Exception {
        String name = prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        SuiteDatabase.execute(
                "INSERT INTO web_staff_account (username, display_name, password_hash, enabled, created_at)"
                        + " SELECT '" + name + "', '" + name
                        + "', password_hash, TRUE, created_at FROM web_staff_account"
                        + " WHERE username = 'admin'");
        SuiteDatabase.execute("INSERT INTO web_staff_role (username, role) VALUES ('" + name + "', '" + role + "')");
        return name;
    }
}
