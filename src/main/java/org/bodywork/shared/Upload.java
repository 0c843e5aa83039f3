package org.bodywork.shared;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;

/**
 * A file sent through a plain {@code h:inputFile}, which screen readers and keyboards handle as the
 * browser's own control (PrimeFaces' simple upload hid its input from assistive technology).
 */
public record Upload(String name, byte[] bytes) {

    /** The file chosen, or null when the field was left empty. */
    public static Upload of(Part part) {
        if (part == null || (part.getSize() == 0 && blank(part.getSubmittedFileName()))) {
            return null;
        }
        try (InputStream in = part.getInputStream()) {
            return new Upload(part.getSubmittedFileName(), in.readAllBytes());
        } catch (IOException e) {
            throw BusinessException.invalid("evidence", Words.text("shared.the-file-could-not-be"));
        }
    }

    /** The name of a file that may not have been chosen. */
    public static String name(Upload upload) {
        return upload == null ? null : upload.name();
    }

    /** The bytes of a file that may not have been chosen. */
    public static byte[] bytes(Upload upload) {
        return upload == null ? null : upload.bytes();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
