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
import org.bodywork.shared.Words;
import org.omnifaces.util.Messages;

/** {@code /therapist/qualifications}: a therapist's qualifications and insurance, and their evidence. */
@Named
@ViewScoped
public class TherapistRecordsBacking implements Serializable {

    @Inject
    TherapistRecords service;

    @Inject
    RecordViews views;

    private List<RecordView> records;
    private List<RecordView> expiring;

    private String title;
    private String awardingBody;
    private String level;
    private String ofqualNumber;
    private LocalDate awardedOn;
    private LocalDate expiresOn;
    private List<String> techniques = new ArrayList<>();

    private String insurer;
    private String policyNumber;
    private Long coverPounds;
    private LocalDate validFrom;
    private LocalDate validTo;

    private String evidenceFor;
    private transient Part file;

    @PostConstruct
    void load() {
        records = views.of(service.mine());
        expiring = views.of(service.myExpiringSoon());
    }

    public void addQualification() {
        try {
            EnumSet<Technique> covered = EnumSet.noneOf(Technique.class);
            techniques.forEach(t -> covered.add(Technique.valueOf(t)));
            service.addQualification(
                    new NewQualification(title, awardingBody, level, ofqualNumber, awardedOn, expiresOn, covered));
            Messages.addGlobalInfo("records.qualificationAdded");
            title = awardingBody = level = ofqualNumber = null;
            awardedOn = expiresOn = null;
            techniques = new ArrayList<>();
            load();
        } catch (BusinessException e) {
            Refusals.show(e, "qualification");
        }
    }

    public void addInsurance() {
        try {
            service.addInsurance(new NewInsurance(insurer, policyNumber, coverPounds, validFrom, validTo));
            Messages.addGlobalInfo("records.insuranceAdded");
            insurer = policyNumber = null;
            coverPounds = null;
            validFrom = validTo = null;
            load();
        } catch (BusinessException e) {
            Refusals.show(e, "insurance");
        }
    }

    public void attach() {
        try {
            if (evidenceFor == null || !evidenceFor.contains(":")) {
                throw BusinessException.invalid("record", Words.text("qualification.choose-the-record-the-file"));
            }
            String[] parts = evidenceFor.split(":");
            Upload chosen = Upload.of(file);
            service.attach(parts[0], Long.parseLong(parts[1]), Upload.name(chosen), Upload.bytes(chosen));
            Messages.addGlobalInfo("records.attached");
            load();
        } catch (BusinessException e) {
            Messages.addError(
                    e.field() == null ? null : "evidence:" + (e.field().equals("record") ? "record" : "file"),
                    e.getMessage());
        }
    }

    public List<RecordView> getRecords() {
        return records;
    }

    public List<RecordView> getExpiring() {
        return expiring;
    }

    public Technique[] getAllTechniques() {
        return Technique.values();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String v) {
        title = v;
    }

    public String getAwardingBody() {
        return awardingBody;
    }

    public void setAwardingBody(String v) {
        awardingBody = v;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String v) {
        level = v;
    }

    public String getOfqualNumber() {
        return ofqualNumber;
    }

    public void setOfqualNumber(String v) {
        ofqualNumber = v;
    }

    public LocalDate getAwardedOn() {
        return awardedOn;
    }

    public void setAwardedOn(LocalDate v) {
        awardedOn = v;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate v) {
        expiresOn = v;
    }

    public List<String> getTechniques() {
        return techniques;
    }

    public void setTechniques(List<String> v) {
        techniques = v == null ? new ArrayList<>() : new ArrayList<>(v);
    }

    public String getInsurer() {
        return insurer;
    }

    public void setInsurer(String v) {
        insurer = v;
    }

    public String getPolicyNumber() {
        return policyNumber;
    }

    public void setPolicyNumber(String v) {
        policyNumber = v;
    }

    public Long getCoverPounds() {
        return coverPounds;
    }

    public void setCoverPounds(Long v) {
        coverPounds = v;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate v) {
        validFrom = v;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate v) {
        validTo = v;
    }

    public String getEvidenceFor() {
        return evidenceFor;
    }

    public void setEvidenceFor(String v) {
        evidenceFor = v;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part v) {
        file = v;
    }
}
