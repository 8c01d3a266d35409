package jp.spamcenter.web.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks a staff member's password against their enabled account. An unknown or disabled user name costs the
 * same PBKDF2 work as a known one ({@link StaffAccounts#verify}), so the time of an answer does not tell which
 * user names exist.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @Inject
    StaffAccounts accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<StaffMember> member =
                accounts.verify(login.getCaller(), login.getPassword().getValue());
        return member.map(m -> new CredentialValidationResult(
                        m.username(), m.roles().stream().map(StaffRole::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
