package org.bodywork.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Refusals;
import org.omnifaces.util.Faces;

/** The registration page, {@code /register}: a client or a therapist opens an account and is signed in. */
@Named
@RequestScoped
public class RegisterBacking {

    @Inject
    AccountService accounts;

    @Inject
    SecurityContext security;

    @Inject
    HttpServletRequest request;

    @Inject
    Registrations registrations;

    private String role;
    private String name;
    private String email;
    private String password;

    public void register() throws IOException {
        NewAccount account = new NewAccount(name, email, password);
        try {
            registrations.allow(org.bodywork.shared.ClientAddress.of(request));
            if (Role.THERAPIST.name().equals(role)) {
                accounts.registerTherapist(account);
            } else {
                accounts.registerClient(account);
            }
        } catch (BusinessException e) {
            Refusals.show(e, "register");
            return;
        }
        AuthenticationStatus status = security.authenticate(
                request,
                Faces.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(email, new Password(password)))
                        .newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            // The account exists; only signing in was refused (e.g. this address is blocked).
            Faces.redirect(request.getContextPath() + "/login");
            return;
        }
        Faces.redirect(request.getContextPath() + (Role.THERAPIST.name().equals(role) ? "/therapist/" : "/client/"));
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
