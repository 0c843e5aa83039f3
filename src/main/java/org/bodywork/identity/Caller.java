package org.bodywork.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Who is calling: the signed-in account behind the current request, for services to act as or for. */
@Stateless
public class Caller {

    @Resource
    SessionContext session;

    @Inject
    AccountService accounts;

    /** The signed-in account; for the services' methods whose roles let only signed-in people in. */
    @PermitAll
    public Account account() {
        return accounts.findByEmail(session.getCallerPrincipal().getName()).orElseThrow();
    }
}
