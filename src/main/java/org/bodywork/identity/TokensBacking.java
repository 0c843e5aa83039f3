package org.bodywork.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Refusals;
import org.omnifaces.util.Messages;

/** {@code /account/security}'s list of the person's API tokens, each revoked at a click (issue 23, review). */
@Named
@RequestScoped
public class TokensBacking {

    @Inject
    ApiTokens tokens;

    private List<ApiTokens.View> mine;

    @PostConstruct
    void load() {
        mine = tokens.mine();
    }

    public void revoke(long id) {
        try {
            tokens.revoke(id);
            Messages.addGlobalInfo("tokens.revoked");
        } catch (BusinessException e) {
            Refusals.show(e, "tokens");
        }
        mine = tokens.mine();
    }

    public List<ApiTokens.View> getMine() {
        return mine;
    }
}
