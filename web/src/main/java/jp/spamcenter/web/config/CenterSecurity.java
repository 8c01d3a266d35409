package jp.spamcenter.web.config;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jp.spamcenter.web.staff.StaffAccounts;
import jp.spamcenter.web.staff.StaffRole;

/**
 * Staff sign in on the center's own login page; accounts and roles are in the database, passwords hashed
 * with PBKDF2 (parameters shared with {@link StaffAccounts}, which hashes them). Citizens never sign in.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/staff/login.xhtml", errorPage = "", useForwardToLogin = false))
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = CenterDatabase.JNDI_NAME,
        callerQuery = "SELECT password_hash FROM web_staff_account WHERE username = ? AND enabled = TRUE",
        groupsQuery = "SELECT role FROM web_staff_role WHERE username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
            StaffAccounts.HASH_ITERATIONS,
            StaffAccounts.HASH_ALGORITHM,
            StaffAccounts.HASH_SALT_BYTES
        })
@DeclareRoles({StaffRole.ADVISOR_NAME, StaffRole.SUPERVISOR_NAME, StaffRole.MANAGER_NAME, StaffRole.ADMIN_NAME})
@ApplicationScoped
public class CenterSecurity {}
