package org.bodywork.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.omnifaces.util.Messages;

/** The client dashboard's choice of reminders; confirmations of bookings are always sent. */
@Named
@RequestScoped
public class PreferencesBacking {

    @Inject
    AccountService accounts;

    @Inject
    HttpServletRequest request;

    private boolean reminders;

    @PostConstruct
    void load() {
        reminders = request.getUserPrincipal() != null
                && accounts.findByEmail(request.getUserPrincipal().getName())
                        .map(Account::isReminders)
                        .orElse(true);
    }

    public void save() {
        accounts.setMyReminders(reminders);
        Messages.addGlobalInfo(reminders ? "preferences.remindersOn" : "preferences.remindersOff");
    }

    public boolean isReminders() {
        return reminders;
    }

    public void setReminders(boolean reminders) {
        this.reminders = reminders;
    }
}
