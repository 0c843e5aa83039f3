package org.bodywork.notes;

/** A PDF and the name to save it under. */
public record PdfFile(String name, byte[] bytes) {}
