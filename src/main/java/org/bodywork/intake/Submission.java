package org.bodywork.intake;

import java.time.LocalDate;
import org.bodywork.screening.Result;

/** An intake version as its reader sees it: screened again for a day, with the clearances valid then. */
public record Submission(IntakeVersion version, Result screening, boolean current, LocalDate currentUntil)
        implements java.io.Serializable {}
