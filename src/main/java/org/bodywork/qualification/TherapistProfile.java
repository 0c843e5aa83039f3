package org.bodywork.qualification;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bodywork.screening.Technique;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A therapist's profile: what clients see (name, photo, bio, techniques offered, memberships) and
 * what stays private (phone, contact e-mail), plus their first-aid certificate.
 */
@Entity
@Table(name = "therapist_profile")
public class TherapistProfile extends org.bodywork.shared.Stamped {

    @Id
    @Column(name = "therapist_id")
    private long therapistId;

    @Column(name = "public_name", nullable = false)
    private String publicName;

    private String bio;

    @Convert(converter = TechniquesConverter.class)
    @Column(nullable = false)
    private Set<Technique> techniques = EnumSet.noneOf(Technique.class);

    private String phone;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "first_aid_on")
    private LocalDate firstAidOn;

    @Column(name = "first_aid_expires")
    private LocalDate firstAidExpires;

    @ElementCollection(fetch = FetchType.EAGER)
    // Read for all the rows of a query at once (WHERE … IN), not one SELECT per row.
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "register_membership", joinColumns = @JoinColumn(name = "therapist_id"))
    private List<Membership> memberships = new ArrayList<>();

    protected TherapistProfile() {}

    TherapistProfile(long therapistId) {
        this.therapistId = therapistId;
    }

    void update(ProfileForm form) {
        publicName = form.publicName().trim();
        bio = form.bio() == null || form.bio().isBlank() ? null : form.bio().trim();
        techniques = form.techniques().isEmpty() ? EnumSet.noneOf(Technique.class) : EnumSet.copyOf(form.techniques());
        phone = blankToNull(form.phone());
        contactEmail = blankToNull(form.contactEmail());
        firstAidOn = form.firstAidOn();
        firstAidExpires = form.firstAidExpires();
        memberships = new ArrayList<>(form.memberships());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public long getTherapistId() {
        return therapistId;
    }

    public String getPublicName() {
        return publicName;
    }

    public String getBio() {
        return bio;
    }

    public Set<Technique> getTechniques() {
        return Set.copyOf(techniques);
    }

    public String getPhone() {
        return phone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public LocalDate getFirstAidOn() {
        return firstAidOn;
    }

    public LocalDate getFirstAidExpires() {
        return firstAidExpires;
    }

    public List<Membership> getMemberships() {
        return List.copyOf(memberships);
    }
}
