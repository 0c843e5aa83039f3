package org.bodywork.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.omnifaces.util.Messages;

/**
 * The client dashboard's account: the choice of reminders (confirmations of bookings are always
 * sent), and the link that confirms the address, sent again while it is not confirmed.
 */
@Named
@RequestScoped
public class PreferencesBacking {

    @Inject
    AccountService accounts;

    @Inject
    HttpServletRequest request;

    @Inject
    EmailConfirmations confirmations;

    private boolean reminders;
    private boolean sharesNotes;
    private boolean unconfirmed;

    @PostConstruct
    void load() {
        java.util.Optional<Account> me = request.getUserPrincipal() == null
                ? java.util.Optional.empty()
                : accounts.findByEmail(request.getUserPrincipal().getName());
        reminders = me.map(Account::isReminders).orElse(false);
        sharesNotes = me.map(Account::isSharesNotes).orElse(false);
        unconfirmed = me.map(a -> !a.isEmailConfirmed()).orElse(false);
    }

    public void resend() {
        confirmations.resend();
        Messages.addGlobalInfo("dashboard.resent");
    }

    public boolean isSharesNotes() {
        return sharesNotes;
    }

    public void setSharesNotes(boolean sharesNotes) {
        this.sharesNotes = sharesNotes;
    }

    public boolean isUnconfirmed() {
        return unconfirmed;
    }

    public void save() {
        accounts.setMyPreferences(reminders, sharesNotes);
        Messages.addGlobalInfo(reminders ? "preferences.remindersOn" : "preferences.remindersOff");
    }

    public boolean isReminders() {
        return reminders;
    }

    public void setReminders(boolean reminders) {
        this.reminders = reminders;
    }
}
