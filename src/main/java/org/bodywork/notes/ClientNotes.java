package org.bodywork.notes;

import java.time.LocalDate;
import java.util.List;
import org.bodywork.identity.Account;

/** A client's record: the notes the caller may read, newest first, and how long they are kept. */
public record ClientNotes(Account client, List<NoteView> notes, LocalDate keepUntil) implements java.io.Serializable {}
