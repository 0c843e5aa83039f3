package org.bodywork.notes;

import java.util.List;

/** A note as its reader sees it: with the people's names and its amendments. */
public record NoteView(SessionNote note, String therapistName, String clientName, List<Amendment> amendments)
        implements java.io.Serializable {}
