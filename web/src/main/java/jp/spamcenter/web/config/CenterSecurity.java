package jp.spamcenter.web.config;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jp.spamcenter.web.staff.StaffIdentityStore;
import jp.spamcenter.web.staff.StaffRole;

/**
 * Staff sign in on the center's own login page; accounts and roles are in the database, passwords hashed with
 * PBKDF2 and checked by {@link StaffIdentityStore}. Sign-in attempts are throttled and logged
 * ({@link jp.spamcenter.web.staff.SignInGuard}), and every signed-in request is checked against the account
 * ({@link jp.spamcenter.web.staff.StaffSessionGuard}). A staff page asked for without a sign-in shows the login
 * form in place (a forward): a redirect there would be built from the request's Host header, which a client
 * chooses. Citizens never sign in.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/staff/login.xhtml", errorPage = "", useForwardToLogin = true))
@DeclareRoles({StaffRole.ADVISOR_NAME, StaffRole.SUPERVISOR_NAME, StaffRole.MANAGER_NAME, StaffRole.ADMIN_NAME})
@ApplicationScoped
public class CenterSecurity {}
