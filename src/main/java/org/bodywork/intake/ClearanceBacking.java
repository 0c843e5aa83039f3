package org.bodywork.intake;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.bodywork.screening.Flag;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Evidence;
import org.bodywork.shared.Refusals;
import org.bodywork.shared.Upload;
import org.omnifaces.util.Faces;

/**
 * {@code /therapist/clearance?id=}: records a GP's letter that clears a finding of the client's
 * screening, then goes back to the client's record. A page of its own, so that the record, which
 * most visits only read, has no form and keeps no state (issue 22).
 */
@Named
@ViewScoped
public class ClearanceBacking implements Serializable {

    @Inject
    CareRecords intakes;

    private Long id;
    private ClientRecord record;
    private List<Flag> awaiting = List.of();
    private String flag;
    private String clinician;
    private LocalDate letterDate;
    private LocalDate expiresOn;
    private transient Part letter;

    /** Loads the client named by the id parameter; an unknown or foreign client is a 404. */
    public void load() throws IOException {
        if (id == null) {
            Faces.responseSendError(404, "No client");
            return;
        }
        try {
            record = intakes.clientRecord(id).record();
            awaiting = record.current() == null
                    ? List.of()
                    : record.current().screening().awaitingClearance();
        } catch (BusinessException e) {
            Faces.responseSendError(404, e.getMessage());
        }
    }

    public void recordClearance() throws IOException {
        try {
            Upload file = Upload.of(letter);
            Evidence evidence = file == null ? null : Evidence.of(file.name(), file.bytes());
            intakes.recordClearance(id, new NewClearance(flag, clinician, letterDate, expiresOn, evidence));
            Faces.redirect("therapist/client?id=" + id + "&recorded=1");
        } catch (BusinessException e) {
            Refusals.show(e, "clearance");
        }
    }

    public ClientRecord getRecord() {
        return record;
    }

    public List<Flag> getAwaitingClearance() {
        return awaiting;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getFlag() {
        return flag;
    }

    public void setFlag(String flag) {
        this.flag = flag;
    }

    public String getClinician() {
        return clinician;
    }

    public void setClinician(String clinician) {
        this.clinician = clinician;
    }

    public LocalDate getLetterDate() {
        return letterDate;
    }

    public void setLetterDate(LocalDate letterDate) {
        this.letterDate = letterDate;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public Part getLetter() {
        return letter;
    }

    public void setLetter(Part letter) {
        this.letter = letter;
    }
}
