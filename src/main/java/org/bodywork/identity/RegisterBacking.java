package org.bodywork.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Refusals;
import org.omnifaces.util.Faces;

/** The registration page, {@code /register}: a client or a therapist opens an account. */
@Named
@RequestScoped
public class RegisterBacking {

    @Inject
    SignUp signUp;

    @Inject
    HttpServletRequest request;

    @Inject
    Registrations registrations;

    private String role;
    private String name;
    private String email;
    private String password;

    /**
     * Opens the account and sends the link that confirms its address; the same answer whether the
     * address had an account or not (issue 23, M4), so nobody is signed in here.
     */
    public void register() throws IOException {
        NewAccount account = new NewAccount(name, email, password);
        try {
            registrations.allow(org.bodywork.shared.ClientAddress.of(request));
            if (Role.THERAPIST.name().equals(role)) {
                signUp.registerTherapist(account);
            } else {
                signUp.registerClient(account);
            }
        } catch (BusinessException e) {
            Refusals.show(e, "register");
            return;
        }
        Faces.redirect(request.getContextPath() + "/login?registered");
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
