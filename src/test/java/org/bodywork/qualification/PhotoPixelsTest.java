package org.bodywork.qualification;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.bodywork.shared.Evidence;
import org.junit.jupiter.api.Test;

class PhotoPixelsTest {

    /** A 4 x 3 picture, one colour a pixel, in "png" or "jpeg". */
    static byte[] picture(String format) {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 4; x++) {
            for (int y = 0; y < 3; y++) {
                image.setRGB(x, y, 0x102030 * (x + 1) + y);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A JPEG with an EXIF segment after its start, as a phone writes one (here: a place). */
    private static byte[] withExif(byte[] jpeg) {
        byte[] exif = "Exif\0\0GPS 51.5074 N 0.1278 W".getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2); // SOI
        out.write(0xFF);
        out.write(0xE1); // APP1
        int length = exif.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(exif, 0, exif.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    @Test
    void aPhoneCameraPhotoLosesWhereItWasTakenAndKeepsItsPicture() throws IOException {
        byte[] sent = withExif(picture("jpeg"));
        assertTrue(new String(sent, StandardCharsets.ISO_8859_1).contains("GPS"), "the test's photo has it");
        Evidence kept = PhotoPixels.of(Evidence.of("me.jpg", sent)).orElseThrow();
        String text = new String(kept.bytes(), StandardCharsets.ISO_8859_1);
        assertTrue(!text.contains("Exif") && !text.contains("GPS"), "no metadata left");
        assertEquals(Evidence.Type.JPEG, Evidence.of("me.jpg", kept.bytes()).type());
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(kept.bytes()));
        assertEquals(4, picture.getWidth());
        assertEquals(3, picture.getHeight());
    }

    @Test
    void aPngStaysAPngPixelForPixel() throws IOException {
        byte[] sent = picture("png");
        Evidence kept = PhotoPixels.of(Evidence.of("me.png", sent)).orElseThrow();
        BufferedImage before = ImageIO.read(new ByteArrayInputStream(sent));
        BufferedImage after = ImageIO.read(new ByteArrayInputStream(kept.bytes()));
        assertArrayEquals(before.getRGB(0, 0, 4, 3, null, 0, 4), after.getRGB(0, 0, 4, 3, null, 0, 4));
    }

    @Test
    void aFileThatOnlyStartsLikeAPictureIsRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0};
        assertTrue(PhotoPixels.of(Evidence.of("me.png", png)).isEmpty());
    }
}
