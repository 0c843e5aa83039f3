package org.bodywork.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Refusals;
import org.omnifaces.util.Messages;

/** {@code /admin/accounts}: every account, and a form to add another admin. */
@Named
@RequestScoped
public class AdminAccountsBacking {

    @Inject
    AccountService service;

    @Inject
    StaffAccess staff;

    @Inject
    SignUp signUp;

    private List<Account> accounts;
    private String name;
    private String email;
    private String password;

    @PostConstruct
    void load() {
        accounts = service.list();
    }

    public void create() {
        try {
            Account admin = signUp.createAdmin(new NewAccount(name, email, password));
            Messages.addGlobalInfo("accounts.adminCreated", admin.getEmail());
            accounts = service.list();
            name = email = password = null;
        } catch (BusinessException e) {
            Refusals.show(e, "admin");
        }
    }

    /** Deactivates or reactivates a member of staff, by the row's button. */
    public void standing(long id, boolean active) {
        try {
            Account a = active ? staff.reactivate(id) : staff.deactivate(id);
            Messages.addGlobalInfo(active ? "accounts.reactivated" : "accounts.deactivated", a.getEmail());
        } catch (BusinessException e) {
            Messages.addGlobalError(e.getMessage());
        }
        accounts = service.list();
    }

    public List<Account> getAccounts() {
        return accounts;
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
