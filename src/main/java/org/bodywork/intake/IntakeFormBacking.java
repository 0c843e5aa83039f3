package org.bodywork.intake;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import org.bodywork.screening.Area;
import org.bodywork.screening.InvalidAnswers;
import org.bodywork.screening.RedFlag;
import org.bodywork.shared.JsonP;
import org.bodywork.shared.JsonText;
import org.bodywork.shared.Practice;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /intake/form}: the health form in steps. Every step is saved as a draft, so a client can
 * stop and carry on later; sending it stores a new intake version and shows the result.
 */
@Named
@ViewScoped
public class IntakeFormBacking implements Serializable {

    @Inject
    ClientIntake intakes;

    @Inject
    Practice practice;

    private IntakeFormData data;
    private int step;
    private boolean resumed;

    @PostConstruct
    void load() {
        ClientIntake.Start start = intakes.myStart();
        if (start.draft() != null) {
            data = IntakeFormJson.read(JsonText.object(start.draft().getData()));
            step = Math.min(start.draft().getStep(), IntakeFormData.STEPS.size() - 1);
            resumed = true;
            return;
        }
        IntakeVersion v = start.latest();
        data = v == null
                ? new IntakeFormData()
                : IntakeFormJson.read(JsonP.createObjectBuilder(JsonText.object(v.getAnswers()))
                                .addAll(JsonP.createObjectBuilder(JsonText.object(v.getDetails())))
                                .build())
                        .withoutConsent();
    }

    public void next() {
        if (checked()) {
            step++;
            intakes.saveDraft(step, IntakeFormJson.write(data).toString());
        }
    }

    public void back() {
        step = Math.max(0, step - 1);
        intakes.saveDraft(step, IntakeFormJson.write(data).toString());
    }

    public void send() throws IOException {
        if (!checked()) {
            return;
        }
        try {
            intakes.submit(IntakeForm.read(IntakeFormJson.write(data), practice.today()));
        } catch (InvalidAnswers e) {
            Messages.addGlobalError(e.getMessage());
            step = stepOf(e.field());
            return;
        }
        Faces.redirect(Faces.getRequestContextPath() + "/intake/result");
    }

    private boolean checked() {
        Map<String, String> problems = data.problems(step, practice.today());
        problems.forEach((field, message) -> Messages.addError("intake:" + field, message));
        if (!problems.isEmpty()) {
            Messages.addGlobalError("intake.checkMarked");
        }
        return problems.isEmpty();
    }

    private static int stepOf(String field) {
        if (field == null) {
            return 0;
        }
        if (field.startsWith("backPain")) {
            return IntakeFormData.STEPS.indexOf("back");
        }
        if (field.startsWith("conditions")) {
            return IntakeFormData.STEPS.indexOf("conditions");
        }
        if (field.startsWith("consent") || field.startsWith("guardian")) {
            return IntakeFormData.STEPS.indexOf("consent");
        }
        return 0;
    }

    public boolean isMinor() {
        return data.isMinorOn(practice.today());
    }

    public Area[] getAreas() {
        return Area.values();
    }

    public RedFlag[] getRedFlagQuestions() {
        return RedFlag.values();
    }

    public IntakeFormData getData() {
        return data;
    }

    public int getStep() {
        return step;
    }

    public String getStepName() {
        return IntakeFormData.STEPS.get(step);
    }

    public int getStepCount() {
        return IntakeFormData.STEPS.size();
    }

    public boolean isLastStep() {
        return step == IntakeFormData.STEPS.size() - 1;
    }

    public boolean isResumed() {
        return resumed;
    }
}
