package org.bodywork.identity;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * Time-based one-time codes (RFC 6238: SHA-1, 6 digits, 30 seconds), as every authenticator app
 * makes them. The arithmetic is the TOTP library's; what is ours is the window (one step either
 * side of now, for phones whose clocks drift) and refusing a step already used, so a code seen over
 * someone's shoulder cannot be used again.
 *
 * <pre>
 * OptionalLong step = Totp.match(secret, "287082", Instant.now(), lastStep);
 * </pre>
 */
public final class Totp {

    static final int PERIOD = 30;
    static final int DIGITS = 6;

    private static final DefaultCodeGenerator CODES = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

    private Totp() {}

    /** A new secret: 160 random bits in base32, as apps expect. */
    public static String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    /** The {@code otpauth://} address the QR code holds. */
    public static String uri(String secret, String issuer, String account) {
        return data(secret, issuer, account).getUri();
    }

    /** The QR code as a {@code data:image/png} address, so no image leaves the page. */
    public static String qr(String secret, String issuer, String account) {
        try {
            ZxingPngQrGenerator png = new ZxingPngQrGenerator();
            png.setImageSize(240);
            return Utils.getDataUriForImage(png.generate(data(secret, issuer, account)), png.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("Could not draw the QR code", e);
        }
    }

    public static long step(Instant now) {
        return Math.floorDiv(now.getEpochSecond(), PERIOD);
    }

    /** The code for one time step. */
    public static String code(String secret, long step) {
        try {
            return CODES.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("Could not make a code", e);
        }
    }

    /**
     * The time step a typed code is for, if it is one step either side of now and later than
     * {@code after} (the last step used); empty otherwise.
     */
    public static OptionalLong match(String secret, String typed, Instant now, long after) {
        if (typed == null) {
            return OptionalLong.empty();
        }
        String code = typed.replaceAll("[\\s-]", "");
        if (!code.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long step = current - 1; step <= current + 1; step++) {
            // Constant-time comparison, so timing says nothing about how close a guess was.
            if (step > after && MessageDigest.isEqual(code(secret, step).getBytes(), code.getBytes())) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    private static QrData data(String secret, String issuer, String account) {
        return new QrData.Builder()
                .label(account)
                .secret(secret)
                .issuer(issuer)
                .algorithm(HashingAlgorithm.SHA1)
                .digits(DIGITS)
                .period(PERIOD)
                .build();
    }
}
