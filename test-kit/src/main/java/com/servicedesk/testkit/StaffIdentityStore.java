package com.servicedesk.testkit;

import com.servicedesk.security.AuthenticationService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/** The same staff accounts as the portal and the API: the user's role becomes their group. */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @EJB
    private AuthenticationService authentication;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return authentication.authenticate(login.getCaller(), login.getPasswordAsString())
                .map(staff -> new CredentialValidationResult(staff.username(), Set.of(staff.role().name())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
