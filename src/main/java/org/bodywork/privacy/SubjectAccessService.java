package org.bodywork.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.bodywork.audit.AuditEvent;
import org.bodywork.audit.AuditLog;
import org.bodywork.audit.AuditService;
import org.bodywork.booking.Appointment;
import org.bodywork.booking.AppointmentChange;
import org.bodywork.booking.Appointments;
import org.bodywork.identity.Account;
import org.bodywork.identity.Caller;
import org.bodywork.identity.Role;
import org.bodywork.intake.ClientIntake;
import org.bodywork.intake.ClientRecord;
import org.bodywork.notes.ClientNotes;
import org.bodywork.notes.NoteReading;
import org.bodywork.notes.PdfFile;
import org.bodywork.shared.JsonP;
import org.bodywork.shared.Practice;

/**
 * A client's copy of everything Bodywork holds about them (UK GDPR article 15): a ZIP of JSON files,
 * one per kind of record, and their session notes as the PDF they can also download alone. Each
 * feature reads its own records through its own service, so each read is checked and audited as
 * usual; the export itself is audited too.
 */
@Stateless
public class SubjectAccessService {

    static final String RECORD = "subject_access";

    @Inject
    Caller caller;

    @Inject
    ClientIntake intakes;

    @Inject
    Appointments booking;

    @Inject
    NoteReading notes;

    @Inject
    AuditService auditTrail;

    @Inject
    AuditLog audit;

    @Inject
    Practice practice;

    /** The ZIP and the name to save it under. */
    public record Export(String name, byte[] zip) {}

    @RolesAllowed(Role.CLIENT_NAME)
    public Export mine() {
        Account me = caller.account();
        ClientRecord intake = intakes.myRecord();
        Map<Appointment, List<AppointmentChange>> appointments = booking.allMine();
        ClientNotes signed = notes.mine();
        PdfFile pdf = notes.recordPdf(me.getId());
        audit.record(AuditEvent.Action.EXPORT, RECORD, null, me.getId());
        List<AuditService.Entry> trail = auditTrail.allAboutMe();

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true));
                ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            put(zip, "README.txt", readme(me).getBytes(StandardCharsets.UTF_8));
            put(zip, "account.json", jsonb.toJson(account(me)).getBytes(StandardCharsets.UTF_8));
            put(zip, "health-forms.json", json(intake(intake)));
            put(zip, "clearances.json", jsonb.toJson(intake.clearances()).getBytes(StandardCharsets.UTF_8));
            put(
                    zip,
                    "appointments.json",
                    jsonb.toJson(appointments(appointments)).getBytes(StandardCharsets.UTF_8));
            put(zip, "session-notes.json", jsonb.toJson(signed.notes()).getBytes(StandardCharsets.UTF_8));
            put(zip, "audit.json", jsonb.toJson(trail).getBytes(StandardCharsets.UTF_8));
            put(zip, "session-notes.pdf", pdf.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Could not write the export", e);
        }
        return new Export("bodywork-my-data-" + practice.today() + ".zip", bytes.toByteArray());
    }

    private static Map<String, Object> account(Account me) {
        return Map.of(
                "id", me.getId(),
                "email", me.getEmail(),
                "name", me.getName(),
                "roles", me.roleNames(),
                "reminders", me.isReminders(),
                "active", me.isActive());
    }

    /** Each form version with its answers as they were sent, what changed, and its screening then. */
    private static JsonValue intake(ClientRecord record) {
        JsonArrayBuilder versions = JsonP.createArrayBuilder();
        for (ClientRecord.HistoryEntry h : record.history()) {
            var v = h.version();
            JsonObjectBuilder o = JsonP.createObjectBuilder()
                    .add("version", v.getNumber())
                    .add("assessedOn", v.getAssessedOn().toString())
                    .add("formVersion", v.getFormVersion())
                    .add("consentedAt", String.valueOf(v.getConsentedAt()))
                    .add("outcome", String.valueOf(v.getOutcome()))
                    .add("ruleSetVersion", String.valueOf(v.getRuleSetVersion()))
                    .add("changes", JsonP.createArrayBuilder(h.changes()))
                    .add("answers", parse(v.getAnswers()))
                    .add("details", parse(v.getDetails()))
                    .add("screening", parse(v.getResult()));
            if (v.getGuardianName() != null) {
                o.add("guardianName", v.getGuardianName());
            }
            versions.add(o);
        }
        return versions.build();
    }

    private static List<Map<String, Object>> appointments(Map<Appointment, List<AppointmentChange>> all) {
        return all.entrySet().stream()
                .map(e -> Map.<String, Object>of("appointment", e.getKey(), "changes", e.getValue()))
                .toList();
    }

    private static JsonValue parse(String json) {
        if (json == null || json.isBlank()) {
            return JsonValue.NULL;
        }
        try (var reader = JsonP.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }

    private static byte[] json(JsonValue value) {
        var out = new java.io.StringWriter();
        try (var writer = JsonP.createWriterFactory(Map.of(jakarta.json.stream.JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out)) {
            writer.write(value);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private String readme(Account me) {
        return """
                Everything Bodywork holds about %s (%s), as of %s.

                account.json          your account: name, e-mail address, roles, reminder choice
                health-forms.json     every version of your health form, newest first: your answers, what
                                      changed from the version before, and the screening at the time
                clearances.json       letters from your GP or another clinician recorded for you
                appointments.json     your appointments, with every booking, move and cancellation
                session-notes.json    your signed session notes and their amendments
                session-notes.pdf     the same notes, to read or print
                audit.json            every time someone read, changed or downloaded your records,
                                      signed in to your account or was refused, newest first

                Dates and times are in UTC unless they are plain days. Your password is not included:
                only a one-way hash of it is kept.
                """.formatted(me.getName(), me.getEmail(), LocalDate.now(practice.zone()));
    }
}
