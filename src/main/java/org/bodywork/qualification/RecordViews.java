package org.bodywork.qualification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Records as views, for the therapist's and the admins' pages and the API alike: each list's files
 * in one query per kind of record, the reason only for a rejected one.
 */
@ApplicationScoped
public class RecordViews {

    @Inject
    TherapistRecords records;

    public List<RecordView> of(Records all) {
        Map<Long, List<EvidenceFile.Listed>> qualificationFiles = records.filesOf(
                VerifiedRecord.QUALIFICATION,
                all.qualifications().stream().map(Qualification::getId).toList());
        Map<Long, List<EvidenceFile.Listed>> insuranceFiles = records.filesOf(
                VerifiedRecord.INSURANCE,
                all.insurance().stream().map(Insurance::getId).toList());
        List<RecordView> views = new ArrayList<>();
        all.qualifications().forEach(q -> views.add(view(q, qualificationFiles.getOrDefault(q.getId(), List.of()))));
        all.insurance().forEach(i -> views.add(view(i, insuranceFiles.getOrDefault(i.getId(), List.of()))));
        return views;
    }

    public RecordView of(Qualification q) {
        return view(q, records.filesOf(VerifiedRecord.QUALIFICATION, q.getId()));
    }

    public RecordView of(Insurance i) {
        return view(i, records.filesOf(VerifiedRecord.INSURANCE, i.getId()));
    }

    private RecordView view(Qualification q, List<EvidenceFile.Listed> files) {
        return new RecordView(
                q.getId(),
                q.getVersion(),
                VerifiedRecord.QUALIFICATION,
                q.getStatus().name(),
                q.getTitle(),
                q.getAwardedOn(),
                q.getExpiresOn(),
                q.getTechniques(),
                files,
                reason(VerifiedRecord.QUALIFICATION, q));
    }

    private RecordView view(Insurance i, List<EvidenceFile.Listed> files) {
        return new RecordView(
                i.getId(),
                i.getVersion(),
                VerifiedRecord.INSURANCE,
                i.getStatus().name(),
                i.getInsurer(),
                i.getValidFrom(),
                i.getValidTo(),
                Set.of(),
                files,
                reason(VerifiedRecord.INSURANCE, i));
    }

    /** A record as it stands and its files, as JSON: what a decision on it was made on. */
    public String snapshot(String type, VerifiedRecord record) {
        java.util.Map<String, Object> seen = new java.util.LinkedHashMap<>(record.facts());
        seen.put(
                "files",
                records.filesOf(type, record.getId()).stream()
                        .map(f -> f.id() + " " + f.name())
                        .toList());
        try (jakarta.json.bind.Jsonb jsonb = jakarta.json.bind.JsonbBuilder.create()) {
            return jsonb.toJson(seen);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String reason(String type, VerifiedRecord record) {
        return record.getStatus() == RecordStatus.REJECTED
                ? records.rejectionReason(type, record.getId()).orElse(null)
                : null;
    }
}
