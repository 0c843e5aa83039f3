package org.bodywork.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.bodywork.shared.BaseEntity;
import org.eclipse.persistence.annotations.JoinFetch;
import org.eclipse.persistence.annotations.JoinFetchType;

/** A person who signs in: one per e-mail address, with the roles that say what they may do. */
@Entity
@Table(name = "account")
@NamedQuery(name = "Account.findByEmail", query = "SELECT a FROM Account a WHERE a.email = :email")
@NamedQuery(name = "Account.standing", query = "SELECT a.active, a.sessionsFrom FROM Account a WHERE a.email = :email")
@NamedQuery(name = "Account.countByRole", query = "SELECT COUNT(a) FROM Account a WHERE :role MEMBER OF a.roles")
@NamedQuery(name = "Account.list", query = "SELECT a FROM Account a ORDER BY a.name, a.id")
@NamedQuery(
        name = "Account.withRole",
        query = "SELECT a FROM Account a WHERE :role MEMBER OF a.roles ORDER BY a.name, a.id")
public class Account extends BaseEntity {

    @Column(nullable = false, unique = true)
    private String email;

    @Column(nullable = false)
    private String name;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    /** A reminder before each appointment, unless the client turned them off. */
    @Column(nullable = false)
    private boolean reminders = true;

    /** The client lets every therapist in their care read their signed notes, not only each note's author. */
    @Column(name = "shares_notes", nullable = false)
    private boolean sharesNotes;

    /** Sessions signed in before this are over; null: none has been ended. */
    @Column(name = "sessions_from")
    private Instant sessionsFrom;

    /** When a link sent to the address was opened; null: not yet, and the account cannot book or send a form. */
    @Column(name = "email_confirmed_at")
    private Instant emailConfirmedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    // Read in the same SELECT as the account (an outer join), not one more statement per read
    // (issue 22); no query of accounts is paged, which a joined collection would upset.
    @JoinFetch(JoinFetchType.OUTER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Account() {}

    public Account(String email, String name, String passwordHash, Role role) {
        this.email = Email.normalize(email);
        this.name = name.trim();
        this.passwordHash = passwordHash;
        this.roles = EnumSet.of(role);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The role names as the container knows them. */
    public Set<String> roleNames() {
        return roles.stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    }

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEmailConfirmed() {
        return emailConfirmedAt != null;
    }

    /** The address is the person's: opened from a link sent to it, or set by the practice itself. */
    public void confirmEmail(Instant at) {
        if (emailConfirmedAt == null) {
            emailConfirmedAt = at;
        }
    }

    /** Refuses what needs the address confirmed (a booking, a health form sent): issue 23, M4. */
    public void requireConfirmedEmail() {
        if (emailConfirmedAt == null) {
            throw org.bodywork.shared.BusinessException.refused(
                    "email_unconfirmed",
                    org.bodywork.shared.Words.text("identity.confirm-your-e-mail-address-first", email));
        }
    }

    public boolean isReminders() {
        return reminders;
    }

    public boolean isSharesNotes() {
        return sharesNotes;
    }

    public void setSharesNotes(boolean sharesNotes) {
        this.sharesNotes = sharesNotes;
    }

    public void setReminders(boolean reminders) {
        this.reminders = reminders;
    }

    /** Whether a session (or a remembered API sign-in) verified at the given instant may go on. */
    boolean accepts(Instant verifiedAt) {
        return accepts(active, sessionsFrom, verifiedAt);
    }

    /** Whether an account in this state accepts a sign-in verified then. */
    static boolean accepts(boolean active, Instant sessionsFrom, Instant verifiedAt) {
        return active && (sessionsFrom == null || !verifiedAt.isBefore(sessionsFrom));
    }

    /** A new password; every session signed in before now ends. */
    void changePassword(String hash, Instant now) {
        passwordHash = hash;
        sessionsFrom = now;
    }

    /** Every session and API token signed in before now ends; the password stays. */
    void endSessions(Instant now) {
        sessionsFrom = now;
    }

    /** A new address to sign in with; every session signed in before now ends. */
    void changeEmail(String address, Instant now) {
        email = Email.normalize(address);
        sessionsFrom = now;
    }

    /** A member of staff who left, or whose account is in the wrong hands: no sign-in, every session and token ends. */
    void deactivate(Instant now) {
        active = false;
        sessionsFrom = now;
    }

    /** Signs in again, with the password it had; sessions from before stay ended. */
    void reactivate() {
        active = true;
    }

    /** No more sign-ins: the client asked to be erased (see privacy.ErasureRequests). */
    void close() {
        active = false;
    }

    public boolean isActive() {
        return active;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }
}
