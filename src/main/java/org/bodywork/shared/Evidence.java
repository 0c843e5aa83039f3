package org.bodywork.shared;

import java.util.Arrays;
import java.util.Optional;

/**
 * An uploaded document (a GP's letter, a certificate): a PDF, JPEG or PNG, its type read from its
 * first bytes (the name and the browser's claimed type are not trusted). Three fixed signatures
 * need no library.
 */
public record Evidence(String name, Type type, byte[] bytes) {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** The kinds of file accepted. */
    public enum Type {
        PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
        PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
        JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

        private final String mediaType;
        private final byte[] signature;

        Type(String mediaType, byte[] signature) {
            this.mediaType = mediaType;
            this.signature = signature;
        }

        public String mediaType() {
            return mediaType;
        }

        static Optional<Type> of(byte[] bytes) {
            return Arrays.stream(values())
                    .filter(t -> bytes.length >= t.signature.length
                            && Arrays.equals(Arrays.copyOf(bytes, t.signature.length), t.signature))
                    .findFirst();
        }
    }

    /** Checks an upload of at most 5 MB; throws a refusal a person understands otherwise. */
    public static Evidence of(String name, byte[] bytes) {
        return of(name, bytes, MAX_BYTES);
    }

    /** Checks an upload of at most {@code maxBytes}. */
    public static Evidence of(String name, byte[] bytes, int maxBytes) {
        if (bytes == null || bytes.length == 0) {
            throw BusinessException.invalid("evidence", Words.text("shared.attach-the-file-a-pdf"));
        }
        if (bytes.length > maxBytes) {
            throw BusinessException.invalid(
                    "evidence", Words.text("shared.the-file-can-be-at", String.valueOf(maxBytes / (1024 * 1024))));
        }
        Type type = Type.of(bytes)
                .orElseThrow(() -> BusinessException.invalid("evidence", Words.text("shared.the-file-must-be-a")));
        String safe = name == null ? "letter" : name.replaceAll("[^\\p{L}\\p{N} ._()-]", "_");
        return new Evidence(safe.length() > 200 ? safe.substring(0, 200) : safe, type, bytes.clone());
    }
}
