package org.bodywork.intake;

import java.util.List;
import org.bodywork.identity.Account;

/** Everything about one client's health forms: the current one, every version, the clearances. */
public record ClientRecord(Account client, Submission current, List<HistoryEntry> history, List<Clearance> clearances)
        implements java.io.Serializable {

    /** One version in a client's history and what changed since the one before. */
    public record HistoryEntry(IntakeVersion version, List<String> changes) implements java.io.Serializable {}
}
