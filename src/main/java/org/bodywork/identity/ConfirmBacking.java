package org.bodywork.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code /confirm?token=}: the link of a confirmation e-mail, which confirms the address as it opens. */
@Named
@RequestScoped
public class ConfirmBacking {

    @Inject
    EmailConfirmations confirmations;

    private String token;
    private boolean confirmed;

    public void confirm() {
        confirmed = confirmations.confirm(token).isPresent();
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isConfirmed() {
        return confirmed;
    }
}
