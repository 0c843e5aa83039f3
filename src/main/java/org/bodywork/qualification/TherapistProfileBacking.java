package org.bodywork.qualification;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.bodywork.screening.Technique;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Refusals;
import org.bodywork.shared.Upload;
import org.omnifaces.util.Messages;

/** {@code /therapist/profile}: what clients see about a therapist, and private contact details. */
@Named
@ViewScoped
public class TherapistProfileBacking implements Serializable {

    /** One editable membership row. */
    public static class Row implements Serializable {
        private String register;
        private String number;

        public String getRegister() {
            return register;
        }

        public void setRegister(String register) {
            this.register = register;
        }

        public String getNumber() {
            return number;
        }

        public void setNumber(String number) {
            this.number = number;
        }
    }

    @Inject
    Profiles service;

    private String publicName;
    private String bio;
    private List<String> techniques = new ArrayList<>();
    private final List<Row> memberships = new ArrayList<>();
    private String phone;
    private String contactEmail;
    private LocalDate firstAidOn;
    private LocalDate firstAidExpires;
    private transient Part upload;

    @PostConstruct
    void load() {
        TherapistProfile p = service.mine();
        publicName = p.getPublicName();
        bio = p.getBio();
        techniques = new ArrayList<>(
                p.getTechniques().stream().map(Enum::name).sorted().toList());
        memberships.clear();
        for (Membership m : p.getMemberships()) {
            Row row = new Row();
            row.register = m.register();
            row.number = m.number();
            memberships.add(row);
        }
        while (memberships.size() < 3) {
            memberships.add(new Row());
        }
        phone = p.getPhone();
        contactEmail = p.getContactEmail();
        firstAidOn = p.getFirstAidOn();
        firstAidExpires = p.getFirstAidExpires();
    }

    public void save() {
        try {
            EnumSet<Technique> offered = EnumSet.noneOf(Technique.class);
            techniques.forEach(t -> offered.add(Technique.valueOf(t)));
            List<Membership> kept = memberships.stream()
                    .filter(r -> !blank(r.register) || !blank(r.number))
                    .map(r -> new Membership(trim(r.register), trim(r.number)))
                    .toList();
            service.save(
                    new ProfileForm(publicName, bio, offered, kept, phone, contactEmail, firstAidOn, firstAidExpires));
            Messages.addGlobalInfo("profile.saved");
        } catch (BusinessException e) {
            Refusals.show(e, "profile");
        }
    }

    public void savePhoto() {
        try {
            Upload file = Upload.of(upload);
            service.savePhoto(Upload.name(file), Upload.bytes(file));
            Messages.addGlobalInfo("profile.photoSaved");
        } catch (BusinessException e) {
            Messages.addGlobalError(e.getMessage());
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    public Technique[] getAllTechniques() {
        return Technique.values();
    }

    public String getPublicName() {
        return publicName;
    }

    public void setPublicName(String v) {
        publicName = v;
    }

    public String getBio() {
        return bio;
    }

    public void setBio(String v) {
        bio = v;
    }

    public List<String> getTechniques() {
        return techniques;
    }

    public void setTechniques(List<String> v) {
        techniques = v == null ? new ArrayList<>() : new ArrayList<>(v);
    }

    public List<Row> getMemberships() {
        return memberships;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String v) {
        phone = v;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String v) {
        contactEmail = v;
    }

    public LocalDate getFirstAidOn() {
        return firstAidOn;
    }

    public void setFirstAidOn(LocalDate v) {
        firstAidOn = v;
    }

    public LocalDate getFirstAidExpires() {
        return firstAidExpires;
    }

    public void setFirstAidExpires(LocalDate v) {
        firstAidExpires = v;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part v) {
        upload = v;
    }
}
