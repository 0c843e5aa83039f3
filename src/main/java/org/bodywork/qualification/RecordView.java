package org.bodywork.qualification;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.bodywork.screening.Technique;

/** A qualification or insurance record as its therapist and the admins see it, on a page or in the API. */
public record RecordView(
        long id,
        /** Changes with every change of the record or its files: an admin decides on the version they saw. */
        long version,
        String type,
        String status,
        String title,
        LocalDate from,
        LocalDate until,
        Set<Technique> techniques,
        List<EvidenceFile.Listed> evidence,
        String rejectionReason)
        implements java.io.Serializable {}
